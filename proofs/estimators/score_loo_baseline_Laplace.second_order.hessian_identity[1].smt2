; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[1]', verdict proved
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
 (let ((?x130 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x157 (* ?x130 exp!4)))
 (let ((?x185 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x186 (* (/ 1.0 2.0) ?x185)))
 (let ((?x187 (* ?x186 ?x157)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x59 (- ?x8)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x63 (+ ?x58 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x177 (* ?x157 ?x67)))
 (let ((?x184 (* |g2[0]| ?x177)))
 (let ((?x188 (+ ?x184 ?x187)))
 (let ((?x175 (- ?x58)))
 (let ((?x160 (* 0.0 ?x61)))
 (let ((?x172 (/ (- 1.0) scale)))
 (let ((?x173 (+ ?x172 ?x160)))
 (let ((?x174 (- ?x173)))
 (let ((?x176 (+ ?x174 ?x175)))
 (let ((?x181 (* ?x157 ?x176)))
 (let ((?x182 (* |g2[1]| ?x181)))
 (let ((?x178 (* ?x176 ?x177)))
 (let ((?x163 (/ 1.0 (* ?x60 scale))))
 (let ((?x165 (* ?x163 (- 2.0))))
 (let ((?x166 (* 0.0 ?x165)))
 (let ((?x167 (+ ?x160 ?x166)))
 (let ((?x168 (+ ?x61 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x161 (- ?x160)))
 (let ((?x170 (+ ?x161 ?x169)))
 (let ((?x171 (* ?x157 ?x170)))
 (let ((?x179 (+ ?x171 ?x178)))
 (let ((?x90 (- b)))
 (let ((?x159 (+ f2 ?x90)))
 (let ((?x180 (* ?x159 ?x179)))
 (let ((?x183 (+ ?x180 ?x182)))
 (let ((?x189 (+ ?x183 ?x188)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (* ?x61 ?x102)))
 (let ((?x95 (* |g2[1]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x93 (* f2 ?x70)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x91 (* ?x90 ?x70)))
 (let ((?x97 (+ ?x91 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x104 (+ ?x99 ?x103)))
 (let ((?x105 (- ?x104)))
 (let ((?x87 (* |g2[0]| ?x70)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x71 (* (/ 1.0 2.0) ?x70)))
 (let ((?x72 (* 0.0 ?x71)))
 (let ((?x82 (+ ?x72 ?x75)))
 (let ((?x83 (* |h2[1,0]| ?x82)))
 (let ((?x79 (* 0.0 ?x75)))
 (let ((?x80 (+ ?x72 ?x79)))
 (let ((?x81 (* |h2[0,0]| ?x80)))
 (let ((?x84 (+ ?x81 ?x83)))
 (let ((?x76 (* |h2[0,1]| ?x75)))
 (let ((?x77 (+ ?x72 ?x76)))
 (let ((?x85 (+ ?x77 ?x84)))
 (let ((?x88 (+ ?x85 ?x87)))
 (let ((?x106 (+ ?x88 ?x105)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x107 (+ ?x57 ?x106)))
 (let ((?x158 (* ?x157 ?x107)))
 (or (and (distinct ?x158 ?x189) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1054 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x185 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x186 (* (/ 1.0 2.0) ?x185)))
 (let ((?x699 (* ?x186 ?x1054)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x59 (- ?x8)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x63 (+ ?x58 ?x62)))
 (let ((?x191 (+ ?x63 ?x66)))
 (let ((?x1049 (* ?x1054 ?x191)))
 (let ((?x1044 (* |g2[0]| ?x1049)))
 (let ((?x706 (+ ?x1044 ?x699)))
 (let ((?x175 (- ?x58)))
 (let ((?x160 (* 0.0 ?x61)))
 (let ((?x172 (/ (- 1.0) scale)))
 (let ((?x173 (+ ?x172 ?x160)))
 (let ((?x1052 (+ ?x173 ?x175)))
 (let ((?x738 (* ?x1054 ?x1052)))
 (let ((?x1042 (* |g2[1]| ?x738)))
 (let ((?x1050 (* ?x1052 ?x1049)))
 (let ((?x163 (/ 1.0 (* ?x60 scale))))
 (let ((?x165 (* ?x163 (- 2.0))))
 (let ((?x166 (* 0.0 ?x165)))
 (let ((?x167 (+ ?x160 ?x166)))
 (let ((?x168 (+ ?x61 ?x167)))
 (let ((?x161 (- ?x160)))
 (let ((?x782 (+ ?x161 ?x168)))
 (let ((?x1034 (* ?x1054 ?x782)))
 (let ((?x1046 (+ ?x1034 ?x1050)))
 (let ((?x90 (- b)))
 (let ((?x159 (+ f2 ?x90)))
 (let ((?x1047 (* ?x159 ?x1046)))
 (let ((?x1043 (+ ?x1047 ?x1042)))
 (let ((?x1038 (+ ?x1043 ?x706)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x774 (- ?x102)))
 (let ((?x775 (* ?x61 ?x774)))
 (let ((?x95 (* |g2[1]| 1.0)))
 (let ((?x1031 (* ?x191 1.0)))
 (let ((?x763 (* f2 ?x1031)))
 (let ((?x768 (+ ?x763 ?x95)))
 (let ((?x225 (* ?x90 ?x1031)))
 (let ((?x769 (+ ?x225 ?x768)))
 (let ((?x770 (/ ?x769 scale)))
 (let ((?x777 (+ ?x770 ?x775)))
 (let ((?x778 (- ?x777)))
 (let ((?x762 (* |g2[0]| ?x1031)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x1064 (* (/ 1.0 2.0) ?x1031)))
 (let ((?x732 (* 0.0 ?x1064)))
 (let ((?x1057 (+ ?x732 ?x75)))
 (let ((?x1058 (* |h2[1,0]| ?x1057)))
 (let ((?x79 (* 0.0 ?x75)))
 (let ((?x1061 (+ ?x732 ?x79)))
 (let ((?x707 (* |h2[0,0]| ?x1061)))
 (let ((?x793 (+ ?x707 ?x1058)))
 (let ((?x76 (* |h2[0,1]| ?x75)))
 (let ((?x1060 (+ ?x732 ?x76)))
 (let ((?x740 (+ ?x1060 ?x793)))
 (let ((?x222 (+ ?x740 ?x762)))
 (let ((?x779 (+ ?x222 ?x778)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x302 (+ ?x57 ?x779)))
 (let ((?x1055 (* ?x1054 ?x302)))
 (or (and (distinct ?x1055 ?x1038) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
