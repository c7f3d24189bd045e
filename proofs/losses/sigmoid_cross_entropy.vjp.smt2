; certjax: rule losses.sigmoid_cross_entropy, obligation 'vjp', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun labels () Real)
(declare-fun log!98 () Real)
(declare-fun log!93 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (= 0.0 logits))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (< 0.0 ?x29))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (< 0.0 ?x47))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
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
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
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
 (let ((?x95 (/ 0.0 ?x47)))
 (let ((?x103 (- ?x95)))
 (let ((?x24 (- labels)))
 (let ((?x120 (+ 1.0 ?x24)))
 (let ((?x195 (* ?x120 ?x103)))
 (let ((?x72 (+ logits log!98)))
 (let ((?x108 (+ ?x72 ?x195)))
 (let ((?x84 (- ?x108)))
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let ((?x88 (/ 0.0 ?x29)))
 (let ((?x107 (- ?x88)))
 (let ((?x133 (* ?x24 ?x107)))
 (let ((?x27 (- logits)))
 (let ((?x34 (+ ?x27 log!93)))
 (let ((?x83 (+ ?x34 ?x133)))
 (let ((?x211 (+ ?x83 ?x84)))
 (let ((?x111 (* g ?x211)))
 (let ((?x112 (- g)))
 (let ((?x100 (* logits ?x112)))
 (let ((?x85 (- ?x48)))
 (let ((?x101 (/ ?x85 ?x47)))
 (let ((?x92 (+ (/ 1.0 2.0) ?x101)))
 (let ((?x104 (- ?x92)))
 (let ((?x136 (* ?x120 ?x104)))
 (let ((?x105 (- ?x72)))
 (let ((?x140 (* 0.0 ?x105)))
 (let ((?x212 (+ ?x140 ?x136)))
 (let ((?x129 (- ?x212)))
 (let ((?x38 (/ ?x127 ?x29)))
 (let ((?x39 (+ (- 1.0) ?x38)))
 (let ((?x40 (- ?x39)))
 (let ((?x41 (* ?x24 ?x40)))
 (let ((?x35 (- ?x34)))
 (let ((?x36 (* 0.0 ?x35)))
 (let ((?x42 (+ ?x36 ?x41)))
 (let ((?x125 (+ ?x42 ?x129)))
 (let ((?x131 (* g ?x125)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x131) true) (and (distinct ?x100 ?x111) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
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
(declare-fun log!93 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!98 () Real)
(assert
 (let ((?x27 (- logits)))
 (< 0.0 ?x27)))
(assert
 (> 0.0 logits))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (< 0.0 ?x29))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (< 0.0 ?x29))))
(assert
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let (($x16 (= 0.0 ?x47)))
 (not $x16)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let (($x97 (= 0.0 ?x29)))
 (not $x97)))))
(assert
 (let ((?x127 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x127)))
 (let ((?x88 (/ 0.0 ?x29)))
 (let ((?x107 (- ?x88)))
 (let ((?x24 (- labels)))
 (let ((?x120 (+ 1.0 ?x24)))
 (let ((?x533 (* ?x120 ?x107)))
 (let ((?x461 (+ log!93 ?x533)))
 (let ((?x182 (- ?x461)))
 (let ((?x133 (* ?x24 ?x107)))
 (let ((?x27 (- logits)))
 (let ((?x34 (+ ?x27 log!93)))
 (let ((?x83 (+ ?x34 ?x133)))
 (let ((?x524 (+ ?x83 ?x182)))
 (let ((?x531 (* g ?x524)))
 (let ((?x112 (- g)))
 (let ((?x100 (* logits ?x112)))
 (let ((?x38 (/ ?x127 ?x29)))
 (let ((?x142 (- ?x38)))
 (let ((?x110 (* ?x120 ?x142)))
 (let ((?x199 (- log!93)))
 (let ((?x167 (* 0.0 ?x199)))
 (let ((?x530 (+ ?x167 ?x110)))
 (let ((?x123 (- ?x530)))
 (let ((?x39 (+ (- 1.0) ?x38)))
 (let ((?x40 (- ?x39)))
 (let ((?x41 (* ?x24 ?x40)))
 (let ((?x35 (- ?x34)))
 (let ((?x36 (* 0.0 ?x35)))
 (let ((?x42 (+ ?x36 ?x41)))
 (let ((?x406 (+ ?x42 ?x123)))
 (let ((?x390 (* g ?x406)))
 (let ((?x48 (/ 1.0 exp!1)))
 (let ((?x47 (+ 1.0 ?x48)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x390) true) (and (distinct ?x100 ?x531) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
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
(declare-fun log!98 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
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
 (let ((?x95 (/ 0.0 ?x47)))
 (let ((?x103 (- ?x95)))
 (let ((?x24 (- labels)))
 (let ((?x497 (* ?x24 ?x103)))
 (let ((?x171 (+ log!98 ?x497)))
 (let ((?x120 (+ 1.0 ?x24)))
 (let ((?x195 (* ?x120 ?x103)))
 (let ((?x72 (+ logits log!98)))
 (let ((?x108 (+ ?x72 ?x195)))
 (let ((?x84 (- ?x108)))
 (let ((?x251 (+ ?x84 ?x171)))
 (let ((?x348 (* g ?x251)))
 (let ((?x112 (- g)))
 (let ((?x100 (* logits ?x112)))
 (let ((?x85 (- ?x48)))
 (let ((?x101 (/ ?x85 ?x47)))
 (let ((?x455 (- ?x101)))
 (let ((?x441 (* ?x24 ?x455)))
 (let ((?x501 (- log!98)))
 (let ((?x520 (* 0.0 ?x501)))
 (let ((?x482 (+ ?x520 ?x441)))
 (let ((?x92 (+ (/ 1.0 2.0) ?x101)))
 (let ((?x104 (- ?x92)))
 (let ((?x136 (* ?x120 ?x104)))
 (let ((?x105 (- ?x72)))
 (let ((?x140 (* 0.0 ?x105)))
 (let ((?x212 (+ ?x140 ?x136)))
 (let ((?x129 (- ?x212)))
 (let ((?x477 (+ ?x129 ?x482)))
 (let ((?x193 (* g ?x477)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x193) true) (and (distinct ?x100 ?x348) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
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
(declare-fun log!98 () Real)
(declare-fun g () Real)
(declare-fun exp!2 () Real)
(declare-fun log!93 () Real)
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
 (let ((?x95 (/ 0.0 ?x47)))
 (let ((?x103 (- ?x95)))
 (let ((?x24 (- labels)))
 (let ((?x497 (* ?x24 ?x103)))
 (let ((?x171 (+ log!98 ?x497)))
 (let ((?x120 (+ 1.0 ?x24)))
 (let ((?x195 (* ?x120 ?x103)))
 (let ((?x72 (+ logits log!98)))
 (let ((?x108 (+ ?x72 ?x195)))
 (let ((?x84 (- ?x108)))
 (let ((?x251 (+ ?x84 ?x171)))
 (let ((?x348 (* g ?x251)))
 (let ((?x112 (- g)))
 (let ((?x100 (* logits ?x112)))
 (let ((?x85 (- ?x48)))
 (let ((?x101 (/ ?x85 ?x47)))
 (let ((?x238 (+ 1.0 ?x101)))
 (let ((?x232 (- ?x238)))
 (let ((?x154 (* ?x120 ?x232)))
 (let ((?x105 (- ?x72)))
 (let ((?x140 (* 0.0 ?x105)))
 (let ((?x160 (+ ?x140 ?x154)))
 (let ((?x519 (- ?x160)))
 (let ((?x455 (- ?x101)))
 (let ((?x441 (* ?x24 ?x455)))
 (let ((?x501 (- log!98)))
 (let ((?x520 (* 0.0 ?x501)))
 (let ((?x482 (+ ?x520 ?x441)))
 (let ((?x436 (+ ?x482 ?x519)))
 (let ((?x411 (* g ?x436)))
 (let ((?x26 (/ 1.0 ?x47)))
 (let ((?x18 (+ ?x24 ?x26)))
 (let ((?x22 (* g ?x18)))
 (or (and (distinct ?x22 ?x411) true) (and (distinct ?x100 ?x348) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!93 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!93 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!98 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!98) (< exp!1 exp!3)))
(assert
 (= (< log!98 log!93) (< exp!3 exp!2)))
(assert
 (= (< log!93 log!98) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!98 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!98)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
