; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x127 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x148 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x149 (* (/ 1.0 2.0) ?x148)))
 (let ((?x150 (* ?x149 ?x127)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x142 (* ?x127 ?x65)))
 (let ((?x146 (* |g2[0]| ?x142)))
 (let ((?x151 (+ ?x146 ?x150)))
 (let ((?x143 (* ?x65 ?x142)))
 (let ((?x139 (- ?x60)))
 (let ((?x131 (/ 1.0 (* ?x58 scale))))
 (let ((?x133 (* ?x131 (- 2.0))))
 (let ((?x134 (* 0.0 ?x133)))
 (let ((?x135 (* 0.0 ?x134)))
 (let ((?x136 (+ ?x60 ?x135)))
 (let ((?x137 (+ ?x60 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x140 (+ ?x138 ?x139)))
 (let ((?x141 (* ?x127 ?x140)))
 (let ((?x144 (+ ?x141 ?x143)))
 (let ((?x87 (- b)))
 (let ((?x129 (+ f2 ?x87)))
 (let ((?x145 (* ?x129 ?x144)))
 (let ((?x147 (+ ?x145 ?x146)))
 (let ((?x152 (+ ?x147 ?x151)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* ?x87 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x101 (* ?x59 ?x100)))
 (let ((?x91 (* |g2[0]| 1.0)))
 (let ((?x68 (* ?x65 1.0)))
 (let ((?x90 (* f2 ?x68)))
 (let ((?x92 (+ ?x90 ?x91)))
 (let ((?x88 (* ?x87 ?x68)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x94 (- ?x93)))
 (let ((?x95 (/ ?x94 scale)))
 (let ((?x102 (+ ?x95 ?x101)))
 (let ((?x103 (- ?x102)))
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
 (let ((?x104 (+ ?x85 ?x103)))
 (let ((?x54 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x105 (+ ?x55 ?x104)))
 (let ((?x128 (* ?x127 ?x105)))
 (or (and (distinct ?x128 ?x152) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x601 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x148 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x149 (* (/ 1.0 2.0) ?x148)))
 (let ((?x595 (* ?x149 ?x601)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x154 (+ ?x61 ?x64)))
 (let ((?x598 (* ?x601 ?x154)))
 (let ((?x594 (* |g2[0]| ?x598)))
 (let ((?x599 (+ ?x594 ?x595)))
 (let ((?x174 (* ?x154 ?x598)))
 (let ((?x139 (- ?x60)))
 (let ((?x131 (/ 1.0 (* ?x58 scale))))
 (let ((?x133 (* ?x131 (- 2.0))))
 (let ((?x134 (* 0.0 ?x133)))
 (let ((?x135 (* 0.0 ?x134)))
 (let ((?x136 (+ ?x60 ?x135)))
 (let ((?x137 (+ ?x60 ?x136)))
 (let ((?x596 (+ ?x137 ?x139)))
 (let ((?x597 (* ?x601 ?x596)))
 (let ((?x175 (+ ?x597 ?x174)))
 (let ((?x87 (- b)))
 (let ((?x129 (+ f2 ?x87)))
 (let ((?x592 (* ?x129 ?x175)))
 (let ((?x434 (+ ?x592 ?x594)))
 (let ((?x603 (+ ?x434 ?x599)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* ?x87 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x468 (* 0.0 ?x98)))
 (let ((?x604 (* ?x59 ?x468)))
 (let ((?x91 (* |g2[0]| 1.0)))
 (let ((?x484 (* ?x154 1.0)))
 (let ((?x611 (* f2 ?x484)))
 (let ((?x612 (+ ?x611 ?x91)))
 (let ((?x496 (* ?x87 ?x484)))
 (let ((?x608 (+ ?x496 ?x612)))
 (let ((?x609 (/ ?x608 scale)))
 (let ((?x605 (+ ?x609 ?x604)))
 (let ((?x606 (- ?x605)))
 (let ((?x593 (* |g2[0]| ?x484)))
 (let ((?x71 (+ (- 1.0) 1.0)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x78 (* 0.0 ?x72)))
 (let ((?x488 (* (/ 1.0 2.0) ?x484)))
 (let ((?x489 (* 0.0 ?x488)))
 (let ((?x225 (+ ?x489 ?x78)))
 (let ((?x494 (* |h2[1,0]| ?x225)))
 (let ((?x492 (+ ?x489 ?x72)))
 (let ((?x493 (* |h2[0,0]| ?x492)))
 (let ((?x614 (+ ?x493 ?x494)))
 (let ((?x73 (* |h2[0,0]| ?x72)))
 (let ((?x491 (+ ?x489 ?x73)))
 (let ((?x157 (+ ?x491 ?x614)))
 (let ((?x615 (+ ?x157 ?x593)))
 (let ((?x474 (+ ?x615 ?x606)))
 (let ((?x54 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x439 (+ ?x55 ?x474)))
 (let ((?x602 (* ?x601 ?x439)))
 (or (and (distinct ?x602 ?x603) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
