; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'unbiased', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!84 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let ((?x76 (- ?x9)))
 (let ((?x77 (/ ?x76 ?x18)))
 (let ((?x78 (+ 1.0 ?x77)))
 (let ((?x79 (- ?x78)))
 (let ((?x82 (+ 1.0 ?x79)))
 (let ((?x56 (/ 1.0 exp!3)))
 (let ((?x83 (* ?x56 ?x82)))
 (let ((?x84 (* |f[1]| ?x83)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x80 (* ?x55 ?x79)))
 (let ((?x81 (* |f[0]| ?x80)))
 (let ((?x85 (+ ?x81 ?x84)))
 (let ((?x69 (* |f[1]| 1.0)))
 (let ((?x58 (- b)))
 (let ((?x59 (* ?x58 1.0)))
 (let ((?x70 (+ ?x59 ?x69)))
 (let ((?x71 (- ?x70)))
 (let ((?x72 (* ?x56 ?x71)))
 (let ((?x73 (+ ?x70 ?x72)))
 (let ((?x74 (* ?x56 ?x73)))
 (let ((?x61 (* |f[0]| 1.0)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x65 (* 0.0 ?x62)))
 (let ((?x63 (- ?x62)))
 (let ((?x64 (* ?x56 ?x63)))
 (let ((?x66 (+ ?x64 ?x65)))
 (let ((?x67 (* ?x55 ?x66)))
 (let ((?x75 (+ ?x67 ?x74)))
 (or (and (distinct ?x75 ?x85) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!84 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!84)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!84 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!84)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!84 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!84)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!84 log!84)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!84 log!84)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!84 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!84)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x36 (> ?x18 0.0)))
(=> $x36 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun exp!2 () Real)
(declare-fun log!84 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!127 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x86 (* 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x86)))
 (< 0.0 ?x87))))
(assert
 (let ((?x86 (* 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x86)))
 (let (($x310 (= 0.0 ?x87)))
 (not $x310)))))
(assert
 (let ((?x86 (* 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x86)))
 (< 0.0 ?x87))))
(assert
 (let ((?x86 (* 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x86)))
 (let (($x310 (= 0.0 ?x87)))
 (not $x310)))))
(assert
 (let ((?x86 (* 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x86)))
 (let ((?x171 (/ ?x86 ?x87)))
 (let ((?x172 (- ?x171)))
 (let ((?x200 (+ 1.0 ?x172)))
 (let ((?x156 (/ ?x86 exp!5)))
 (let ((?x124 (* ?x156 ?x200)))
 (let ((?x125 (* |f[1]| ?x124)))
 (let ((?x155 (/ 1.0 exp!5)))
 (let ((?x105 (* ?x155 ?x172)))
 (let ((?x198 (* |f[0]| ?x105)))
 (let ((?x121 (+ ?x198 ?x125)))
 (let ((?x69 (* |f[1]| 1.0)))
 (let ((?x58 (- b)))
 (let ((?x59 (* ?x58 1.0)))
 (let ((?x70 (+ ?x59 ?x69)))
 (let ((?x71 (- ?x70)))
 (let ((?x166 (* ?x156 ?x71)))
 (let ((?x170 (+ ?x70 ?x166)))
 (let ((?x167 (* ?x156 ?x170)))
 (let ((?x61 (* |f[0]| 1.0)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x65 (* 0.0 ?x62)))
 (let ((?x63 (- ?x62)))
 (let ((?x179 (* ?x156 ?x63)))
 (let ((?x180 (+ ?x179 ?x65)))
 (let ((?x181 (* ?x155 ?x180)))
 (let ((?x168 (+ ?x181 ?x167)))
 (or (and (distinct ?x168 ?x121) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!84 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!84)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!84 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!84)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!84 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!84)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!84 log!84)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!84 log!84)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!84 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!84)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x90 (< log!127 logits)))
 (= $x90 (< exp!4 exp!1))))
(assert
 (let (($x356 (< logits log!127)))
 (= $x356 (< exp!1 exp!4))))
(assert
 (let (($x348 (< log!127 log!84)))
 (= $x348 (< exp!4 exp!3))))
(assert
 (let (($x344 (< log!84 log!127)))
 (= $x344 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x346 (> log!127 0.0)))
 (= $x346 (> exp!4 1.0))))
(assert
 (let ((?x353 (+ 1.0 log!127)))
 (>= exp!4 ?x353)))
(assert
 (let ((?x86 (* 1.0 exp!1)))
 (let ((?x87 (+ 1.0 ?x86)))
 (let (($x339 (> ?x87 0.0)))
 (=> $x339 (= exp!4 ?x87))))))
(assert
 (let (($x90 (< log!127 logits)))
 (= $x90 (< exp!5 exp!1))))
(assert
 (let (($x356 (< logits log!127)))
 (= $x356 (< exp!1 exp!5))))
(assert
 (let (($x348 (< log!127 log!84)))
 (= $x348 (< exp!5 exp!3))))
(assert
 (let (($x344 (< log!84 log!127)))
 (= $x344 (< exp!3 exp!5))))
(assert
 (let (($x206 (< log!127 log!127)))
 (= $x206 (< exp!5 exp!4))))
(assert
 (let (($x206 (< log!127 log!127)))
 (= $x206 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x346 (> log!127 0.0)))
 (= $x346 (> exp!5 1.0))))
(assert
 (let ((?x353 (+ 1.0 log!127)))
 (>= exp!5 ?x353)))
(assert
 (let ((?x86 (* 1.0 exp!1)))
(let ((?x87 (+ 1.0 ?x86)))
(let (($x339 (> ?x87 0.0)))
(=> $x339 (= exp!5 ?x87))))))
(check-sat)
(pop 1)
