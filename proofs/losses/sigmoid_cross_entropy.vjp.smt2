; certjax: rule losses.sigmoid_cross_entropy, obligation 'vjp', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!132 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- logits)))
 (< 0.0 ?x6)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let ((?x74 (/ 0.0 ?x22)))
 (let ((?x75 (- ?x74)))
 (let ((?x32 (- labels)))
 (let ((?x64 (+ 1.0 ?x32)))
 (let ((?x78 (* ?x64 ?x75)))
 (let ((?x79 (+ log!132 ?x78)))
 (let ((?x80 (- ?x79)))
 (let ((?x76 (* ?x32 ?x75)))
 (let ((?x6 (- logits)))
 (let ((?x53 (+ ?x6 log!132)))
 (let ((?x77 (+ ?x53 ?x76)))
 (let ((?x81 (+ ?x77 ?x80)))
 (let ((?x82 (* g ?x81)))
 (let ((?x72 (- g)))
 (let ((?x73 (* logits ?x72)))
 (let ((?x57 (/ ?x18 ?x22)))
 (let ((?x65 (- ?x57)))
 (let ((?x66 (* ?x64 ?x65)))
 (let ((?x62 (- log!132)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x67 (+ ?x63 ?x66)))
 (let ((?x68 (- ?x67)))
 (let ((?x58 (+ (- 1.0) ?x57)))
 (let ((?x59 (- ?x58)))
 (let ((?x60 (* ?x32 ?x59)))
 (let ((?x54 (- ?x53)))
 (let ((?x55 (* 0.0 ?x54)))
 (let ((?x61 (+ ?x55 ?x60)))
 (let ((?x69 (+ ?x61 ?x68)))
 (let ((?x70 (* g ?x69)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x33 (/ 1.0 ?x27)))
 (let ((?x34 (+ ?x32 ?x33)))
 (let ((?x35 (* g ?x34)))
 (or (and (distinct ?x35 ?x70) true) (and (distinct ?x73 ?x82) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!176 () Real)
(declare-fun g () Real)
(declare-fun log!132 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (= 0.0 ?x6)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (< 0.0 ?x27))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (< 0.0 ?x22))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (< 0.0 ?x27))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let (($x26 (= 0.0 ?x22)))
 (not $x26)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x110 (/ 0.0 ?x27)))
 (let ((?x111 (- ?x110)))
 (let ((?x32 (- labels)))
 (let ((?x189 (* ?x32 ?x111)))
 (let ((?x118 (+ log!176 ?x189)))
 (let ((?x64 (+ 1.0 ?x32)))
 (let ((?x190 (* ?x64 ?x111)))
 (let ((?x261 (+ logits log!176)))
 (let ((?x186 (+ ?x261 ?x190)))
 (let ((?x188 (- ?x186)))
 (let ((?x119 (+ ?x188 ?x118)))
 (let ((?x210 (* g ?x119)))
 (let ((?x72 (- g)))
 (let ((?x73 (* logits ?x72)))
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x18)))
 (let ((?x74 (/ 0.0 ?x22)))
 (let ((?x75 (- ?x74)))
 (let ((?x78 (* ?x64 ?x75)))
 (let ((?x79 (+ log!132 ?x78)))
 (let ((?x80 (- ?x79)))
 (let ((?x76 (* ?x32 ?x75)))
 (let ((?x6 (- logits)))
 (let ((?x53 (+ ?x6 log!132)))
 (let ((?x77 (+ ?x53 ?x76)))
 (let ((?x81 (+ ?x77 ?x80)))
 (let ((?x82 (* g ?x81)))
 (let (($x187 (= ?x210 ?x82)))
 (let ((?x214 (ite $x187 ?x73 ?x210)))
 (let ((?x323 (- ?x24)))
 (let ((?x140 (/ ?x323 ?x27)))
 (let ((?x132 (+ 1.0 ?x140)))
 (let ((?x136 (- ?x132)))
 (let ((?x325 (* ?x64 ?x136)))
 (let ((?x331 (- ?x261)))
 (let ((?x87 (* 0.0 ?x331)))
 (let ((?x322 (+ ?x87 ?x325)))
 (let ((?x178 (- ?x322)))
 (let ((?x126 (- ?x140)))
 (let ((?x333 (* ?x32 ?x126)))
 (let ((?x283 (- log!176)))
 (let ((?x84 (* 0.0 ?x283)))
 (let ((?x330 (+ ?x84 ?x333)))
 (let ((?x179 (+ ?x330 ?x178)))
 (let ((?x191 (* g ?x179)))
 (let ((?x33 (/ 1.0 ?x27)))
 (let ((?x34 (+ ?x32 ?x33)))
 (let ((?x35 (* g ?x34)))
 (let ((?x57 (/ ?x18 ?x22)))
 (let ((?x65 (- ?x57)))
 (let ((?x66 (* ?x64 ?x65)))
 (let ((?x62 (- log!132)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x67 (+ ?x63 ?x66)))
 (let ((?x68 (- ?x67)))
 (let ((?x58 (+ (- 1.0) ?x57)))
 (let ((?x59 (- ?x58)))
 (let ((?x60 (* ?x32 ?x59)))
 (let ((?x54 (- ?x53)))
 (let ((?x55 (* 0.0 ?x54)))
 (let ((?x61 (+ ?x55 ?x60)))
 (let ((?x69 (+ ?x61 ?x68)))
 (let ((?x70 (* g ?x69)))
 (let (($x113 (= ?x191 ?x70)))
 (let ((?x112 (ite $x113 ?x35 ?x191)))
 (or (and (distinct ?x112 ?x191) true) (and (distinct ?x214 ?x210) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!176 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!176) (< exp!1 exp!3)))
(assert
 (= (< log!176 log!132) (< exp!3 exp!2)))
(assert
 (= (< log!132 log!176) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!176 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!176)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!176 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!132 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- logits)))
 (> 0.0 ?x6)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (< 0.0 ?x27))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (< 0.0 ?x27))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let (($x30 (= 0.0 ?x27)))
 (not $x30)))))
(assert
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x110 (/ 0.0 ?x27)))
 (let ((?x111 (- ?x110)))
 (let ((?x32 (- labels)))
 (let ((?x189 (* ?x32 ?x111)))
 (let ((?x118 (+ log!176 ?x189)))
 (let ((?x64 (+ 1.0 ?x32)))
 (let ((?x190 (* ?x64 ?x111)))
 (let ((?x261 (+ logits log!176)))
 (let ((?x186 (+ ?x261 ?x190)))
 (let ((?x188 (- ?x186)))
 (let ((?x119 (+ ?x188 ?x118)))
 (let ((?x210 (* g ?x119)))
 (let ((?x72 (- g)))
 (let ((?x73 (* logits ?x72)))
 (let ((?x323 (- ?x24)))
 (let ((?x140 (/ ?x323 ?x27)))
 (let ((?x132 (+ 1.0 ?x140)))
 (let ((?x136 (- ?x132)))
 (let ((?x325 (* ?x64 ?x136)))
 (let ((?x331 (- ?x261)))
 (let ((?x87 (* 0.0 ?x331)))
 (let ((?x322 (+ ?x87 ?x325)))
 (let ((?x178 (- ?x322)))
 (let ((?x126 (- ?x140)))
 (let ((?x333 (* ?x32 ?x126)))
 (let ((?x283 (- log!176)))
 (let ((?x84 (* 0.0 ?x283)))
 (let ((?x330 (+ ?x84 ?x333)))
 (let ((?x179 (+ ?x330 ?x178)))
 (let ((?x191 (* g ?x179)))
 (let ((?x33 (/ 1.0 ?x27)))
 (let ((?x34 (+ ?x32 ?x33)))
 (let ((?x35 (* g ?x34)))
 (or (and (distinct ?x35 ?x191) true) (and (distinct ?x73 ?x210) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!132 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!132 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!176 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!176) (< exp!1 exp!3)))
(assert
 (= (< log!176 log!132) (< exp!3 exp!2)))
(assert
 (= (< log!132 log!176) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!176 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!176)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
