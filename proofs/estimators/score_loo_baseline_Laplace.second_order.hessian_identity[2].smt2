; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x172 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
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
 (or (and (distinct ?x173 ?x201) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
 (let ((?x691 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x197 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x198 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1124 (* ?x198 ?x691)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x203 (+ ?x64 ?x67)))
 (let ((?x257 (* ?x691 ?x203)))
 (let ((?x842 (* |g2[1]| ?x257)))
 (let ((?x760 (+ ?x842 ?x1124)))
 (let ((?x178 (/ 1.0 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x174 (- ?x8)))
 (let ((?x175 (* ?x174 ?x62)))
 (let ((?x176 (+ ?x66 ?x175)))
 (let ((?x825 (+ ?x176 ?x179)))
 (let ((?x1101 (* ?x825 ?x257)))
 (let ((?x110 (/ 1.0 (* ?x61 scale))))
 (let ((?x112 (* ?x110 (- 2.0))))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x185 (* ?x174 ?x113)))
 (let ((?x186 (+ ?x62 ?x185)))
 (let ((?x187 (+ ?x63 ?x186)))
 (let ((?x184 (- ?x63)))
 (let ((?x569 (+ ?x184 ?x187)))
 (let ((?x563 (* ?x691 ?x569)))
 (let ((?x266 (+ ?x563 ?x1101)))
 (let ((?x90 (- b)))
 (let ((?x183 (+ f2 ?x90)))
 (let ((?x259 (* ?x183 ?x266)))
 (let ((?x270 (* ?x691 ?x825)))
 (let ((?x421 (* |g2[0]| ?x270)))
 (let ((?x1128 (+ ?x421 ?x259)))
 (let ((?x1031 (+ ?x1128 ?x760)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x1131 (* ?x62 ?x102)))
 (let ((?x1103 (- ?x1131)))
 (let ((?x402 (* ?x113 ?x102)))
 (let ((?x95 (* |g2[0]| 1.0)))
 (let ((?x422 (* ?x203 1.0)))
 (let ((?x807 (* f2 ?x422)))
 (let ((?x408 (+ ?x807 ?x95)))
 (let ((?x489 (* ?x90 ?x422)))
 (let ((?x1113 (+ ?x489 ?x408)))
 (let ((?x233 (* ?x62 ?x1113)))
 (let ((?x1134 (+ ?x233 ?x402)))
 (let ((?x833 (* ?x8 ?x1134)))
 (let ((?x483 (+ ?x833 ?x1103)))
 (let ((?x222 (- ?x483)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x105 (* ?x62 ?x104)))
 (let ((?x440 (- ?x1113)))
 (let ((?x395 (/ ?x440 scale)))
 (let ((?x276 (+ ?x395 ?x105)))
 (let ((?x432 (* |g2[1]| ?x422)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x399 (* (/ 1.0 2.0) ?x422)))
 (let ((?x1127 (* 0.0 ?x399)))
 (let ((?x768 (+ ?x1127 ?x81)))
 (let ((?x1104 (* |h2[1,1]| ?x768)))
 (let ((?x564 (+ ?x1127 ?x75)))
 (let ((?x436 (* |h2[0,1]| ?x564)))
 (let ((?x1110 (+ ?x436 ?x1104)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x406 (+ ?x1127 ?x76)))
 (let ((?x1109 (+ ?x406 ?x1110)))
 (let ((?x256 (+ ?x1109 ?x432)))
 (let ((?x1102 (+ ?x256 ?x276)))
 (let ((?x1126 (+ ?x1102 ?x222)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x1108 (+ ?x58 ?x1126)))
 (let ((?x426 (* ?x691 ?x1108)))
 (or (and (distinct ?x426 ?x1031) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x691 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x197 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x198 (* (/ 1.0 2.0) ?x197)))
 (let ((?x1124 (* ?x198 ?x691)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x203 (+ ?x64 ?x67)))
 (let ((?x257 (* ?x691 ?x203)))
 (let ((?x842 (* |g2[1]| ?x257)))
 (let ((?x760 (+ ?x842 ?x1124)))
 (let ((?x178 (/ 1.0 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x174 (- ?x8)))
 (let ((?x175 (* ?x174 ?x62)))
 (let ((?x176 (+ ?x66 ?x175)))
 (let ((?x825 (+ ?x176 ?x179)))
 (let ((?x1101 (* ?x825 ?x257)))
 (let ((?x110 (/ 1.0 (* ?x61 scale))))
 (let ((?x112 (* ?x110 (- 2.0))))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x185 (* ?x174 ?x113)))
 (let ((?x186 (+ ?x62 ?x185)))
 (let ((?x187 (+ ?x63 ?x186)))
 (let ((?x184 (- ?x63)))
 (let ((?x569 (+ ?x184 ?x187)))
 (let ((?x563 (* ?x691 ?x569)))
 (let ((?x266 (+ ?x563 ?x1101)))
 (let ((?x90 (- b)))
 (let ((?x183 (+ f2 ?x90)))
 (let ((?x259 (* ?x183 ?x266)))
 (let ((?x270 (* ?x691 ?x825)))
 (let ((?x421 (* |g2[0]| ?x270)))
 (let ((?x1128 (+ ?x421 ?x259)))
 (let ((?x1031 (+ ?x1128 ?x760)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x1131 (* ?x62 ?x102)))
 (let ((?x1103 (- ?x1131)))
 (let ((?x402 (* ?x113 ?x102)))
 (let ((?x95 (* |g2[0]| 1.0)))
 (let ((?x422 (* ?x203 1.0)))
 (let ((?x807 (* f2 ?x422)))
 (let ((?x408 (+ ?x807 ?x95)))
 (let ((?x489 (* ?x90 ?x422)))
 (let ((?x1113 (+ ?x489 ?x408)))
 (let ((?x233 (* ?x62 ?x1113)))
 (let ((?x1134 (+ ?x233 ?x402)))
 (let ((?x833 (* ?x8 ?x1134)))
 (let ((?x483 (+ ?x833 ?x1103)))
 (let ((?x222 (- ?x483)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x105 (* ?x62 ?x104)))
 (let ((?x440 (- ?x1113)))
 (let ((?x395 (/ ?x440 scale)))
 (let ((?x276 (+ ?x395 ?x105)))
 (let ((?x432 (* |g2[1]| ?x422)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x399 (* (/ 1.0 2.0) ?x422)))
 (let ((?x1127 (* 0.0 ?x399)))
 (let ((?x768 (+ ?x1127 ?x81)))
 (let ((?x1104 (* |h2[1,1]| ?x768)))
 (let ((?x564 (+ ?x1127 ?x75)))
 (let ((?x436 (* |h2[0,1]| ?x564)))
 (let ((?x1110 (+ ?x436 ?x1104)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x406 (+ ?x1127 ?x76)))
 (let ((?x1109 (+ ?x406 ?x1110)))
 (let ((?x256 (+ ?x1109 ?x432)))
 (let ((?x1102 (+ ?x256 ?x276)))
 (let ((?x1126 (+ ?x1102 ?x222)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x1108 (+ ?x58 ?x1126)))
 (let ((?x426 (* ?x691 ?x1108)))
 (or (and (distinct ?x426 ?x1031) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
