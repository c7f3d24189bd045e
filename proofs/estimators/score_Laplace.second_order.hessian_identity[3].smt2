; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x139 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x166 (* ?x139 exp!4)))
 (let ((?x181 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x182 (* (/ 1.0 2.0) ?x181)))
 (let ((?x183 (* ?x182 ?x166)))
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
 (let ((?x175 (* ?x166 ?x66)))
 (let ((?x179 (* |g2[1]| ?x175)))
 (let ((?x184 (+ ?x179 ?x183)))
 (let ((?x176 (* ?x66 ?x175)))
 (let ((?x104 (/ 1.0 (* ?x59 scale))))
 (let ((?x106 (* ?x104 (- 2.0))))
 (let ((?x169 (* ?x58 ?x106)))
 (let ((?x168 (* 0.0 ?x60)))
 (let ((?x170 (+ ?x168 ?x169)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x172 (- ?x171)))
 (let ((?x173 (+ ?x60 ?x172)))
 (let ((?x174 (* ?x166 ?x173)))
 (let ((?x177 (+ ?x174 ?x176)))
 (let ((?x178 (* f2 ?x177)))
 (let ((?x180 (+ ?x178 ?x179)))
 (let ((?x185 (+ ?x180 ?x184)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* 0.0 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x107 (- ?x98)))
 (let ((?x111 (* ?x60 ?x107)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x108 (* ?x106 ?x107)))
 (let ((?x91 (* |g2[1]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x90 (* f2 ?x69)))
 (let ((?x92 (+ ?x90 ?x91)))
 (let ((?x88 (* 0.0 ?x69)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x94 (- ?x93)))
 (let ((?x102 (* ?x60 ?x94)))
 (let ((?x109 (+ ?x102 ?x108)))
 (let ((?x110 (* ?x8 ?x109)))
 (let ((?x113 (+ ?x110 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x99 (* ?x60 ?x98)))
 (let ((?x95 (/ ?x94 scale)))
 (let ((?x100 (+ ?x95 ?x99)))
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
 (let ((?x101 (+ ?x87 ?x100)))
 (let ((?x115 (+ ?x101 ?x114)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x116 (+ ?x56 ?x115)))
 (let ((?x167 (* ?x166 ?x116)))
 (or (and (distinct ?x167 ?x185) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x166 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x181 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x182 (* (/ 1.0 2.0) ?x181)))
 (let ((?x183 (* ?x182 ?x166)))
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
 (let ((?x175 (* ?x166 ?x66)))
 (let ((?x179 (* |g2[1]| ?x175)))
 (let ((?x184 (+ ?x179 ?x183)))
 (let ((?x176 (* ?x66 ?x175)))
 (let ((?x104 (/ 1.0 (* ?x59 scale))))
 (let ((?x106 (* ?x104 (- 2.0))))
 (let ((?x169 (* ?x58 ?x106)))
 (let ((?x168 (* 0.0 ?x60)))
 (let ((?x170 (+ ?x168 ?x169)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x172 (- ?x171)))
 (let ((?x173 (+ ?x60 ?x172)))
 (let ((?x174 (* ?x166 ?x173)))
 (let ((?x177 (+ ?x174 ?x176)))
 (let ((?x178 (* f2 ?x177)))
 (let ((?x180 (+ ?x178 ?x179)))
 (let ((?x185 (+ ?x180 ?x184)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* 0.0 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x107 (- ?x98)))
 (let ((?x111 (* ?x60 ?x107)))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x108 (* ?x106 ?x107)))
 (let ((?x91 (* |g2[1]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x90 (* f2 ?x69)))
 (let ((?x92 (+ ?x90 ?x91)))
 (let ((?x88 (* 0.0 ?x69)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x94 (- ?x93)))
 (let ((?x102 (* ?x60 ?x94)))
 (let ((?x109 (+ ?x102 ?x108)))
 (let ((?x110 (* ?x8 ?x109)))
 (let ((?x113 (+ ?x110 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x99 (* ?x60 ?x98)))
 (let ((?x95 (/ ?x94 scale)))
 (let ((?x100 (+ ?x95 ?x99)))
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
 (let ((?x101 (+ ?x87 ?x100)))
 (let ((?x115 (+ ?x101 ?x114)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x116 (+ ?x56 ?x115)))
 (let ((?x167 (* ?x166 ?x116)))
 (or (and (distinct ?x167 ?x185) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x650 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x181 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x182 (* (/ 1.0 2.0) ?x181)))
 (let ((?x508 (* ?x182 ?x650)))
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
 (let ((?x187 (+ ?x62 ?x65)))
 (let ((?x855 (* ?x650 ?x187)))
 (let ((?x453 (* |g2[1]| ?x855)))
 (let ((?x509 (+ ?x453 ?x508)))
 (let ((?x1119 (* ?x187 ?x855)))
 (let ((?x104 (/ 1.0 (* ?x59 scale))))
 (let ((?x106 (* ?x104 (- 2.0))))
 (let ((?x169 (* ?x58 ?x106)))
 (let ((?x168 (* 0.0 ?x60)))
 (let ((?x170 (+ ?x168 ?x169)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x228 (+ ?x60 ?x171)))
 (let ((?x672 (* ?x650 ?x228)))
 (let ((?x437 (+ ?x672 ?x1119)))
 (let ((?x217 (* f2 ?x437)))
 (let ((?x1114 (+ ?x217 ?x453)))
 (let ((?x1126 (+ ?x1114 ?x509)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* 0.0 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x99 (* ?x60 ?x98)))
 (let ((?x431 (* 0.0 ?x99)))
 (let ((?x188 (* ?x106 ?x98)))
 (let ((?x91 (* |g2[1]| 1.0)))
 (let ((?x407 (* ?x187 1.0)))
 (let ((?x1108 (* f2 ?x407)))
 (let ((?x261 (+ ?x1108 ?x91)))
 (let ((?x451 (* 0.0 ?x407)))
 (let ((?x252 (+ ?x451 ?x261)))
 (let ((?x439 (* ?x60 ?x252)))
 (let ((?x292 (+ ?x439 ?x188)))
 (let ((?x665 (* ?x8 ?x292)))
 (let ((?x1123 (+ ?x665 ?x431)))
 (let ((?x1141 (- ?x1123)))
 (let ((?x1110 (- ?x252)))
 (let ((?x1109 (/ ?x1110 scale)))
 (let ((?x289 (+ ?x1109 ?x99)))
 (let ((?x1112 (* |g2[1]| ?x407)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x262 (* (/ 1.0 2.0) ?x407)))
 (let ((?x218 (* 0.0 ?x262)))
 (let ((?x803 (+ ?x218 ?x74)))
 (let ((?x780 (* |h2[1,1]| ?x803)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x1118 (+ ?x218 ?x78)))
 (let ((?x682 (* |h2[0,1]| ?x1118)))
 (let ((?x249 (+ ?x682 ?x780)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x1131 (+ ?x218 ?x75)))
 (let ((?x827 (+ ?x1131 ?x249)))
 (let ((?x452 (+ ?x827 ?x1112)))
 (let ((?x206 (+ ?x452 ?x289)))
 (let ((?x247 (+ ?x206 ?x1141)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x272 (+ ?x56 ?x247)))
 (let ((?x379 (* ?x650 ?x272)))
 (or (and (distinct ?x379 ?x1126) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x650 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x181 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x182 (* (/ 1.0 2.0) ?x181)))
 (let ((?x508 (* ?x182 ?x650)))
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
 (let ((?x187 (+ ?x62 ?x65)))
 (let ((?x855 (* ?x650 ?x187)))
 (let ((?x453 (* |g2[1]| ?x855)))
 (let ((?x509 (+ ?x453 ?x508)))
 (let ((?x1119 (* ?x187 ?x855)))
 (let ((?x104 (/ 1.0 (* ?x59 scale))))
 (let ((?x106 (* ?x104 (- 2.0))))
 (let ((?x169 (* ?x58 ?x106)))
 (let ((?x168 (* 0.0 ?x60)))
 (let ((?x170 (+ ?x168 ?x169)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x228 (+ ?x60 ?x171)))
 (let ((?x672 (* ?x650 ?x228)))
 (let ((?x437 (+ ?x672 ?x1119)))
 (let ((?x217 (* f2 ?x437)))
 (let ((?x1114 (+ ?x217 ?x453)))
 (let ((?x1126 (+ ?x1114 ?x509)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* 0.0 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x99 (* ?x60 ?x98)))
 (let ((?x431 (* 0.0 ?x99)))
 (let ((?x188 (* ?x106 ?x98)))
 (let ((?x91 (* |g2[1]| 1.0)))
 (let ((?x407 (* ?x187 1.0)))
 (let ((?x1108 (* f2 ?x407)))
 (let ((?x261 (+ ?x1108 ?x91)))
 (let ((?x451 (* 0.0 ?x407)))
 (let ((?x252 (+ ?x451 ?x261)))
 (let ((?x439 (* ?x60 ?x252)))
 (let ((?x292 (+ ?x439 ?x188)))
 (let ((?x665 (* ?x8 ?x292)))
 (let ((?x1123 (+ ?x665 ?x431)))
 (let ((?x1141 (- ?x1123)))
 (let ((?x1110 (- ?x252)))
 (let ((?x1109 (/ ?x1110 scale)))
 (let ((?x289 (+ ?x1109 ?x99)))
 (let ((?x1112 (* |g2[1]| ?x407)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x262 (* (/ 1.0 2.0) ?x407)))
 (let ((?x218 (* 0.0 ?x262)))
 (let ((?x803 (+ ?x218 ?x74)))
 (let ((?x780 (* |h2[1,1]| ?x803)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x1118 (+ ?x218 ?x78)))
 (let ((?x682 (* |h2[0,1]| ?x1118)))
 (let ((?x249 (+ ?x682 ?x780)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x1131 (+ ?x218 ?x75)))
 (let ((?x827 (+ ?x1131 ?x249)))
 (let ((?x452 (+ ?x827 ?x1112)))
 (let ((?x206 (+ ?x452 ?x289)))
 (let ((?x247 (+ ?x206 ?x1141)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x272 (+ ?x56 ?x247)))
 (let ((?x379 (* ?x650 ?x272)))
 (or (and (distinct ?x379 ?x1126) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
