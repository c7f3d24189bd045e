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
(declare-fun log!32 () Real)
(declare-fun log!29 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x58 (- ?x11)))
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
 (let ((?x112 (* ?x11 ?x111)))
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
 (= (> log!32 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!32)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!29 log!32) (< exp!2 exp!1)))
(assert
 (= (< log!32 log!29) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!29 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!29)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!32) (< exp!3 exp!1)))
(assert
 (= (< log!32 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!29) (< exp!3 exp!2)))
(assert
 (= (< log!29 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!32) (< exp!4 exp!1)))
(assert
 (= (< log!32 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!29) (< exp!4 exp!2)))
(assert
 (= (< log!29 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!32 () Real)
(declare-fun log!29 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x1190 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x184 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x1179 (* ?x185 ?x1190)))
 (let ((?x64 (/ 1.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x58 (- ?x11)))
 (let ((?x61 (* ?x58 ?x60)))
 (let ((?x57 (/ 0.0 scale)))
 (let ((?x62 (+ ?x57 ?x61)))
 (let ((?x190 (+ ?x62 ?x65)))
 (let ((?x873 (* ?x1190 ?x190)))
 (let ((?x852 (* |g2[1]| ?x873)))
 (let ((?x1180 (+ ?x852 ?x1179)))
 (let ((?x1183 (* ?x190 ?x873)))
 (let ((?x106 (/ 1.0 (* ?x59 scale))))
 (let ((?x108 (* ?x106 (- 2.0))))
 (let ((?x172 (* ?x58 ?x108)))
 (let ((?x171 (* 0.0 ?x60)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x174 (+ ?x171 ?x173)))
 (let ((?x1187 (+ ?x60 ?x174)))
 (let ((?x1188 (* ?x1190 ?x1187)))
 (let ((?x1184 (+ ?x1188 ?x1183)))
 (let ((?x89 (- b)))
 (let ((?x170 (+ f2 ?x89)))
 (let ((?x1185 (* ?x170 ?x1184)))
 (let ((?x829 (+ ?x1185 ?x852)))
 (let ((?x1181 (+ ?x829 ?x1180)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* ?x89 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (* ?x60 ?x100)))
 (let ((?x299 (* 0.0 ?x101)))
 (let ((?x916 (* ?x108 ?x100)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x1172 (* ?x190 1.0)))
 (let ((?x220 (* f2 ?x1172)))
 (let ((?x834 (+ ?x220 ?x93)))
 (let ((?x901 (* ?x89 ?x1172)))
 (let ((?x902 (+ ?x901 ?x834)))
 (let ((?x914 (* ?x60 ?x902)))
 (let ((?x917 (+ ?x914 ?x916)))
 (let ((?x918 (* ?x11 ?x917)))
 (let ((?x919 (+ ?x918 ?x299)))
 (let ((?x1195 (- ?x919)))
 (let ((?x907 (- ?x902)))
 (let ((?x908 (/ ?x907 scale)))
 (let ((?x909 (+ ?x908 ?x101)))
 (let ((?x927 (* |g2[1]| ?x1172)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x1205 (* (/ 1.0 2.0) ?x1172)))
 (let ((?x874 (* 0.0 ?x1205)))
 (let ((?x1175 (+ ?x874 ?x74)))
 (let ((?x365 (* |h2[1,1]| ?x1175)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x1202 (+ ?x874 ?x78)))
 (let ((?x845 (* |h2[0,1]| ?x1202)))
 (let ((?x1198 (+ ?x845 ?x365)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x1201 (+ ?x874 ?x75)))
 (let ((?x1199 (+ ?x1201 ?x1198)))
 (let ((?x882 (+ ?x1199 ?x927)))
 (let ((?x913 (+ ?x882 ?x909)))
 (let ((?x1196 (+ ?x913 ?x1195)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x921 (+ ?x56 ?x1196)))
 (let ((?x1191 (* ?x1190 ?x921)))
 (or (and (distinct ?x1191 ?x1181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!32 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!32)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!29 log!32) (< exp!2 exp!1)))
(assert
 (= (< log!32 log!29) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!29 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!29)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!32) (< exp!3 exp!1)))
(assert
 (= (< log!32 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!29) (< exp!3 exp!2)))
(assert
 (= (< log!29 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!32) (< exp!4 exp!1)))
(assert
 (= (< log!32 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!29) (< exp!4 exp!2)))
(assert
 (= (< log!29 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!32 () Real)
(declare-fun log!29 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x168 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x184 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x186 (* ?x185 ?x168)))
 (let ((?x64 (/ 1.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x58 (- ?x11)))
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
 (let ((?x112 (* ?x11 ?x111)))
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
 (= (> log!32 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!32)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!29 log!32) (< exp!2 exp!1)))
(assert
 (= (< log!32 log!29) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!29 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!29)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!32) (< exp!3 exp!1)))
(assert
 (= (< log!32 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!29) (< exp!3 exp!2)))
(assert
 (= (< log!29 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!32) (< exp!4 exp!1)))
(assert
 (= (< log!32 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!29) (< exp!4 exp!2)))
(assert
 (= (< log!29 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!32 () Real)
(declare-fun log!29 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x1190 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x184 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x1179 (* ?x185 ?x1190)))
 (let ((?x64 (/ 1.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x58 (- ?x11)))
 (let ((?x61 (* ?x58 ?x60)))
 (let ((?x57 (/ 0.0 scale)))
 (let ((?x62 (+ ?x57 ?x61)))
 (let ((?x190 (+ ?x62 ?x65)))
 (let ((?x873 (* ?x1190 ?x190)))
 (let ((?x852 (* |g2[1]| ?x873)))
 (let ((?x1180 (+ ?x852 ?x1179)))
 (let ((?x1183 (* ?x190 ?x873)))
 (let ((?x106 (/ 1.0 (* ?x59 scale))))
 (let ((?x108 (* ?x106 (- 2.0))))
 (let ((?x172 (* ?x58 ?x108)))
 (let ((?x171 (* 0.0 ?x60)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x174 (+ ?x171 ?x173)))
 (let ((?x1187 (+ ?x60 ?x174)))
 (let ((?x1188 (* ?x1190 ?x1187)))
 (let ((?x1184 (+ ?x1188 ?x1183)))
 (let ((?x89 (- b)))
 (let ((?x170 (+ f2 ?x89)))
 (let ((?x1185 (* ?x170 ?x1184)))
 (let ((?x829 (+ ?x1185 ?x852)))
 (let ((?x1181 (+ ?x829 ?x1180)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* ?x89 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (* ?x60 ?x100)))
 (let ((?x299 (* 0.0 ?x101)))
 (let ((?x916 (* ?x108 ?x100)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x1172 (* ?x190 1.0)))
 (let ((?x220 (* f2 ?x1172)))
 (let ((?x834 (+ ?x220 ?x93)))
 (let ((?x901 (* ?x89 ?x1172)))
 (let ((?x902 (+ ?x901 ?x834)))
 (let ((?x914 (* ?x60 ?x902)))
 (let ((?x917 (+ ?x914 ?x916)))
 (let ((?x918 (* ?x11 ?x917)))
 (let ((?x919 (+ ?x918 ?x299)))
 (let ((?x1195 (- ?x919)))
 (let ((?x907 (- ?x902)))
 (let ((?x908 (/ ?x907 scale)))
 (let ((?x909 (+ ?x908 ?x101)))
 (let ((?x927 (* |g2[1]| ?x1172)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x1205 (* (/ 1.0 2.0) ?x1172)))
 (let ((?x874 (* 0.0 ?x1205)))
 (let ((?x1175 (+ ?x874 ?x74)))
 (let ((?x365 (* |h2[1,1]| ?x1175)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x1202 (+ ?x874 ?x78)))
 (let ((?x845 (* |h2[0,1]| ?x1202)))
 (let ((?x1198 (+ ?x845 ?x365)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x1201 (+ ?x874 ?x75)))
 (let ((?x1199 (+ ?x1201 ?x1198)))
 (let ((?x882 (+ ?x1199 ?x927)))
 (let ((?x913 (+ ?x882 ?x909)))
 (let ((?x1196 (+ ?x913 ?x1195)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x921 (+ ?x56 ?x1196)))
 (let ((?x1191 (* ?x1190 ?x921)))
 (or (and (distinct ?x1191 ?x1181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!32 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!32)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!29 log!32) (< exp!2 exp!1)))
(assert
 (= (< log!32 log!29) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!29 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!29)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!32) (< exp!3 exp!1)))
(assert
 (= (< log!32 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!29) (< exp!3 exp!2)))
(assert
 (= (< log!29 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!32) (< exp!4 exp!1)))
(assert
 (= (< log!32 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!29) (< exp!4 exp!2)))
(assert
 (= (< log!29 (/ loc scale)) (< exp!2 exp!4)))
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
