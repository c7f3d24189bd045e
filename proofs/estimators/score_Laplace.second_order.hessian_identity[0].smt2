; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[0]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x125 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x145 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x146 (* (/ 1.0 2.0) ?x145)))
 (let ((?x147 (* ?x146 ?x125)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x139 (* ?x125 ?x65)))
 (let ((?x143 (* |g2[0]| ?x139)))
 (let ((?x148 (+ ?x143 ?x147)))
 (let ((?x140 (* ?x65 ?x139)))
 (let ((?x136 (- ?x60)))
 (let ((?x128 (/ 1.0 (* ?x58 scale))))
 (let ((?x130 (* ?x128 (- 2.0))))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x132 (* 0.0 ?x131)))
 (let ((?x133 (+ ?x60 ?x132)))
 (let ((?x134 (+ ?x60 ?x133)))
 (let ((?x135 (- ?x134)))
 (let ((?x137 (+ ?x135 ?x136)))
 (let ((?x138 (* ?x125 ?x137)))
 (let ((?x141 (+ ?x138 ?x140)))
 (let ((?x142 (* f2 ?x141)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x149 (+ ?x144 ?x148)))
 (let ((?x95 (* f2 1.0)))
 (let ((?x94 (* 0.0 1.0)))
 (let ((?x96 (+ ?x94 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (* 0.0 ?x97)))
 (let ((?x99 (* ?x59 ?x98)))
 (let ((?x89 (* |g2[0]| 1.0)))
 (let ((?x68 (* ?x65 1.0)))
 (let ((?x88 (* f2 ?x68)))
 (let ((?x90 (+ ?x88 ?x89)))
 (let ((?x86 (* 0.0 ?x68)))
 (let ((?x91 (+ ?x86 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x93 (/ ?x92 scale)))
 (let ((?x100 (+ ?x93 ?x99)))
 (let ((?x101 (- ?x100)))
 (let ((?x84 (* |g2[0]| ?x68)))
 (let ((?x71 (+ (- 1.0) 1.0)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x78 (* 0.0 ?x72)))
 (let ((?x69 (* (/ 1.0 2.0) ?x68)))
 (let ((?x70 (* 0.0 ?x69)))
 (let ((?x79 (+ ?x70 ?x78)))
 (let ((?x80 (* |h2[1,0]| ?x79)))
 (let ((?x75 (+ ?x70 ?x72)))
 (let ((?x76 (* |h2[0,0]| ?x75)))
 (let ((?x81 (+ ?x76 ?x80)))
 (let ((?x73 (* |h2[0,0]| ?x72)))
 (let ((?x74 (+ ?x70 ?x73)))
 (let ((?x82 (+ ?x74 ?x81)))
 (let ((?x85 (+ ?x82 ?x84)))
 (let ((?x102 (+ ?x85 ?x101)))
 (let ((?x54 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x103 (+ ?x55 ?x102)))
 (let ((?x126 (* ?x125 ?x103)))
 (or (and (distinct ?x126 ?x149) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!21 log!24) (< exp!2 exp!1)))
(assert
 (= (< log!24 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x563 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x145 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x146 (* (/ 1.0 2.0) ?x145)))
 (let ((?x560 (* ?x146 ?x563)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x151 (+ ?x61 ?x64)))
 (let ((?x171 (* ?x563 ?x151)))
 (let ((?x397 (* |g2[0]| ?x171)))
 (let ((?x564 (+ ?x397 ?x560)))
 (let ((?x172 (* ?x151 ?x171)))
 (let ((?x136 (- ?x60)))
 (let ((?x128 (/ 1.0 (* ?x58 scale))))
 (let ((?x130 (* ?x128 (- 2.0))))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x132 (* 0.0 ?x131)))
 (let ((?x133 (+ ?x60 ?x132)))
 (let ((?x134 (+ ?x60 ?x133)))
 (let ((?x558 (+ ?x134 ?x136)))
 (let ((?x559 (* ?x563 ?x558)))
 (let ((?x553 (+ ?x559 ?x172)))
 (let ((?x555 (* f2 ?x553)))
 (let ((?x556 (+ ?x555 ?x397)))
 (let ((?x568 (+ ?x556 ?x564)))
 (let ((?x95 (* f2 1.0)))
 (let ((?x94 (* 0.0 1.0)))
 (let ((?x96 (+ ?x94 ?x95)))
 (let ((?x565 (* 0.0 ?x96)))
 (let ((?x566 (* ?x59 ?x565)))
 (let ((?x89 (* |g2[0]| 1.0)))
 (let ((?x445 (* ?x151 1.0)))
 (let ((?x573 (* f2 ?x445)))
 (let ((?x569 (+ ?x573 ?x89)))
 (let ((?x572 (* 0.0 ?x445)))
 (let ((?x570 (+ ?x572 ?x569)))
 (let ((?x429 (/ ?x570 scale)))
 (let ((?x567 (+ ?x429 ?x566)))
 (let ((?x435 (- ?x567)))
 (let ((?x576 (* |g2[0]| ?x445)))
 (let ((?x71 (+ (- 1.0) 1.0)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x78 (* 0.0 ?x72)))
 (let ((?x449 (* (/ 1.0 2.0) ?x445)))
 (let ((?x450 (* 0.0 ?x449)))
 (let ((?x454 (+ ?x450 ?x78)))
 (let ((?x575 (* |h2[1,0]| ?x454)))
 (let ((?x453 (+ ?x450 ?x72)))
 (let ((?x215 (* |h2[0,0]| ?x453)))
 (let ((?x154 (+ ?x215 ?x575)))
 (let ((?x73 (* |h2[0,0]| ?x72)))
 (let ((?x452 (+ ?x450 ?x73)))
 (let ((?x554 (+ ?x452 ?x154)))
 (let ((?x456 (+ ?x554 ?x576)))
 (let ((?x406 (+ ?x456 ?x435)))
 (let ((?x54 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x561 (+ ?x55 ?x406)))
 (let ((?x557 (* ?x563 ?x561)))
 (or (and (distinct ?x557 ?x568) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!21 log!24) (< exp!2 exp!1)))
(assert
 (= (< log!24 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
