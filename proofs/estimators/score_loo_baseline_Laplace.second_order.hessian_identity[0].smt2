; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[0]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
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
(declare-fun log!33 () Real)
(declare-fun log!30 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x129 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x156 (* ?x129 exp!4)))
 (let ((?x177 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x178 (* (/ 1.0 2.0) ?x177)))
 (let ((?x179 (* ?x178 ?x156)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x171 (* ?x156 ?x66)))
 (let ((?x175 (* |g2[0]| ?x171)))
 (let ((?x180 (+ ?x175 ?x179)))
 (let ((?x172 (* ?x66 ?x171)))
 (let ((?x168 (- ?x61)))
 (let ((?x160 (/ 1.0 (* ?x59 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x166 (+ ?x61 ?x165)))
 (let ((?x167 (- ?x166)))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x170 (* ?x156 ?x169)))
 (let ((?x173 (+ ?x170 ?x172)))
 (let ((?x88 (- b)))
 (let ((?x158 (+ f2 ?x88)))
 (let ((?x174 (* ?x158 ?x173)))
 (let ((?x176 (+ ?x174 ?x175)))
 (let ((?x181 (+ ?x176 ?x180)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (* 0.0 ?x100)))
 (let ((?x102 (* ?x60 ?x101)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x91 (* f2 ?x69)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x89 (* ?x88 ?x69)))
 (let ((?x94 (+ ?x89 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x103 (+ ?x96 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x85 (* |g2[0]| ?x69)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x70 (* (/ 1.0 2.0) ?x69)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x80 (+ ?x71 ?x79)))
 (let ((?x81 (* |h2[1,0]| ?x80)))
 (let ((?x76 (+ ?x71 ?x73)))
 (let ((?x77 (* |h2[0,0]| ?x76)))
 (let ((?x82 (+ ?x77 ?x81)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x75 (+ ?x71 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x105 (+ ?x86 ?x104)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x106 (+ ?x56 ?x105)))
 (let ((?x157 (* ?x156 ?x106)))
 (or (and (distinct ?x157 ?x181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!33) (< exp!3 exp!1)))
(assert
 (= (< log!33 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!33) (< exp!4 exp!1)))
(assert
 (= (< log!33 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!2 exp!4)))
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
; region 2 of 4
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
(declare-fun log!33 () Real)
(declare-fun log!30 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x793 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x177 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x178 (* (/ 1.0 2.0) ?x177)))
 (let ((?x787 (* ?x178 ?x793)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x183 (+ ?x62 ?x65)))
 (let ((?x536 (* ?x793 ?x183)))
 (let ((?x785 (* |g2[0]| ?x536)))
 (let ((?x203 (+ ?x785 ?x787)))
 (let ((?x789 (* ?x183 ?x536)))
 (let ((?x168 (- ?x61)))
 (let ((?x160 (/ 1.0 (* ?x59 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x166 (+ ?x61 ?x165)))
 (let ((?x795 (+ ?x166 ?x168)))
 (let ((?x583 (* ?x793 ?x795)))
 (let ((?x790 (+ ?x583 ?x789)))
 (let ((?x88 (- b)))
 (let ((?x158 (+ f2 ?x88)))
 (let ((?x791 (* ?x158 ?x790)))
 (let ((?x786 (+ ?x791 ?x785)))
 (let ((?x534 (+ ?x786 ?x203)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x804 (* 0.0 ?x99)))
 (let ((?x605 (* ?x60 ?x804)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x782 (* ?x183 1.0)))
 (let ((?x602 (* f2 ?x782)))
 (let ((?x254 (+ ?x602 ?x92)))
 (let ((?x601 (* ?x88 ?x782)))
 (let ((?x603 (+ ?x601 ?x254)))
 (let ((?x803 (/ ?x603 scale)))
 (let ((?x800 (+ ?x803 ?x605)))
 (let ((?x801 (- ?x800)))
 (let ((?x598 (* |g2[0]| ?x782)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x810 (* (/ 1.0 2.0) ?x782)))
 (let ((?x561 (* 0.0 ?x810)))
 (let ((?x588 (+ ?x561 ?x79)))
 (let ((?x592 (* |h2[1,0]| ?x588)))
 (let ((?x807 (+ ?x561 ?x73)))
 (let ((?x539 (* |h2[0,0]| ?x807)))
 (let ((?x593 (+ ?x539 ?x592)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x806 (+ ?x561 ?x74)))
 (let ((?x597 (+ ?x806 ?x593)))
 (let ((?x600 (+ ?x597 ?x598)))
 (let ((?x797 (+ ?x600 ?x801)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x798 (+ ?x56 ?x797)))
 (let ((?x794 (* ?x793 ?x798)))
 (or (and (distinct ?x794 ?x534) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!33) (< exp!3 exp!1)))
(assert
 (= (< log!33 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!33) (< exp!4 exp!1)))
(assert
 (= (< log!33 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!2 exp!4)))
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
; region 3 of 4
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
(declare-fun log!33 () Real)
(declare-fun log!30 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x156 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x177 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x178 (* (/ 1.0 2.0) ?x177)))
 (let ((?x179 (* ?x178 ?x156)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x171 (* ?x156 ?x66)))
 (let ((?x175 (* |g2[0]| ?x171)))
 (let ((?x180 (+ ?x175 ?x179)))
 (let ((?x172 (* ?x66 ?x171)))
 (let ((?x168 (- ?x61)))
 (let ((?x160 (/ 1.0 (* ?x59 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x166 (+ ?x61 ?x165)))
 (let ((?x167 (- ?x166)))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x170 (* ?x156 ?x169)))
 (let ((?x173 (+ ?x170 ?x172)))
 (let ((?x88 (- b)))
 (let ((?x158 (+ f2 ?x88)))
 (let ((?x174 (* ?x158 ?x173)))
 (let ((?x176 (+ ?x174 ?x175)))
 (let ((?x181 (+ ?x176 ?x180)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (* 0.0 ?x100)))
 (let ((?x102 (* ?x60 ?x101)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x91 (* f2 ?x69)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x89 (* ?x88 ?x69)))
 (let ((?x94 (+ ?x89 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x103 (+ ?x96 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x85 (* |g2[0]| ?x69)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x70 (* (/ 1.0 2.0) ?x69)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x80 (+ ?x71 ?x79)))
 (let ((?x81 (* |h2[1,0]| ?x80)))
 (let ((?x76 (+ ?x71 ?x73)))
 (let ((?x77 (* |h2[0,0]| ?x76)))
 (let ((?x82 (+ ?x77 ?x81)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x75 (+ ?x71 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x105 (+ ?x86 ?x104)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x106 (+ ?x56 ?x105)))
 (let ((?x157 (* ?x156 ?x106)))
 (or (and (distinct ?x157 ?x181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!33) (< exp!3 exp!1)))
(assert
 (= (< log!33 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!33) (< exp!4 exp!1)))
(assert
 (= (< log!33 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!2 exp!4)))
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
; region 4 of 4
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
(declare-fun log!33 () Real)
(declare-fun log!30 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x793 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x177 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x178 (* (/ 1.0 2.0) ?x177)))
 (let ((?x787 (* ?x178 ?x793)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x183 (+ ?x62 ?x65)))
 (let ((?x536 (* ?x793 ?x183)))
 (let ((?x785 (* |g2[0]| ?x536)))
 (let ((?x203 (+ ?x785 ?x787)))
 (let ((?x789 (* ?x183 ?x536)))
 (let ((?x168 (- ?x61)))
 (let ((?x160 (/ 1.0 (* ?x59 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x166 (+ ?x61 ?x165)))
 (let ((?x795 (+ ?x166 ?x168)))
 (let ((?x583 (* ?x793 ?x795)))
 (let ((?x790 (+ ?x583 ?x789)))
 (let ((?x88 (- b)))
 (let ((?x158 (+ f2 ?x88)))
 (let ((?x791 (* ?x158 ?x790)))
 (let ((?x786 (+ ?x791 ?x785)))
 (let ((?x534 (+ ?x786 ?x203)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x804 (* 0.0 ?x99)))
 (let ((?x605 (* ?x60 ?x804)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x782 (* ?x183 1.0)))
 (let ((?x602 (* f2 ?x782)))
 (let ((?x254 (+ ?x602 ?x92)))
 (let ((?x601 (* ?x88 ?x782)))
 (let ((?x603 (+ ?x601 ?x254)))
 (let ((?x803 (/ ?x603 scale)))
 (let ((?x800 (+ ?x803 ?x605)))
 (let ((?x801 (- ?x800)))
 (let ((?x598 (* |g2[0]| ?x782)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x810 (* (/ 1.0 2.0) ?x782)))
 (let ((?x561 (* 0.0 ?x810)))
 (let ((?x588 (+ ?x561 ?x79)))
 (let ((?x592 (* |h2[1,0]| ?x588)))
 (let ((?x807 (+ ?x561 ?x73)))
 (let ((?x539 (* |h2[0,0]| ?x807)))
 (let ((?x593 (+ ?x539 ?x592)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x806 (+ ?x561 ?x74)))
 (let ((?x597 (+ ?x806 ?x593)))
 (let ((?x600 (+ ?x597 ?x598)))
 (let ((?x797 (+ ?x600 ?x801)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x798 (+ ?x56 ?x797)))
 (let ((?x794 (* ?x793 ?x798)))
 (or (and (distinct ?x794 ?x534) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!33) (< exp!3 exp!1)))
(assert
 (= (< log!33 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!33) (< exp!4 exp!1)))
(assert
 (= (< log!33 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 (/ loc scale)) (< exp!2 exp!4)))
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
