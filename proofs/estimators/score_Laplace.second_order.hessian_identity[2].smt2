; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
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
 (let ((?x143 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x170 (* ?x143 exp!4)))
 (let ((?x194 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x195 (* (/ 1.0 2.0) ?x194)))
 (let ((?x196 (* ?x195 ?x170)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x188 (* ?x170 ?x68)))
 (let ((?x193 (* |g2[1]| ?x188)))
 (let ((?x197 (+ ?x193 ?x196)))
 (let ((?x176 (/ 1.0 scale)))
 (let ((?x177 (- ?x176)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x172 (- ?x8)))
 (let ((?x173 (* ?x172 ?x62)))
 (let ((?x174 (+ ?x66 ?x173)))
 (let ((?x175 (- ?x174)))
 (let ((?x178 (+ ?x175 ?x177)))
 (let ((?x189 (* ?x178 ?x188)))
 (let ((?x108 (/ 1.0 (* ?x61 scale))))
 (let ((?x110 (* ?x108 (- 2.0))))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x182 (* ?x172 ?x111)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x184 (+ ?x63 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x181 (- ?x63)))
 (let ((?x186 (+ ?x181 ?x185)))
 (let ((?x187 (* ?x170 ?x186)))
 (let ((?x190 (+ ?x187 ?x189)))
 (let ((?x191 (* f2 ?x190)))
 (let ((?x179 (* ?x170 ?x178)))
 (let ((?x180 (* |g2[0]| ?x179)))
 (let ((?x192 (+ ?x180 ?x191)))
 (let ((?x198 (+ ?x192 ?x197)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (- ?x100)))
 (let ((?x115 (* ?x62 ?x101)))
 (let ((?x116 (- ?x115)))
 (let ((?x112 (* ?x111 ?x101)))
 (let ((?x93 (* |g2[0]| 1.0)))
 (let ((?x71 (* ?x68 1.0)))
 (let ((?x91 (* f2 ?x71)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x89 (* 0.0 ?x71)))
 (let ((?x95 (+ ?x89 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x106 (* ?x62 ?x96)))
 (let ((?x113 (+ ?x106 ?x112)))
 (let ((?x114 (* ?x8 ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (- ?x117)))
 (let ((?x102 (* 0.0 ?x101)))
 (let ((?x103 (* ?x62 ?x102)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x104 (+ ?x97 ?x103)))
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
 (let ((?x105 (+ ?x88 ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x120 (+ ?x58 ?x119)))
 (let ((?x171 (* ?x170 ?x120)))
 (or (and (distinct ?x171 ?x198) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
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
 (= (< (/ z scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!24) (< exp!4 exp!1)))
(assert
 (= (< log!24 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
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
 (let ((?x170 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x194 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x195 (* (/ 1.0 2.0) ?x194)))
 (let ((?x196 (* ?x195 ?x170)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x188 (* ?x170 ?x68)))
 (let ((?x193 (* |g2[1]| ?x188)))
 (let ((?x197 (+ ?x193 ?x196)))
 (let ((?x176 (/ 1.0 scale)))
 (let ((?x177 (- ?x176)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x172 (- ?x8)))
 (let ((?x173 (* ?x172 ?x62)))
 (let ((?x174 (+ ?x66 ?x173)))
 (let ((?x175 (- ?x174)))
 (let ((?x178 (+ ?x175 ?x177)))
 (let ((?x189 (* ?x178 ?x188)))
 (let ((?x108 (/ 1.0 (* ?x61 scale))))
 (let ((?x110 (* ?x108 (- 2.0))))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x182 (* ?x172 ?x111)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x184 (+ ?x63 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x181 (- ?x63)))
 (let ((?x186 (+ ?x181 ?x185)))
 (let ((?x187 (* ?x170 ?x186)))
 (let ((?x190 (+ ?x187 ?x189)))
 (let ((?x191 (* f2 ?x190)))
 (let ((?x179 (* ?x170 ?x178)))
 (let ((?x180 (* |g2[0]| ?x179)))
 (let ((?x192 (+ ?x180 ?x191)))
 (let ((?x198 (+ ?x192 ?x197)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (- ?x100)))
 (let ((?x115 (* ?x62 ?x101)))
 (let ((?x116 (- ?x115)))
 (let ((?x112 (* ?x111 ?x101)))
 (let ((?x93 (* |g2[0]| 1.0)))
 (let ((?x71 (* ?x68 1.0)))
 (let ((?x91 (* f2 ?x71)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x89 (* 0.0 ?x71)))
 (let ((?x95 (+ ?x89 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x106 (* ?x62 ?x96)))
 (let ((?x113 (+ ?x106 ?x112)))
 (let ((?x114 (* ?x8 ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (- ?x117)))
 (let ((?x102 (* 0.0 ?x101)))
 (let ((?x103 (* ?x62 ?x102)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x104 (+ ?x97 ?x103)))
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
 (let ((?x105 (+ ?x88 ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x120 (+ ?x58 ?x119)))
 (let ((?x171 (* ?x170 ?x120)))
 (or (and (distinct ?x171 ?x198) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
 (= (< (/ z scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!24) (< exp!4 exp!1)))
(assert
 (= (< log!24 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
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
 (let ((?x316 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x194 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x195 (* (/ 1.0 2.0) ?x194)))
 (let ((?x1030 (* ?x195 ?x316)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x200 (+ ?x64 ?x67)))
 (let ((?x563 (* ?x316 ?x200)))
 (let ((?x748 (* |g2[1]| ?x563)))
 (let ((?x728 (+ ?x748 ?x1030)))
 (let ((?x176 (/ 1.0 scale)))
 (let ((?x177 (- ?x176)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x172 (- ?x8)))
 (let ((?x173 (* ?x172 ?x62)))
 (let ((?x174 (+ ?x66 ?x173)))
 (let ((?x516 (+ ?x174 ?x177)))
 (let ((?x708 (* ?x516 ?x563)))
 (let ((?x108 (/ 1.0 (* ?x61 scale))))
 (let ((?x110 (* ?x108 (- 2.0))))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x182 (* ?x172 ?x111)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x184 (+ ?x63 ?x183)))
 (let ((?x181 (- ?x63)))
 (let ((?x554 (+ ?x181 ?x184)))
 (let ((?x348 (* ?x316 ?x554)))
 (let ((?x449 (+ ?x348 ?x708)))
 (let ((?x417 (* f2 ?x449)))
 (let ((?x1022 (* ?x316 ?x516)))
 (let ((?x1032 (* |g2[0]| ?x1022)))
 (let ((?x1037 (+ ?x1032 ?x417)))
 (let ((?x908 (+ ?x1037 ?x728)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x322 (* ?x62 ?x100)))
 (let ((?x1034 (- ?x322)))
 (let ((?x257 (* ?x111 ?x100)))
 (let ((?x93 (* |g2[0]| 1.0)))
 (let ((?x570 (* ?x200 1.0)))
 (let ((?x1016 (* f2 ?x570)))
 (let ((?x249 (+ ?x1016 ?x93)))
 (let ((?x555 (* 0.0 ?x570)))
 (let ((?x342 (+ ?x555 ?x249)))
 (let ((?x565 (* ?x62 ?x342)))
 (let ((?x525 (+ ?x565 ?x257)))
 (let ((?x350 (* ?x8 ?x525)))
 (let ((?x1038 (+ ?x350 ?x1034)))
 (let ((?x310 (- ?x1038)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (* 0.0 ?x101)))
 (let ((?x103 (* ?x62 ?x102)))
 (let ((?x1020 (- ?x342)))
 (let ((?x1006 (/ ?x1020 scale)))
 (let ((?x360 (+ ?x1006 ?x103)))
 (let ((?x1009 (* |g2[1]| ?x570)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x250 (* (/ 1.0 2.0) ?x570)))
 (let ((?x349 (* 0.0 ?x250)))
 (let ((?x698 (+ ?x349 ?x81)))
 (let ((?x1011 (* |h2[1,1]| ?x698)))
 (let ((?x1005 (+ ?x349 ?x75)))
 (let ((?x524 (* |h2[0,1]| ?x1005)))
 (let ((?x326 (+ ?x524 ?x1011)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x837 (+ ?x349 ?x76)))
 (let ((?x1010 (+ ?x837 ?x326)))
 (let ((?x566 (+ ?x1010 ?x1009)))
 (let ((?x1012 (+ ?x566 ?x360)))
 (let ((?x364 (+ ?x1012 ?x310)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x937 (+ ?x58 ?x364)))
 (let ((?x293 (* ?x316 ?x937)))
 (or (and (distinct ?x293 ?x908) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
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
 (= (< (/ z scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!24) (< exp!4 exp!1)))
(assert
 (= (< log!24 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
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
 (let ((?x316 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x194 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x195 (* (/ 1.0 2.0) ?x194)))
 (let ((?x1030 (* ?x195 ?x316)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x200 (+ ?x64 ?x67)))
 (let ((?x563 (* ?x316 ?x200)))
 (let ((?x748 (* |g2[1]| ?x563)))
 (let ((?x728 (+ ?x748 ?x1030)))
 (let ((?x176 (/ 1.0 scale)))
 (let ((?x177 (- ?x176)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x172 (- ?x8)))
 (let ((?x173 (* ?x172 ?x62)))
 (let ((?x174 (+ ?x66 ?x173)))
 (let ((?x516 (+ ?x174 ?x177)))
 (let ((?x708 (* ?x516 ?x563)))
 (let ((?x108 (/ 1.0 (* ?x61 scale))))
 (let ((?x110 (* ?x108 (- 2.0))))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x182 (* ?x172 ?x111)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x184 (+ ?x63 ?x183)))
 (let ((?x181 (- ?x63)))
 (let ((?x554 (+ ?x181 ?x184)))
 (let ((?x348 (* ?x316 ?x554)))
 (let ((?x449 (+ ?x348 ?x708)))
 (let ((?x417 (* f2 ?x449)))
 (let ((?x1022 (* ?x316 ?x516)))
 (let ((?x1032 (* |g2[0]| ?x1022)))
 (let ((?x1037 (+ ?x1032 ?x417)))
 (let ((?x908 (+ ?x1037 ?x728)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x322 (* ?x62 ?x100)))
 (let ((?x1034 (- ?x322)))
 (let ((?x257 (* ?x111 ?x100)))
 (let ((?x93 (* |g2[0]| 1.0)))
 (let ((?x570 (* ?x200 1.0)))
 (let ((?x1016 (* f2 ?x570)))
 (let ((?x249 (+ ?x1016 ?x93)))
 (let ((?x555 (* 0.0 ?x570)))
 (let ((?x342 (+ ?x555 ?x249)))
 (let ((?x565 (* ?x62 ?x342)))
 (let ((?x525 (+ ?x565 ?x257)))
 (let ((?x350 (* ?x8 ?x525)))
 (let ((?x1038 (+ ?x350 ?x1034)))
 (let ((?x310 (- ?x1038)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (* 0.0 ?x101)))
 (let ((?x103 (* ?x62 ?x102)))
 (let ((?x1020 (- ?x342)))
 (let ((?x1006 (/ ?x1020 scale)))
 (let ((?x360 (+ ?x1006 ?x103)))
 (let ((?x1009 (* |g2[1]| ?x570)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x250 (* (/ 1.0 2.0) ?x570)))
 (let ((?x349 (* 0.0 ?x250)))
 (let ((?x698 (+ ?x349 ?x81)))
 (let ((?x1011 (* |h2[1,1]| ?x698)))
 (let ((?x1005 (+ ?x349 ?x75)))
 (let ((?x524 (* |h2[0,1]| ?x1005)))
 (let ((?x326 (+ ?x524 ?x1011)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x837 (+ ?x349 ?x76)))
 (let ((?x1010 (+ ?x837 ?x326)))
 (let ((?x566 (+ ?x1010 ?x1009)))
 (let ((?x1012 (+ ?x566 ?x360)))
 (let ((?x364 (+ ?x1012 ?x310)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x937 (+ ?x58 ?x364)))
 (let ((?x293 (* ?x316 ?x937)))
 (or (and (distinct ?x293 ?x908) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
 (= (< (/ z scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!24) (< exp!4 exp!1)))
(assert
 (= (< log!24 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (/ loc scale)) (< exp!2 exp!4)))
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
