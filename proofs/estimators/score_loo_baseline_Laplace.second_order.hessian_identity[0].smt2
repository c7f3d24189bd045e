; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[0]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x128 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x155 (* ?x128 exp!4)))
 (let ((?x176 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x177 (* (/ 1.0 2.0) ?x176)))
 (let ((?x178 (* ?x177 ?x155)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x170 (* ?x155 ?x65)))
 (let ((?x174 (* |g2[0]| ?x170)))
 (let ((?x179 (+ ?x174 ?x178)))
 (let ((?x171 (* ?x65 ?x170)))
 (let ((?x167 (- ?x60)))
 (let ((?x159 (/ 1.0 (* ?x58 scale))))
 (let ((?x161 (* ?x159 (- 2.0))))
 (let ((?x162 (* 0.0 ?x161)))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (+ ?x60 ?x163)))
 (let ((?x165 (+ ?x60 ?x164)))
 (let ((?x166 (- ?x165)))
 (let ((?x168 (+ ?x166 ?x167)))
 (let ((?x169 (* ?x155 ?x168)))
 (let ((?x172 (+ ?x169 ?x171)))
 (let ((?x87 (- b)))
 (let ((?x157 (+ f2 ?x87)))
 (let ((?x173 (* ?x157 ?x172)))
 (let ((?x175 (+ ?x173 ?x174)))
 (let ((?x180 (+ ?x175 ?x179)))
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
 (let ((?x156 (* ?x155 ?x105)))
 (or (and (distinct ?x156 ?x180) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< (/ z scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!26) (< exp!4 exp!1)))
(assert
 (= (< log!26 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!23) (< exp!4 exp!2)))
(assert
 (= (< log!23 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x790 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x176 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x177 (* (/ 1.0 2.0) ?x176)))
 (let ((?x784 (* ?x177 ?x790)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x182 (+ ?x61 ?x64)))
 (let ((?x540 (* ?x790 ?x182)))
 (let ((?x782 (* |g2[0]| ?x540)))
 (let ((?x202 (+ ?x782 ?x784)))
 (let ((?x786 (* ?x182 ?x540)))
 (let ((?x167 (- ?x60)))
 (let ((?x159 (/ 1.0 (* ?x58 scale))))
 (let ((?x161 (* ?x159 (- 2.0))))
 (let ((?x162 (* 0.0 ?x161)))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (+ ?x60 ?x163)))
 (let ((?x165 (+ ?x60 ?x164)))
 (let ((?x792 (+ ?x165 ?x167)))
 (let ((?x580 (* ?x790 ?x792)))
 (let ((?x787 (+ ?x580 ?x786)))
 (let ((?x87 (- b)))
 (let ((?x157 (+ f2 ?x87)))
 (let ((?x788 (* ?x157 ?x787)))
 (let ((?x783 (+ ?x788 ?x782)))
 (let ((?x203 (+ ?x783 ?x202)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* ?x87 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x801 (* 0.0 ?x98)))
 (let ((?x602 (* ?x59 ?x801)))
 (let ((?x91 (* |g2[0]| 1.0)))
 (let ((?x779 (* ?x182 1.0)))
 (let ((?x599 (* f2 ?x779)))
 (let ((?x253 (+ ?x599 ?x91)))
 (let ((?x598 (* ?x87 ?x779)))
 (let ((?x600 (+ ?x598 ?x253)))
 (let ((?x800 (/ ?x600 scale)))
 (let ((?x797 (+ ?x800 ?x602)))
 (let ((?x798 (- ?x797)))
 (let ((?x595 (* |g2[0]| ?x779)))
 (let ((?x71 (+ (- 1.0) 1.0)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x78 (* 0.0 ?x72)))
 (let ((?x807 (* (/ 1.0 2.0) ?x779)))
 (let ((?x556 (* 0.0 ?x807)))
 (let ((?x585 (+ ?x556 ?x78)))
 (let ((?x589 (* |h2[1,0]| ?x585)))
 (let ((?x804 (+ ?x556 ?x72)))
 (let ((?x534 (* |h2[0,0]| ?x804)))
 (let ((?x590 (+ ?x534 ?x589)))
 (let ((?x73 (* |h2[0,0]| ?x72)))
 (let ((?x803 (+ ?x556 ?x73)))
 (let ((?x594 (+ ?x803 ?x590)))
 (let ((?x597 (+ ?x594 ?x595)))
 (let ((?x794 (+ ?x597 ?x798)))
 (let ((?x54 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x795 (+ ?x55 ?x794)))
 (let ((?x791 (* ?x790 ?x795)))
 (or (and (distinct ?x791 ?x203) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< (/ z scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!26) (< exp!4 exp!1)))
(assert
 (= (< log!26 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!23) (< exp!4 exp!2)))
(assert
 (= (< log!23 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
