; certjax: rule losses.sigmoid_cross_entropy, obligation 'vjp', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!132 () Real)
(declare-fun log!127 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (< 0.0 ?x125))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (< 0.0 ?x125))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x128 (/ 0.0 ?x46)))
 (let ((?x180 (- ?x128)))
 (let ((?x25 (- labels)))
 (let ((?x199 (+ 1.0 ?x25)))
 (let ((?x116 (* ?x199 ?x180)))
 (let ((?x71 (+ logits log!132)))
 (let ((?x164 (+ ?x71 ?x116)))
 (let ((?x122 (- ?x164)))
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let ((?x104 (/ 0.0 ?x125)))
 (let ((?x206 (- ?x104)))
 (let ((?x94 (* ?x25 ?x206)))
 (let ((?x27 (- logits)))
 (let ((?x33 (+ ?x27 log!127)))
 (let ((?x169 (+ ?x33 ?x94)))
 (let ((?x100 (+ ?x169 ?x122)))
 (let ((?x210 (* g ?x100)))
 (let ((?x90 (- g)))
 (let ((?x192 (* logits ?x90)))
 (let ((?x203 (- ?x47)))
 (let ((?x200 (/ ?x203 ?x46)))
 (let ((?x153 (+ (/ 1.0 2.0) ?x200)))
 (let ((?x110 (- ?x153)))
 (let ((?x181 (* ?x199 ?x110)))
 (let ((?x72 (- ?x71)))
 (let ((?x98 (* 0.0 ?x72)))
 (let ((?x106 (+ ?x98 ?x181)))
 (let ((?x147 (- ?x106)))
 (let ((?x37 (/ ?x138 ?x125)))
 (let ((?x38 (+ (- 1.0) ?x37)))
 (let ((?x39 (- ?x38)))
 (let ((?x40 (* ?x25 ?x39)))
 (let ((?x34 (- ?x33)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x41 (+ ?x35 ?x40)))
 (let ((?x81 (+ ?x41 ?x147)))
 (let ((?x140 (* g ?x81)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x140) true) (and (distinct ?x192 ?x210) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!127 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!132 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (< 0.0 ?x125))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (< 0.0 ?x125))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let ((?x104 (/ 0.0 ?x125)))
 (let ((?x206 (- ?x104)))
 (let ((?x25 (- labels)))
 (let ((?x199 (+ 1.0 ?x25)))
 (let ((?x535 (* ?x199 ?x206)))
 (let ((?x463 (+ log!127 ?x535)))
 (let ((?x202 (- ?x463)))
 (let ((?x94 (* ?x25 ?x206)))
 (let ((?x27 (- logits)))
 (let ((?x33 (+ ?x27 log!127)))
 (let ((?x169 (+ ?x33 ?x94)))
 (let ((?x526 (+ ?x169 ?x202)))
 (let ((?x533 (* g ?x526)))
 (let ((?x90 (- g)))
 (let ((?x192 (* logits ?x90)))
 (let ((?x37 (/ ?x138 ?x125)))
 (let ((?x124 (- ?x37)))
 (let ((?x83 (* ?x199 ?x124)))
 (let ((?x136 (- log!127)))
 (let ((?x131 (* 0.0 ?x136)))
 (let ((?x532 (+ ?x131 ?x83)))
 (let ((?x177 (- ?x532)))
 (let ((?x38 (+ (- 1.0) ?x37)))
 (let ((?x39 (- ?x38)))
 (let ((?x40 (* ?x25 ?x39)))
 (let ((?x34 (- ?x33)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x41 (+ ?x35 ?x40)))
 (let ((?x404 (+ ?x41 ?x177)))
 (let ((?x392 (* g ?x404)))
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x392) true) (and (distinct ?x192 ?x533) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!132 () Real)
(declare-fun g () Real)
(declare-fun log!127 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (= 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (< 0.0 ?x125))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (< 0.0 ?x125))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let (($x79 (= 0.0 ?x125)))
 (not $x79)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x128 (/ 0.0 ?x46)))
 (let ((?x180 (- ?x128)))
 (let ((?x25 (- labels)))
 (let ((?x82 (* ?x25 ?x180)))
 (let ((?x409 (+ log!132 ?x82)))
 (let ((?x199 (+ 1.0 ?x25)))
 (let ((?x116 (* ?x199 ?x180)))
 (let ((?x71 (+ logits log!132)))
 (let ((?x164 (+ ?x71 ?x116)))
 (let ((?x122 (- ?x164)))
 (let ((?x487 (+ ?x122 ?x409)))
 (let ((?x187 (* g ?x487)))
 (let ((?x90 (- g)))
 (let ((?x192 (* logits ?x90)))
 (let ((?x138 (* 1.0 exp!1)))
 (let ((?x125 (+ 1.0 ?x138)))
 (let ((?x104 (/ 0.0 ?x125)))
 (let ((?x206 (- ?x104)))
 (let ((?x535 (* ?x199 ?x206)))
 (let ((?x463 (+ log!127 ?x535)))
 (let ((?x202 (- ?x463)))
 (let ((?x94 (* ?x25 ?x206)))
 (let ((?x27 (- logits)))
 (let ((?x33 (+ ?x27 log!127)))
 (let ((?x169 (+ ?x33 ?x94)))
 (let ((?x526 (+ ?x169 ?x202)))
 (let ((?x533 (* g ?x526)))
 (let (($x99 (= ?x187 ?x533)))
 (let ((?x382 (ite $x99 ?x192 ?x187)))
 (let ((?x203 (- ?x47)))
 (let ((?x200 (/ ?x203 ?x46)))
 (let ((?x171 (+ 1.0 ?x200)))
 (let ((?x167 (- ?x171)))
 (let ((?x508 (* ?x199 ?x167)))
 (let ((?x72 (- ?x71)))
 (let ((?x98 (* 0.0 ?x72)))
 (let ((?x232 (+ ?x98 ?x508)))
 (let ((?x269 (- ?x232)))
 (let ((?x498 (- ?x200)))
 (let ((?x204 (* ?x25 ?x498)))
 (let ((?x489 (- log!132)))
 (let ((?x245 (* 0.0 ?x489)))
 (let ((?x261 (+ ?x245 ?x204)))
 (let ((?x259 (+ ?x261 ?x269)))
 (let ((?x297 (* g ?x259)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (let ((?x37 (/ ?x138 ?x125)))
 (let ((?x124 (- ?x37)))
 (let ((?x83 (* ?x199 ?x124)))
 (let ((?x136 (- log!127)))
 (let ((?x131 (* 0.0 ?x136)))
 (let ((?x532 (+ ?x131 ?x83)))
 (let ((?x177 (- ?x532)))
 (let ((?x38 (+ (- 1.0) ?x37)))
 (let ((?x39 (- ?x38)))
 (let ((?x40 (* ?x25 ?x39)))
 (let ((?x34 (- ?x33)))
 (let ((?x35 (* 0.0 ?x34)))
 (let ((?x41 (+ ?x35 ?x40)))
 (let ((?x404 (+ ?x41 ?x177)))
 (let ((?x392 (* g ?x404)))
 (let (($x530 (= ?x297 ?x392)))
 (let ((?x114 (ite $x530 ?x18 ?x297)))
 (or (and (distinct ?x114 ?x297) true) (and (distinct ?x382 ?x187) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!132 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!127 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x128 (/ 0.0 ?x46)))
 (let ((?x180 (- ?x128)))
 (let ((?x25 (- labels)))
 (let ((?x82 (* ?x25 ?x180)))
 (let ((?x409 (+ log!132 ?x82)))
 (let ((?x199 (+ 1.0 ?x25)))
 (let ((?x116 (* ?x199 ?x180)))
 (let ((?x71 (+ logits log!132)))
 (let ((?x164 (+ ?x71 ?x116)))
 (let ((?x122 (- ?x164)))
 (let ((?x487 (+ ?x122 ?x409)))
 (let ((?x187 (* g ?x487)))
 (let ((?x90 (- g)))
 (let ((?x192 (* logits ?x90)))
 (let ((?x203 (- ?x47)))
 (let ((?x200 (/ ?x203 ?x46)))
 (let ((?x498 (- ?x200)))
 (let ((?x204 (* ?x25 ?x498)))
 (let ((?x489 (- log!132)))
 (let ((?x245 (* 0.0 ?x489)))
 (let ((?x261 (+ ?x245 ?x204)))
 (let ((?x153 (+ (/ 1.0 2.0) ?x200)))
 (let ((?x110 (- ?x153)))
 (let ((?x181 (* ?x199 ?x110)))
 (let ((?x72 (- ?x71)))
 (let ((?x98 (* 0.0 ?x72)))
 (let ((?x106 (+ ?x98 ?x181)))
 (let ((?x147 (- ?x106)))
 (let ((?x291 (+ ?x147 ?x261)))
 (let ((?x290 (* g ?x291)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x290) true) (and (distinct ?x192 ?x187) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!132 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!127 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (> 0.0 ?x27)))
(assert
 (< 0.0 logits))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (< 0.0 ?x46))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let (($x77 (= 0.0 ?x46)))
 (not $x77)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x46 (+ 1.0 ?x47)))
 (let ((?x128 (/ 0.0 ?x46)))
 (let ((?x180 (- ?x128)))
 (let ((?x25 (- labels)))
 (let ((?x82 (* ?x25 ?x180)))
 (let ((?x409 (+ log!132 ?x82)))
 (let ((?x199 (+ 1.0 ?x25)))
 (let ((?x116 (* ?x199 ?x180)))
 (let ((?x71 (+ logits log!132)))
 (let ((?x164 (+ ?x71 ?x116)))
 (let ((?x122 (- ?x164)))
 (let ((?x487 (+ ?x122 ?x409)))
 (let ((?x187 (* g ?x487)))
 (let ((?x90 (- g)))
 (let ((?x192 (* logits ?x90)))
 (let ((?x203 (- ?x47)))
 (let ((?x200 (/ ?x203 ?x46)))
 (let ((?x171 (+ 1.0 ?x200)))
 (let ((?x167 (- ?x171)))
 (let ((?x508 (* ?x199 ?x167)))
 (let ((?x72 (- ?x71)))
 (let ((?x98 (* 0.0 ?x72)))
 (let ((?x232 (+ ?x98 ?x508)))
 (let ((?x269 (- ?x232)))
 (let ((?x498 (- ?x200)))
 (let ((?x204 (* ?x25 ?x498)))
 (let ((?x489 (- log!132)))
 (let ((?x245 (* 0.0 ?x489)))
 (let ((?x261 (+ ?x245 ?x204)))
 (let ((?x259 (+ ?x261 ?x269)))
 (let ((?x297 (* g ?x259)))
 (let ((?x24 (/ 1.0 ?x46)))
 (let ((?x26 (+ ?x25 ?x24)))
 (let ((?x18 (* g ?x26)))
 (or (and (distinct ?x18 ?x297) true) (and (distinct ?x192 ?x187) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!127 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!127) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!127 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!127)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!132 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!132) (< exp!1 exp!3)))
(assert
 (= (< log!132 log!127) (< exp!3 exp!2)))
(assert
 (= (< log!127 log!132) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!132 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!132)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
