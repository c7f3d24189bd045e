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
 (let ((?x144 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x171 (* ?x144 exp!4)))
 (let ((?x196 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x197 (* (/ 1.0 2.0) ?x196)))
 (let ((?x198 (* ?x197 ?x171)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x190 (* ?x171 ?x67)))
 (let ((?x195 (* |g2[1]| ?x190)))
 (let ((?x199 (+ ?x195 ?x198)))
 (let ((?x177 (/ 1.0 scale)))
 (let ((?x178 (- ?x177)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x173 (- ?x8)))
 (let ((?x174 (* ?x173 ?x61)))
 (let ((?x175 (+ ?x65 ?x174)))
 (let ((?x176 (- ?x175)))
 (let ((?x179 (+ ?x176 ?x178)))
 (let ((?x191 (* ?x179 ?x190)))
 (let ((?x109 (/ 1.0 (* ?x60 scale))))
 (let ((?x111 (* ?x109 (- 2.0))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x184 (* ?x173 ?x112)))
 (let ((?x185 (+ ?x61 ?x184)))
 (let ((?x186 (+ ?x62 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x183 (- ?x62)))
 (let ((?x188 (+ ?x183 ?x187)))
 (let ((?x189 (* ?x171 ?x188)))
 (let ((?x192 (+ ?x189 ?x191)))
 (let ((?x89 (- b)))
 (let ((?x182 (+ f2 ?x89)))
 (let ((?x193 (* ?x182 ?x192)))
 (let ((?x180 (* ?x171 ?x179)))
 (let ((?x181 (* |g2[0]| ?x180)))
 (let ((?x194 (+ ?x181 ?x193)))
 (let ((?x200 (+ ?x194 ?x199)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* ?x89 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (* ?x61 ?x102)))
 (let ((?x117 (- ?x116)))
 (let ((?x113 (* ?x112 ?x102)))
 (let ((?x94 (* |g2[0]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x92 (* f2 ?x70)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x90 (* ?x89 ?x70)))
 (let ((?x96 (+ ?x90 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x107 (* ?x61 ?x97)))
 (let ((?x114 (+ ?x107 ?x113)))
 (let ((?x115 (* ?x8 ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (* ?x61 ?x103)))
 (let ((?x98 (/ ?x97 scale)))
 (let ((?x105 (+ ?x98 ?x104)))
 (let ((?x86 (* |g2[1]| ?x70)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x80 (* 0.0 ?x74)))
 (let ((?x71 (* (/ 1.0 2.0) ?x70)))
 (let ((?x72 (* 0.0 ?x71)))
 (let ((?x81 (+ ?x72 ?x80)))
 (let ((?x82 (* |h2[1,1]| ?x81)))
 (let ((?x77 (+ ?x72 ?x74)))
 (let ((?x78 (* |h2[0,1]| ?x77)))
 (let ((?x83 (+ ?x78 ?x82)))
 (let ((?x75 (* |h2[1,0]| ?x74)))
 (let ((?x76 (+ ?x72 ?x75)))
 (let ((?x84 (+ ?x76 ?x83)))
 (let ((?x87 (+ ?x84 ?x86)))
 (let ((?x106 (+ ?x87 ?x105)))
 (let ((?x120 (+ ?x106 ?x119)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x121 (+ ?x57 ?x120)))
 (let ((?x172 (* ?x171 ?x121)))
 (or (and (distinct ?x172 ?x200) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1111 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x196 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x197 (* (/ 1.0 2.0) ?x196)))
 (let ((?x806 (* ?x197 ?x1111)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x202 (+ ?x63 ?x66)))
 (let ((?x1103 (* ?x1111 ?x202)))
 (let ((?x1100 (* |g2[1]| ?x1103)))
 (let ((?x1101 (+ ?x1100 ?x806)))
 (let ((?x177 (/ 1.0 scale)))
 (let ((?x178 (- ?x177)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x173 (- ?x8)))
 (let ((?x174 (* ?x173 ?x61)))
 (let ((?x175 (+ ?x65 ?x174)))
 (let ((?x767 (+ ?x175 ?x178)))
 (let ((?x1104 (* ?x767 ?x1103)))
 (let ((?x109 (/ 1.0 (* ?x60 scale))))
 (let ((?x111 (* ?x109 (- 2.0))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x184 (* ?x173 ?x112)))
 (let ((?x185 (+ ?x61 ?x184)))
 (let ((?x186 (+ ?x62 ?x185)))
 (let ((?x183 (- ?x62)))
 (let ((?x1107 (+ ?x183 ?x186)))
 (let ((?x1108 (* ?x1111 ?x1107)))
 (let ((?x222 (+ ?x1108 ?x1104)))
 (let ((?x89 (- b)))
 (let ((?x182 (+ f2 ?x89)))
 (let ((?x223 (* ?x182 ?x222)))
 (let ((?x777 (* ?x1111 ?x767)))
 (let ((?x1106 (* |g2[0]| ?x777)))
 (let ((?x1098 (+ ?x1106 ?x223)))
 (let ((?x1105 (+ ?x1098 ?x1101)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* ?x89 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x837 (* ?x61 ?x101)))
 (let ((?x1117 (- ?x837)))
 (let ((?x835 (* ?x112 ?x101)))
 (let ((?x94 (* |g2[0]| 1.0)))
 (let ((?x1099 (* ?x202 1.0)))
 (let ((?x824 (* f2 ?x1099)))
 (let ((?x825 (+ ?x824 ?x94)))
 (let ((?x759 (* ?x89 ?x1099)))
 (let ((?x829 (+ ?x759 ?x825)))
 (let ((?x275 (* ?x61 ?x829)))
 (let ((?x1120 (+ ?x275 ?x835)))
 (let ((?x1121 (* ?x8 ?x1120)))
 (let ((?x1118 (+ ?x1121 ?x1117)))
 (let ((?x1114 (- ?x1118)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (* ?x61 ?x103)))
 (let ((?x830 (- ?x829)))
 (let ((?x832 (/ ?x830 scale)))
 (let ((?x833 (+ ?x832 ?x104)))
 (let ((?x1124 (* |g2[1]| ?x1099)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x80 (* 0.0 ?x74)))
 (let ((?x1132 (* (/ 1.0 2.0) ?x1099)))
 (let ((?x802 (* 0.0 ?x1132)))
 (let ((?x1102 (+ ?x802 ?x80)))
 (let ((?x1126 (* |h2[1,1]| ?x1102)))
 (let ((?x1129 (+ ?x802 ?x74)))
 (let ((?x760 (* |h2[0,1]| ?x1129)))
 (let ((?x853 (+ ?x760 ?x1126)))
 (let ((?x75 (* |h2[1,0]| ?x74)))
 (let ((?x1128 (+ ?x802 ?x75)))
 (let ((?x1123 (+ ?x1128 ?x853)))
 (let ((?x841 (+ ?x1123 ?x1124)))
 (let ((?x834 (+ ?x841 ?x833)))
 (let ((?x1115 (+ ?x834 ?x1114)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x772 (+ ?x57 ?x1115)))
 (let ((?x1112 (* ?x1111 ?x772)))
 (or (and (distinct ?x1112 ?x1105) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
