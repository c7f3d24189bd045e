; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x131 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x158 (* ?x131 exp!4)))
 (let ((?x186 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x187 (* (/ 1.0 2.0) ?x186)))
 (let ((?x188 (* ?x187 ?x158)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x60 (- ?x8)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x178 (* ?x158 ?x68)))
 (let ((?x185 (* |g2[0]| ?x178)))
 (let ((?x189 (+ ?x185 ?x188)))
 (let ((?x176 (- ?x59)))
 (let ((?x161 (* 0.0 ?x62)))
 (let ((?x173 (/ (- 1.0) scale)))
 (let ((?x174 (+ ?x173 ?x161)))
 (let ((?x175 (- ?x174)))
 (let ((?x177 (+ ?x175 ?x176)))
 (let ((?x182 (* ?x158 ?x177)))
 (let ((?x183 (* |g2[1]| ?x182)))
 (let ((?x179 (* ?x177 ?x178)))
 (let ((?x164 (/ 1.0 (* ?x61 scale))))
 (let ((?x166 (* ?x164 (- 2.0))))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (+ ?x161 ?x167)))
 (let ((?x169 (+ ?x62 ?x168)))
 (let ((?x170 (- ?x169)))
 (let ((?x162 (- ?x161)))
 (let ((?x171 (+ ?x162 ?x170)))
 (let ((?x172 (* ?x158 ?x171)))
 (let ((?x180 (+ ?x172 ?x179)))
 (let ((?x91 (- b)))
 (let ((?x160 (+ f2 ?x91)))
 (let ((?x181 (* ?x160 ?x180)))
 (let ((?x184 (+ ?x181 ?x183)))
 (let ((?x190 (+ ?x184 ?x189)))
 (let ((?x102 (* f2 1.0)))
 (let ((?x101 (* ?x91 1.0)))
 (let ((?x103 (+ ?x101 ?x102)))
 (let ((?x104 (* ?x62 ?x103)))
 (let ((?x96 (* |g2[1]| 1.0)))
 (let ((?x71 (* ?x68 1.0)))
 (let ((?x94 (* f2 ?x71)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x92 (* ?x91 ?x71)))
 (let ((?x98 (+ ?x92 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (/ ?x99 scale)))
 (let ((?x105 (+ ?x100 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x88 (* |g2[0]| ?x71)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x73 (* 0.0 ?x72)))
 (let ((?x83 (+ ?x73 ?x76)))
 (let ((?x84 (* |h2[1,0]| ?x83)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x81 (+ ?x73 ?x80)))
 (let ((?x82 (* |h2[0,0]| ?x81)))
 (let ((?x85 (+ ?x82 ?x84)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x78 (+ ?x73 ?x77)))
 (let ((?x86 (+ ?x78 ?x85)))
 (let ((?x89 (+ ?x86 ?x88)))
 (let ((?x107 (+ ?x89 ?x106)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x108 (+ ?x58 ?x107)))
 (let ((?x159 (* ?x158 ?x108)))
 (or (and (distinct ?x159 ?x190) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x41 (= exp!1 scale)))
 (=> (> scale 0.0) $x41)))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x1058 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x186 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x187 (* (/ 1.0 2.0) ?x186)))
 (let ((?x366 (* ?x187 ?x1058)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x60 (- ?x8)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x192 (+ ?x64 ?x67)))
 (let ((?x477 (* ?x1058 ?x192)))
 (let ((?x614 (* |g2[0]| ?x477)))
 (let ((?x584 (+ ?x614 ?x366)))
 (let ((?x176 (- ?x59)))
 (let ((?x161 (* 0.0 ?x62)))
 (let ((?x173 (/ (- 1.0) scale)))
 (let ((?x174 (+ ?x173 ?x161)))
 (let ((?x211 (+ ?x174 ?x176)))
 (let ((?x1044 (* ?x1058 ?x211)))
 (let ((?x365 (* |g2[1]| ?x1044)))
 (let ((?x369 (* ?x211 ?x477)))
 (let ((?x164 (/ 1.0 (* ?x61 scale))))
 (let ((?x166 (* ?x164 (- 2.0))))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (+ ?x161 ?x167)))
 (let ((?x169 (+ ?x62 ?x168)))
 (let ((?x162 (- ?x161)))
 (let ((?x1065 (+ ?x162 ?x169)))
 (let ((?x323 (* ?x1058 ?x1065)))
 (let ((?x372 (+ ?x323 ?x369)))
 (let ((?x91 (- b)))
 (let ((?x160 (+ f2 ?x91)))
 (let ((?x376 (* ?x160 ?x372)))
 (let ((?x1042 (+ ?x376 ?x365)))
 (let ((?x1064 (+ ?x1042 ?x584)))
 (let ((?x102 (* f2 1.0)))
 (let ((?x101 (* ?x91 1.0)))
 (let ((?x103 (+ ?x101 ?x102)))
 (let ((?x963 (- ?x103)))
 (let ((?x1093 (* ?x62 ?x963)))
 (let ((?x96 (* |g2[1]| 1.0)))
 (let ((?x707 (* ?x192 1.0)))
 (let ((?x303 (* f2 ?x707)))
 (let ((?x776 (+ ?x303 ?x96)))
 (let ((?x488 (* ?x91 ?x707)))
 (let ((?x328 (+ ?x488 ?x776)))
 (let ((?x476 (/ ?x328 scale)))
 (let ((?x1066 (+ ?x476 ?x1093)))
 (let ((?x472 (- ?x1066)))
 (let ((?x527 (* |g2[0]| ?x707)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x482 (* (/ 1.0 2.0) ?x707)))
 (let ((?x1037 (* 0.0 ?x482)))
 (let ((?x794 (+ ?x1037 ?x76)))
 (let ((?x465 (* |h2[1,0]| ?x794)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x769 (+ ?x1037 ?x80)))
 (let ((?x292 (* |h2[0,0]| ?x769)))
 (let ((?x771 (+ ?x292 ?x465)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x1051 (+ ?x1037 ?x77)))
 (let ((?x1038 (+ ?x1051 ?x771)))
 (let ((?x1060 (+ ?x1038 ?x527)))
 (let ((?x469 (+ ?x1060 ?x472)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x1052 (+ ?x58 ?x469)))
 (let ((?x1055 (* ?x1058 ?x1052)))
 (or (and (distinct ?x1055 ?x1064) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x41 (= exp!1 scale)))
 (=> (> scale 0.0) $x41)))
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
