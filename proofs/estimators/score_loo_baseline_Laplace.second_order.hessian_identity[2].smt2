; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x145 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x172 (* ?x145 exp!4)))
 (let ((?x197 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x198 (* (/ 1.0 2.0) ?x197)))
 (let ((?x199 (* ?x198 ?x172)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x191 (* ?x172 ?x68)))
 (let ((?x196 (* |g2[1]| ?x191)))
 (let ((?x200 (+ ?x196 ?x199)))
 (let ((?x178 (/ 1.0 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x174 (- ?x8)))
 (let ((?x175 (* ?x174 ?x62)))
 (let ((?x176 (+ ?x66 ?x175)))
 (let ((?x177 (- ?x176)))
 (let ((?x180 (+ ?x177 ?x179)))
 (let ((?x192 (* ?x180 ?x191)))
 (let ((?x110 (/ 1.0 (* ?x61 scale))))
 (let ((?x112 (* ?x110 (- 2.0))))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x185 (* ?x174 ?x113)))
 (let ((?x186 (+ ?x62 ?x185)))
 (let ((?x187 (+ ?x63 ?x186)))
 (let ((?x188 (- ?x187)))
 (let ((?x184 (- ?x63)))
 (let ((?x189 (+ ?x184 ?x188)))
 (let ((?x190 (* ?x172 ?x189)))
 (let ((?x193 (+ ?x190 ?x192)))
 (let ((?x90 (- b)))
 (let ((?x183 (+ f2 ?x90)))
 (let ((?x194 (* ?x183 ?x193)))
 (let ((?x181 (* ?x172 ?x180)))
 (let ((?x182 (* |g2[0]| ?x181)))
 (let ((?x195 (+ ?x182 ?x194)))
 (let ((?x201 (+ ?x195 ?x200)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x117 (* ?x62 ?x103)))
 (let ((?x118 (- ?x117)))
 (let ((?x114 (* ?x113 ?x103)))
 (let ((?x95 (* |g2[0]| 1.0)))
 (let ((?x71 (* ?x68 1.0)))
 (let ((?x93 (* f2 ?x71)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x91 (* ?x90 ?x71)))
 (let ((?x97 (+ ?x91 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x108 (* ?x62 ?x98)))
 (let ((?x115 (+ ?x108 ?x114)))
 (let ((?x116 (* ?x8 ?x115)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x105 (* ?x62 ?x104)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x106 (+ ?x99 ?x105)))
 (let ((?x87 (* |g2[1]| ?x71)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x73 (* 0.0 ?x72)))
 (let ((?x82 (+ ?x73 ?x81)))
 (let ((?x83 (* |h2[1,1]| ?x82)))
 (let ((?x78 (+ ?x73 ?x75)))
 (let ((?x79 (* |h2[0,1]| ?x78)))
 (let ((?x84 (+ ?x79 ?x83)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x77 (+ ?x73 ?x76)))
 (let ((?x85 (+ ?x77 ?x84)))
 (let ((?x88 (+ ?x85 ?x87)))
 (let ((?x107 (+ ?x88 ?x106)))
 (let ((?x121 (+ ?x107 ?x120)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x122 (+ ?x58 ?x121)))
 (let ((?x173 (* ?x172 ?x122)))
 (or (and (distinct ?x173 ?x201) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x41 (= exp!1 scale)))
 (=> (> scale 0.0) $x41)))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x520 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x197 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x198 (* (/ 1.0 2.0) ?x197)))
 (let ((?x605 (* ?x198 ?x520)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x203 (+ ?x64 ?x67)))
 (let ((?x607 (* ?x520 ?x203)))
 (let ((?x417 (* |g2[1]| ?x607)))
 (let ((?x702 (+ ?x417 ?x605)))
 (let ((?x178 (/ 1.0 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x174 (- ?x8)))
 (let ((?x175 (* ?x174 ?x62)))
 (let ((?x176 (+ ?x66 ?x175)))
 (let ((?x838 (+ ?x176 ?x179)))
 (let ((?x608 (* ?x838 ?x607)))
 (let ((?x110 (/ 1.0 (* ?x61 scale))))
 (let ((?x112 (* ?x110 (- 2.0))))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x185 (* ?x174 ?x113)))
 (let ((?x186 (+ ?x62 ?x185)))
 (let ((?x187 (+ ?x63 ?x186)))
 (let ((?x184 (- ?x63)))
 (let ((?x489 (+ ?x184 ?x187)))
 (let ((?x691 (* ?x520 ?x489)))
 (let ((?x834 (+ ?x691 ?x608)))
 (let ((?x90 (- b)))
 (let ((?x183 (+ f2 ?x90)))
 (let ((?x436 (* ?x183 ?x834)))
 (let ((?x222 (* ?x520 ?x838)))
 (let ((?x1102 (* |g2[0]| ?x222)))
 (let ((?x562 (+ ?x1102 ?x436)))
 (let ((?x407 (+ ?x562 ?x702)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x1134 (* ?x62 ?x102)))
 (let ((?x833 (- ?x1134)))
 (let ((?x1151 (* ?x113 ?x102)))
 (let ((?x95 (* |g2[0]| 1.0)))
 (let ((?x704 (* ?x203 1.0)))
 (let ((?x1116 (* f2 ?x704)))
 (let ((?x1131 (+ ?x1116 ?x95)))
 (let ((?x259 (* ?x90 ?x704)))
 (let ((?x484 (+ ?x259 ?x1131)))
 (let ((?x1104 (* ?x62 ?x484)))
 (let ((?x1117 (+ ?x1104 ?x1151)))
 (let ((?x1031 (* ?x8 ?x1117)))
 (let ((?x831 (+ ?x1031 ?x833)))
 (let ((?x1120 (- ?x831)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x105 (* ?x62 ?x104)))
 (let ((?x1126 (- ?x484)))
 (let ((?x561 (/ ?x1126 scale)))
 (let ((?x555 (+ ?x561 ?x105)))
 (let ((?x257 (* |g2[1]| ?x704)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x256 (* (/ 1.0 2.0) ?x704)))
 (let ((?x1101 (* 0.0 ?x256)))
 (let ((?x569 (+ ?x1101 ?x81)))
 (let ((?x412 (* |h2[1,1]| ?x569)))
 (let ((?x854 (+ ?x1101 ?x75)))
 (let ((?x551 (* |h2[0,1]| ?x854)))
 (let ((?x1111 (+ ?x551 ?x412)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x647 (+ ?x1101 ?x76)))
 (let ((?x826 (+ ?x647 ?x1111)))
 (let ((?x564 (+ ?x826 ?x257)))
 (let ((?x768 (+ ?x564 ?x555)))
 (let ((?x274 (+ ?x768 ?x1120)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x411 (+ ?x58 ?x274)))
 (let ((?x1103 (* ?x520 ?x411)))
 (or (and (distinct ?x1103 ?x407) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x41 (= exp!1 scale)))
 (=> (> scale 0.0) $x41)))
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
