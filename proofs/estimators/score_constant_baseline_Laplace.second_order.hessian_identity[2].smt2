; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x417 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x197 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x198 (* (/ 1.0 2.0) ?x197)))
 (let ((?x415 (* ?x198 ?x417)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x203 (+ ?x64 ?x67)))
 (let ((?x421 (* ?x417 ?x203)))
 (let ((?x489 (* |g2[1]| ?x421)))
 (let ((?x1116 (+ ?x489 ?x415)))
 (let ((?x178 (/ 1.0 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x174 (- ?x8)))
 (let ((?x175 (* ?x174 ?x62)))
 (let ((?x176 (+ ?x66 ?x175)))
 (let ((?x1107 (+ ?x176 ?x179)))
 (let ((?x1114 (* ?x1107 ?x421)))
 (let ((?x110 (/ 1.0 (* ?x61 scale))))
 (let ((?x112 (* ?x110 (- 2.0))))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x185 (* ?x174 ?x113)))
 (let ((?x186 (+ ?x62 ?x185)))
 (let ((?x187 (+ ?x63 ?x186)))
 (let ((?x184 (- ?x63)))
 (let ((?x550 (+ ?x184 ?x187)))
 (let ((?x667 (* ?x417 ?x550)))
 (let ((?x656 (+ ?x667 ?x1114)))
 (let ((?x90 (- b)))
 (let ((?x183 (+ f2 ?x90)))
 (let ((?x432 (* ?x183 ?x656)))
 (let ((?x673 (* ?x417 ?x1107)))
 (let ((?x1123 (* |g2[0]| ?x673)))
 (let ((?x413 (+ ?x1123 ?x432)))
 (let ((?x551 (+ ?x413 ?x1116)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x1103 (* ?x62 ?x102)))
 (let ((?x838 (- ?x1103)))
 (let ((?x564 (* ?x113 ?x102)))
 (let ((?x95 (* |g2[0]| 1.0)))
 (let ((?x1104 (* ?x203 1.0)))
 (let ((?x1121 (* f2 ?x1104)))
 (let ((?x834 (+ ?x1121 ?x95)))
 (let ((?x271 (* ?x90 ?x1104)))
 (let ((?x407 (+ ?x271 ?x834)))
 (let ((?x233 (* ?x62 ?x407)))
 (let ((?x1131 (+ ?x233 ?x564)))
 (let ((?x554 (* ?x8 ?x1131)))
 (let ((?x1133 (+ ?x554 ?x838)))
 (let ((?x399 (- ?x1133)))
 (let ((?x103 (- ?x102)))
 (let ((?x104 (* 0.0 ?x103)))
 (let ((?x105 (* ?x62 ?x104)))
 (let ((?x258 (- ?x407)))
 (let ((?x412 (/ ?x258 scale)))
 (let ((?x204 (+ ?x412 ?x105)))
 (let ((?x442 (* |g2[1]| ?x1104)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x267 (* (/ 1.0 2.0) ?x1104)))
 (let ((?x1101 (* 0.0 ?x267)))
 (let ((?x854 (+ ?x1101 ?x81)))
 (let ((?x560 (* |h2[1,1]| ?x854)))
 (let ((?x826 (+ ?x1101 ?x75)))
 (let ((?x647 (* |h2[0,1]| ?x826)))
 (let ((?x831 (+ ?x647 ?x560)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x1111 (+ ?x1101 ?x76)))
 (let ((?x1120 (+ ?x1111 ?x831)))
 (let ((?x1151 (+ ?x1120 ?x442)))
 (let ((?x1031 (+ ?x1151 ?x204)))
 (let ((?x1102 (+ ?x1031 ?x399)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x259 (+ ?x58 ?x1102)))
 (let ((?x582 (* ?x417 ?x259)))
 (or (and (distinct ?x582 ?x551) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
