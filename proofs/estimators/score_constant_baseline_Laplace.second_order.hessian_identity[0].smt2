; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
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
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 false)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (> 0.0 scale))
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
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
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
 (let ((?x507 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x177 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x178 (* (/ 1.0 2.0) ?x177)))
 (let ((?x211 (* ?x178 ?x507)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x183 (+ ?x62 ?x65)))
 (let ((?x432 (* ?x507 ?x183)))
 (let ((?x312 (* |g2[0]| ?x432)))
 (let ((?x287 (+ ?x312 ?x211)))
 (let ((?x556 (* ?x183 ?x432)))
 (let ((?x168 (- ?x61)))
 (let ((?x160 (/ 1.0 (* ?x59 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x166 (+ ?x61 ?x165)))
 (let ((?x807 (+ ?x166 ?x168)))
 (let ((?x488 (* ?x507 ?x807)))
 (let ((?x268 (+ ?x488 ?x556)))
 (let ((?x88 (- b)))
 (let ((?x158 (+ f2 ?x88)))
 (let ((?x330 (* ?x158 ?x268)))
 (let ((?x269 (+ ?x330 ?x312)))
 (let ((?x252 (+ ?x269 ?x287)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x803 (* 0.0 ?x99)))
 (let ((?x329 (* ?x60 ?x803)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x311 (* ?x183 1.0)))
 (let ((?x797 (* f2 ?x311)))
 (let ((?x305 (+ ?x797 ?x92)))
 (let ((?x226 (* ?x88 ?x311)))
 (let ((?x212 (+ ?x226 ?x305)))
 (let ((?x786 (/ ?x212 scale)))
 (let ((?x800 (+ ?x786 ?x329)))
 (let ((?x227 (- ?x800)))
 (let ((?x288 (* |g2[0]| ?x311)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x213 (* (/ 1.0 2.0) ?x311)))
 (let ((?x809 (* 0.0 ?x213)))
 (let ((?x784 (+ ?x809 ?x79)))
 (let ((?x781 (* |h2[1,0]| ?x784)))
 (let ((?x249 (+ ?x809 ?x73)))
 (let ((?x352 (* |h2[0,0]| ?x249)))
 (let ((?x806 (+ ?x352 ?x781)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x380 (+ ?x809 ?x74)))
 (let ((?x779 (+ ?x380 ?x806)))
 (let ((?x230 (+ ?x779 ?x288)))
 (let ((?x581 (+ ?x230 ?x227)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x292 (+ ?x56 ?x581)))
 (let ((?x381 (* ?x507 ?x292)))
 (or (and (distinct ?x381 ?x252) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 false)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (> 0.0 scale))
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
 (let ((?x507 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x177 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x178 (* (/ 1.0 2.0) ?x177)))
 (let ((?x211 (* ?x178 ?x507)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x183 (+ ?x62 ?x65)))
 (let ((?x432 (* ?x507 ?x183)))
 (let ((?x312 (* |g2[0]| ?x432)))
 (let ((?x287 (+ ?x312 ?x211)))
 (let ((?x556 (* ?x183 ?x432)))
 (let ((?x168 (- ?x61)))
 (let ((?x160 (/ 1.0 (* ?x59 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x166 (+ ?x61 ?x165)))
 (let ((?x807 (+ ?x166 ?x168)))
 (let ((?x488 (* ?x507 ?x807)))
 (let ((?x268 (+ ?x488 ?x556)))
 (let ((?x88 (- b)))
 (let ((?x158 (+ f2 ?x88)))
 (let ((?x330 (* ?x158 ?x268)))
 (let ((?x269 (+ ?x330 ?x312)))
 (let ((?x252 (+ ?x269 ?x287)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x803 (* 0.0 ?x99)))
 (let ((?x329 (* ?x60 ?x803)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x311 (* ?x183 1.0)))
 (let ((?x797 (* f2 ?x311)))
 (let ((?x305 (+ ?x797 ?x92)))
 (let ((?x226 (* ?x88 ?x311)))
 (let ((?x212 (+ ?x226 ?x305)))
 (let ((?x786 (/ ?x212 scale)))
 (let ((?x800 (+ ?x786 ?x329)))
 (let ((?x227 (- ?x800)))
 (let ((?x288 (* |g2[0]| ?x311)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x213 (* (/ 1.0 2.0) ?x311)))
 (let ((?x809 (* 0.0 ?x213)))
 (let ((?x784 (+ ?x809 ?x79)))
 (let ((?x781 (* |h2[1,0]| ?x784)))
 (let ((?x249 (+ ?x809 ?x73)))
 (let ((?x352 (* |h2[0,0]| ?x249)))
 (let ((?x806 (+ ?x352 ?x781)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x380 (+ ?x809 ?x74)))
 (let ((?x779 (+ ?x380 ?x806)))
 (let ((?x230 (+ ?x779 ?x288)))
 (let ((?x581 (+ ?x230 ?x227)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x292 (+ ?x56 ?x581)))
 (let ((?x381 (* ?x507 ?x292)))
 (or (and (distinct ?x381 ?x252) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
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
