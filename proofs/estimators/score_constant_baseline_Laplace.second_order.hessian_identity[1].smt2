; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'second_order.hessian_identity[1]', verdict proved
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
 (let ((?x158 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
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
 (or (and (distinct ?x159 ?x190) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x292 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x186 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x187 (* (/ 1.0 2.0) ?x186)))
 (let ((?x474 (* ?x187 ?x292)))
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
 (let ((?x315 (* ?x292 ?x192)))
 (let ((?x476 (* |g2[0]| ?x315)))
 (let ((?x483 (+ ?x476 ?x474)))
 (let ((?x176 (- ?x59)))
 (let ((?x161 (* 0.0 ?x62)))
 (let ((?x173 (/ (- 1.0) scale)))
 (let ((?x174 (+ ?x173 ?x161)))
 (let ((?x374 (+ ?x174 ?x176)))
 (let ((?x504 (* ?x292 ?x374)))
 (let ((?x593 (* |g2[1]| ?x504)))
 (let ((?x503 (* ?x374 ?x315)))
 (let ((?x164 (/ 1.0 (* ?x61 scale))))
 (let ((?x166 (* ?x164 (- 2.0))))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (+ ?x161 ?x167)))
 (let ((?x169 (+ ?x62 ?x168)))
 (let ((?x162 (- ?x161)))
 (let ((?x1064 (+ ?x162 ?x169)))
 (let ((?x323 (* ?x292 ?x1064)))
 (let ((?x1057 (+ ?x323 ?x503)))
 (let ((?x91 (- b)))
 (let ((?x160 (+ f2 ?x91)))
 (let ((?x224 (* ?x160 ?x1057)))
 (let ((?x1042 (+ ?x224 ?x593)))
 (let ((?x1037 (+ ?x1042 ?x483)))
 (let ((?x102 (* f2 1.0)))
 (let ((?x101 (* ?x91 1.0)))
 (let ((?x103 (+ ?x101 ?x102)))
 (let ((?x1031 (- ?x103)))
 (let ((?x1054 (* ?x62 ?x1031)))
 (let ((?x96 (* |g2[1]| 1.0)))
 (let ((?x333 (* ?x192 1.0)))
 (let ((?x210 (* f2 ?x333)))
 (let ((?x484 (+ ?x210 ?x96)))
 (let ((?x477 (* ?x91 ?x333)))
 (let ((?x1032 (+ ?x477 ?x484)))
 (let ((?x1041 (/ ?x1032 scale)))
 (let ((?x211 (+ ?x1041 ?x1054)))
 (let ((?x479 (- ?x211)))
 (let ((?x1046 (* |g2[0]| ?x333)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x358 (* (/ 1.0 2.0) ?x333)))
 (let ((?x475 (* 0.0 ?x358)))
 (let ((?x739 (+ ?x475 ?x76)))
 (let ((?x707 (* |h2[1,0]| ?x739)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x614 (+ ?x475 ?x80)))
 (let ((?x193 (* |h2[0,0]| ?x614)))
 (let ((?x1033 (+ ?x193 ?x707)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x604 (+ ?x475 ?x77)))
 (let ((?x700 (+ ?x604 ?x1033)))
 (let ((?x482 (+ ?x700 ?x1046)))
 (let ((?x1035 (+ ?x482 ?x479)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x1052 (+ ?x58 ?x1035)))
 (let ((?x361 (* ?x292 ?x1052)))
 (or (and (distinct ?x361 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x292 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x186 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x187 (* (/ 1.0 2.0) ?x186)))
 (let ((?x474 (* ?x187 ?x292)))
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
 (let ((?x315 (* ?x292 ?x192)))
 (let ((?x476 (* |g2[0]| ?x315)))
 (let ((?x483 (+ ?x476 ?x474)))
 (let ((?x176 (- ?x59)))
 (let ((?x161 (* 0.0 ?x62)))
 (let ((?x173 (/ (- 1.0) scale)))
 (let ((?x174 (+ ?x173 ?x161)))
 (let ((?x374 (+ ?x174 ?x176)))
 (let ((?x504 (* ?x292 ?x374)))
 (let ((?x593 (* |g2[1]| ?x504)))
 (let ((?x503 (* ?x374 ?x315)))
 (let ((?x164 (/ 1.0 (* ?x61 scale))))
 (let ((?x166 (* ?x164 (- 2.0))))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (+ ?x161 ?x167)))
 (let ((?x169 (+ ?x62 ?x168)))
 (let ((?x162 (- ?x161)))
 (let ((?x1064 (+ ?x162 ?x169)))
 (let ((?x323 (* ?x292 ?x1064)))
 (let ((?x1057 (+ ?x323 ?x503)))
 (let ((?x91 (- b)))
 (let ((?x160 (+ f2 ?x91)))
 (let ((?x224 (* ?x160 ?x1057)))
 (let ((?x1042 (+ ?x224 ?x593)))
 (let ((?x1037 (+ ?x1042 ?x483)))
 (let ((?x102 (* f2 1.0)))
 (let ((?x101 (* ?x91 1.0)))
 (let ((?x103 (+ ?x101 ?x102)))
 (let ((?x1031 (- ?x103)))
 (let ((?x1054 (* ?x62 ?x1031)))
 (let ((?x96 (* |g2[1]| 1.0)))
 (let ((?x333 (* ?x192 1.0)))
 (let ((?x210 (* f2 ?x333)))
 (let ((?x484 (+ ?x210 ?x96)))
 (let ((?x477 (* ?x91 ?x333)))
 (let ((?x1032 (+ ?x477 ?x484)))
 (let ((?x1041 (/ ?x1032 scale)))
 (let ((?x211 (+ ?x1041 ?x1054)))
 (let ((?x479 (- ?x211)))
 (let ((?x1046 (* |g2[0]| ?x333)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x358 (* (/ 1.0 2.0) ?x333)))
 (let ((?x475 (* 0.0 ?x358)))
 (let ((?x739 (+ ?x475 ?x76)))
 (let ((?x707 (* |h2[1,0]| ?x739)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x614 (+ ?x475 ?x80)))
 (let ((?x193 (* |h2[0,0]| ?x614)))
 (let ((?x1033 (+ ?x193 ?x707)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x604 (+ ?x475 ?x77)))
 (let ((?x700 (+ ?x604 ?x1033)))
 (let ((?x482 (+ ?x700 ?x1046)))
 (let ((?x1035 (+ ?x482 ?x479)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x1052 (+ ?x58 ?x1035)))
 (let ((?x361 (* ?x292 ?x1052)))
 (or (and (distinct ?x361 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
