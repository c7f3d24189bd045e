; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x141 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x168 (* ?x141 exp!4)))
 (let ((?x184 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x186 (* ?x185 ?x168)))
 (let ((?x64 (/ 1.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x58 (- ?x8)))
 (let ((?x61 (* ?x58 ?x60)))
 (let ((?x57 (/ 0.0 scale)))
 (let ((?x62 (+ ?x57 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x178 (* ?x168 ?x66)))
 (let ((?x182 (* |g2[1]| ?x178)))
 (let ((?x187 (+ ?x182 ?x186)))
 (let ((?x179 (* ?x66 ?x178)))
 (let ((?x106 (/ 1.0 (* ?x59 scale))))
 (let ((?x108 (* ?x106 (- 2.0))))
 (let ((?x172 (* ?x58 ?x108)))
 (let ((?x171 (* 0.0 ?x60)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x174 (+ ?x171 ?x173)))
 (let ((?x175 (- ?x174)))
 (let ((?x176 (+ ?x60 ?x175)))
 (let ((?x177 (* ?x168 ?x176)))
 (let ((?x180 (+ ?x177 ?x179)))
 (let ((?x89 (- b)))
 (let ((?x170 (+ f2 ?x89)))
 (let ((?x181 (* ?x170 ?x180)))
 (let ((?x183 (+ ?x181 ?x182)))
 (let ((?x188 (+ ?x183 ?x187)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* ?x89 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x109 (- ?x100)))
 (let ((?x113 (* ?x60 ?x109)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (* ?x108 ?x109)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x92 (* f2 ?x69)))
 (let ((?x94 (+ ?x92 ?x93)))
 (let ((?x90 (* ?x89 ?x69)))
 (let ((?x95 (+ ?x90 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x104 (* ?x60 ?x96)))
 (let ((?x111 (+ ?x104 ?x110)))
 (let ((?x112 (* ?x8 ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (- ?x115)))
 (let ((?x101 (* ?x60 ?x100)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x86 (* |g2[1]| ?x69)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x70 (* (/ 1.0 2.0) ?x69)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x81 (+ ?x71 ?x74)))
 (let ((?x82 (* |h2[1,1]| ?x81)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x79 (+ ?x71 ?x78)))
 (let ((?x80 (* |h2[0,1]| ?x79)))
 (let ((?x83 (+ ?x80 ?x82)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x76 (+ ?x71 ?x75)))
 (let ((?x84 (+ ?x76 ?x83)))
 (let ((?x87 (+ ?x84 ?x86)))
 (let ((?x103 (+ ?x87 ?x102)))
 (let ((?x117 (+ ?x103 ?x116)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x118 (+ ?x56 ?x117)))
 (let ((?x169 (* ?x168 ?x118)))
 (or (and (distinct ?x169 ?x188) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x168 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x184 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x186 (* ?x185 ?x168)))
 (let ((?x64 (/ 1.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x58 (- ?x8)))
 (let ((?x61 (* ?x58 ?x60)))
 (let ((?x57 (/ 0.0 scale)))
 (let ((?x62 (+ ?x57 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x178 (* ?x168 ?x66)))
 (let ((?x182 (* |g2[1]| ?x178)))
 (let ((?x187 (+ ?x182 ?x186)))
 (let ((?x179 (* ?x66 ?x178)))
 (let ((?x106 (/ 1.0 (* ?x59 scale))))
 (let ((?x108 (* ?x106 (- 2.0))))
 (let ((?x172 (* ?x58 ?x108)))
 (let ((?x171 (* 0.0 ?x60)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x174 (+ ?x171 ?x173)))
 (let ((?x175 (- ?x174)))
 (let ((?x176 (+ ?x60 ?x175)))
 (let ((?x177 (* ?x168 ?x176)))
 (let ((?x180 (+ ?x177 ?x179)))
 (let ((?x89 (- b)))
 (let ((?x170 (+ f2 ?x89)))
 (let ((?x181 (* ?x170 ?x180)))
 (let ((?x183 (+ ?x181 ?x182)))
 (let ((?x188 (+ ?x183 ?x187)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* ?x89 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x109 (- ?x100)))
 (let ((?x113 (* ?x60 ?x109)))
 (let ((?x114 (* 0.0 ?x113)))
 (let ((?x110 (* ?x108 ?x109)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x92 (* f2 ?x69)))
 (let ((?x94 (+ ?x92 ?x93)))
 (let ((?x90 (* ?x89 ?x69)))
 (let ((?x95 (+ ?x90 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x104 (* ?x60 ?x96)))
 (let ((?x111 (+ ?x104 ?x110)))
 (let ((?x112 (* ?x8 ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (- ?x115)))
 (let ((?x101 (* ?x60 ?x100)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x86 (* |g2[1]| ?x69)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x70 (* (/ 1.0 2.0) ?x69)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x81 (+ ?x71 ?x74)))
 (let ((?x82 (* |h2[1,1]| ?x81)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x79 (+ ?x71 ?x78)))
 (let ((?x80 (* |h2[0,1]| ?x79)))
 (let ((?x83 (+ ?x80 ?x82)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x76 (+ ?x71 ?x75)))
 (let ((?x84 (+ ?x76 ?x83)))
 (let ((?x87 (+ ?x84 ?x86)))
 (let ((?x103 (+ ?x87 ?x102)))
 (let ((?x117 (+ ?x103 ?x116)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x118 (+ ?x56 ?x117)))
 (let ((?x169 (* ?x168 ?x118)))
 (or (and (distinct ?x169 ?x188) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x344 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x184 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x503 (* ?x185 ?x344)))
 (let ((?x64 (/ 1.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x58 (- ?x8)))
 (let ((?x61 (* ?x58 ?x60)))
 (let ((?x57 (/ 0.0 scale)))
 (let ((?x62 (+ ?x57 ?x61)))
 (let ((?x190 (+ ?x62 ?x65)))
 (let ((?x232 (* ?x344 ?x190)))
 (let ((?x492 (* |g2[1]| ?x232)))
 (let ((?x500 (+ ?x492 ?x503)))
 (let ((?x1175 (* ?x190 ?x232)))
 (let ((?x106 (/ 1.0 (* ?x59 scale))))
 (let ((?x108 (* ?x106 (- 2.0))))
 (let ((?x172 (* ?x58 ?x108)))
 (let ((?x171 (* 0.0 ?x60)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x174 (+ ?x171 ?x173)))
 (let ((?x478 (+ ?x60 ?x174)))
 (let ((?x345 (* ?x344 ?x478)))
 (let ((?x482 (+ ?x345 ?x1175)))
 (let ((?x89 (- b)))
 (let ((?x170 (+ f2 ?x89)))
 (let ((?x502 (* ?x170 ?x482)))
 (let ((?x1173 (+ ?x502 ?x492)))
 (let ((?x1183 (+ ?x1173 ?x500)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* ?x89 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (* ?x60 ?x100)))
 (let ((?x725 (* 0.0 ?x101)))
 (let ((?x1193 (* ?x108 ?x100)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x251 (* ?x190 1.0)))
 (let ((?x1174 (* f2 ?x251)))
 (let ((?x226 (+ ?x1174 ?x93)))
 (let ((?x487 (* ?x89 ?x251)))
 (let ((?x1169 (+ ?x487 ?x226)))
 (let ((?x488 (* ?x60 ?x1169)))
 (let ((?x1186 (+ ?x488 ?x1193)))
 (let ((?x453 (* ?x8 ?x1186)))
 (let ((?x347 (+ ?x453 ?x725)))
 (let ((?x1201 (- ?x347)))
 (let ((?x1177 (- ?x1169)))
 (let ((?x209 (/ ?x1177 scale)))
 (let ((?x1189 (+ ?x209 ?x101)))
 (let ((?x1179 (* |g2[1]| ?x251)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x448 (* (/ 1.0 2.0) ?x251)))
 (let ((?x1170 (* 0.0 ?x448)))
 (let ((?x1185 (+ ?x1170 ?x74)))
 (let ((?x873 (* |h2[1,1]| ?x1185)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x481 (+ ?x1170 ?x78)))
 (let ((?x714 (* |h2[0,1]| ?x481)))
 (let ((?x1168 (+ ?x714 ?x873)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x421 (+ ?x1170 ?x75)))
 (let ((?x1182 (+ ?x421 ?x1168)))
 (let ((?x491 (+ ?x1182 ?x1179)))
 (let ((?x208 (+ ?x491 ?x1189)))
 (let ((?x362 (+ ?x208 ?x1201)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x264 (+ ?x56 ?x362)))
 (let ((?x1191 (* ?x344 ?x264)))
 (or (and (distinct ?x1191 ?x1183) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x344 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x184 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x503 (* ?x185 ?x344)))
 (let ((?x64 (/ 1.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x58 (- ?x8)))
 (let ((?x61 (* ?x58 ?x60)))
 (let ((?x57 (/ 0.0 scale)))
 (let ((?x62 (+ ?x57 ?x61)))
 (let ((?x190 (+ ?x62 ?x65)))
 (let ((?x232 (* ?x344 ?x190)))
 (let ((?x492 (* |g2[1]| ?x232)))
 (let ((?x500 (+ ?x492 ?x503)))
 (let ((?x1175 (* ?x190 ?x232)))
 (let ((?x106 (/ 1.0 (* ?x59 scale))))
 (let ((?x108 (* ?x106 (- 2.0))))
 (let ((?x172 (* ?x58 ?x108)))
 (let ((?x171 (* 0.0 ?x60)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x174 (+ ?x171 ?x173)))
 (let ((?x478 (+ ?x60 ?x174)))
 (let ((?x345 (* ?x344 ?x478)))
 (let ((?x482 (+ ?x345 ?x1175)))
 (let ((?x89 (- b)))
 (let ((?x170 (+ f2 ?x89)))
 (let ((?x502 (* ?x170 ?x482)))
 (let ((?x1173 (+ ?x502 ?x492)))
 (let ((?x1183 (+ ?x1173 ?x500)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* ?x89 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (* ?x60 ?x100)))
 (let ((?x725 (* 0.0 ?x101)))
 (let ((?x1193 (* ?x108 ?x100)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x251 (* ?x190 1.0)))
 (let ((?x1174 (* f2 ?x251)))
 (let ((?x226 (+ ?x1174 ?x93)))
 (let ((?x487 (* ?x89 ?x251)))
 (let ((?x1169 (+ ?x487 ?x226)))
 (let ((?x488 (* ?x60 ?x1169)))
 (let ((?x1186 (+ ?x488 ?x1193)))
 (let ((?x453 (* ?x8 ?x1186)))
 (let ((?x347 (+ ?x453 ?x725)))
 (let ((?x1201 (- ?x347)))
 (let ((?x1177 (- ?x1169)))
 (let ((?x209 (/ ?x1177 scale)))
 (let ((?x1189 (+ ?x209 ?x101)))
 (let ((?x1179 (* |g2[1]| ?x251)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x448 (* (/ 1.0 2.0) ?x251)))
 (let ((?x1170 (* 0.0 ?x448)))
 (let ((?x1185 (+ ?x1170 ?x74)))
 (let ((?x873 (* |h2[1,1]| ?x1185)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x481 (+ ?x1170 ?x78)))
 (let ((?x714 (* |h2[0,1]| ?x481)))
 (let ((?x1168 (+ ?x714 ?x873)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x421 (+ ?x1170 ?x75)))
 (let ((?x1182 (+ ?x421 ?x1168)))
 (let ((?x491 (+ ?x1182 ?x1179)))
 (let ((?x208 (+ ?x491 ?x1189)))
 (let ((?x362 (+ ?x208 ?x1201)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x264 (+ ?x56 ?x362)))
 (let ((?x1191 (* ?x344 ?x264)))
 (or (and (distinct ?x1191 ?x1183) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
