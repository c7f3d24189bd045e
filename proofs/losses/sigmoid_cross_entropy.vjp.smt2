; certjax: rule losses.sigmoid_cross_entropy, obligation 'vjp', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
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
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (< 0.0 ?x29))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (< 0.0 ?x47))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (< 0.0 ?x29))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (< 0.0 ?x47))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let ((?x160 (/ 0.0 ?x47)))
 (let ((?x108 (- ?x160)))
 (let ((?x24 (- labels)))
 (let ((?x117 (+ 1.0 ?x24)))
 (let ((?x135 (* ?x117 ?x108)))
 (let ((?x72 (+ logits log!132)))
 (let ((?x105 (+ ?x72 ?x135)))
 (let ((?x122 (- ?x105)))
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let ((?x211 (/ 0.0 ?x29)))
 (let ((?x174 (- ?x211)))
 (let ((?x109 (* ?x24 ?x174)))
 (let ((?x27 (- logits)))
 (let ((?x34 (+ ?x27 log!127)))
 (let ((?x136 (+ ?x34 ?x109)))
 (let ((?x131 (+ ?x136 ?x122)))
 (let ((?x99 (* g ?x131)))
 (let ((?x199 (- g)))
 (let ((?x129 (* logits ?x199)))
 (let ((?x157 (- ?x48)))
 (let ((?x167 (/ ?x157 ?x47)))
 (let ((?x141 (+ (/ 1.0 2.0) ?x167)))
 (let ((?x116 (- ?x141)))
 (let ((?x81 (* ?x117 ?x116)))
 (let ((?x143 (- ?x72)))
 (let ((?x100 (* 0.0 ?x143)))
 (let ((?x213 (+ ?x100 ?x81)))
 (let ((?x90 (- ?x213)))
 (let ((?x38 (/ ?x125 ?x29)))
 (let ((?x39 (+ (- 1.0) ?x38)))
 (let ((?x40 (- ?x39)))
 (let ((?x41 (* ?x24 ?x40)))
 (let ((?x35 (- ?x34)))
 (let ((?x36 (* 0.0 ?x35)))
 (let ((?x42 (+ ?x36 ?x41)))
 (let ((?x93 (+ ?x42 ?x90)))
 (let ((?x85 (* g ?x93)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x85) true) (and (distinct ?x129 ?x99) true))))))))))))))))))))))))))))))))))))))))))))))
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
; region 2 of 4
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
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (< 0.0 ?x29))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (< 0.0 ?x29))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x125 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x125)))
 (let ((?x211 (/ 0.0 ?x29)))
 (let ((?x174 (- ?x211)))
 (let ((?x24 (- labels)))
 (let ((?x117 (+ 1.0 ?x24)))
 (let ((?x533 (* ?x117 ?x174)))
 (let ((?x461 (+ log!127 ?x533)))
 (let ((?x182 (- ?x461)))
 (let ((?x109 (* ?x24 ?x174)))
 (let ((?x27 (- logits)))
 (let ((?x34 (+ ?x27 log!127)))
 (let ((?x136 (+ ?x34 ?x109)))
 (let ((?x524 (+ ?x136 ?x182)))
 (let ((?x531 (* g ?x524)))
 (let ((?x199 (- g)))
 (let ((?x129 (* logits ?x199)))
 (let ((?x38 (/ ?x125 ?x29)))
 (let ((?x103 (- ?x38)))
 (let ((?x169 (* ?x117 ?x103)))
 (let ((?x126 (- log!127)))
 (let ((?x104 (* 0.0 ?x126)))
 (let ((?x530 (+ ?x104 ?x169)))
 (let ((?x124 (- ?x530)))
 (let ((?x39 (+ (- 1.0) ?x38)))
 (let ((?x40 (- ?x39)))
 (let ((?x41 (* ?x24 ?x40)))
 (let ((?x35 (- ?x34)))
 (let ((?x36 (* 0.0 ?x35)))
 (let ((?x42 (+ ?x36 ?x41)))
 (let ((?x402 (+ ?x42 ?x124)))
 (let ((?x390 (* g ?x402)))
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x390) true) (and (distinct ?x129 ?x531) true))))))))))))))))))))))))))))))))))))))))
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
; region 3 of 4
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
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (< 0.0 ?x47))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (< 0.0 ?x47))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let ((?x160 (/ 0.0 ?x47)))
 (let ((?x108 (- ?x160)))
 (let ((?x24 (- labels)))
 (let ((?x171 (* ?x24 ?x108)))
 (let ((?x497 (+ log!132 ?x171)))
 (let ((?x117 (+ 1.0 ?x24)))
 (let ((?x135 (* ?x117 ?x108)))
 (let ((?x72 (+ logits log!132)))
 (let ((?x105 (+ ?x72 ?x135)))
 (let ((?x122 (- ?x105)))
 (let ((?x180 (+ ?x122 ?x497)))
 (let ((?x83 (* g ?x180)))
 (let ((?x199 (- g)))
 (let ((?x129 (* logits ?x199)))
 (let ((?x157 (- ?x48)))
 (let ((?x167 (/ ?x157 ?x47)))
 (let ((?x455 (- ?x167)))
 (let ((?x441 (* ?x24 ?x455)))
 (let ((?x501 (- log!132)))
 (let ((?x520 (* 0.0 ?x501)))
 (let ((?x482 (+ ?x520 ?x441)))
 (let ((?x141 (+ (/ 1.0 2.0) ?x167)))
 (let ((?x116 (- ?x141)))
 (let ((?x81 (* ?x117 ?x116)))
 (let ((?x143 (- ?x72)))
 (let ((?x100 (* 0.0 ?x143)))
 (let ((?x213 (+ ?x100 ?x81)))
 (let ((?x90 (- ?x213)))
 (let ((?x477 (+ ?x90 ?x482)))
 (let ((?x355 (* g ?x477)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x355) true) (and (distinct ?x129 ?x83) true))))))))))))))))))))))))))))))))))))))
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
; region 4 of 4
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
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (< 0.0 ?x47))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (< 0.0 ?x47))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let ((?x160 (/ 0.0 ?x47)))
 (let ((?x108 (- ?x160)))
 (let ((?x24 (- labels)))
 (let ((?x171 (* ?x24 ?x108)))
 (let ((?x497 (+ log!132 ?x171)))
 (let ((?x117 (+ 1.0 ?x24)))
 (let ((?x135 (* ?x117 ?x108)))
 (let ((?x72 (+ logits log!132)))
 (let ((?x105 (+ ?x72 ?x135)))
 (let ((?x122 (- ?x105)))
 (let ((?x180 (+ ?x122 ?x497)))
 (let ((?x83 (* g ?x180)))
 (let ((?x199 (- g)))
 (let ((?x129 (* logits ?x199)))
 (let ((?x157 (- ?x48)))
 (let ((?x167 (/ ?x157 ?x47)))
 (let ((?x275 (+ 1.0 ?x167)))
 (let ((?x300 (- ?x275)))
 (let ((?x177 (* ?x117 ?x300)))
 (let ((?x143 (- ?x72)))
 (let ((?x100 (* 0.0 ?x143)))
 (let ((?x134 (+ ?x100 ?x177)))
 (let ((?x532 (- ?x134)))
 (let ((?x455 (- ?x167)))
 (let ((?x441 (* ?x24 ?x455)))
 (let ((?x501 (- log!132)))
 (let ((?x520 (* 0.0 ?x501)))
 (let ((?x482 (+ ?x520 ?x441)))
 (let ((?x436 (+ ?x482 ?x532)))
 (let ((?x411 (* g ?x436)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x411) true) (and (distinct ?x129 ?x83) true))))))))))))))))))))))))))))))))))))))
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
