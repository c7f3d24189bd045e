; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
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
 (let ((?x138 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x165 (* ?x138 exp!4)))
 (let ((?x180 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x181 (* (/ 1.0 2.0) ?x180)))
 (let ((?x182 (* ?x181 ?x165)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x174 (* ?x165 ?x65)))
 (let ((?x178 (* |g2[1]| ?x174)))
 (let ((?x183 (+ ?x178 ?x182)))
 (let ((?x175 (* ?x65 ?x174)))
 (let ((?x103 (/ 1.0 (* ?x58 scale))))
 (let ((?x105 (* ?x103 (- 2.0))))
 (let ((?x168 (* ?x57 ?x105)))
 (let ((?x167 (* 0.0 ?x59)))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x170 (+ ?x167 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (+ ?x59 ?x171)))
 (let ((?x173 (* ?x165 ?x172)))
 (let ((?x176 (+ ?x173 ?x175)))
 (let ((?x177 (* f2 ?x176)))
 (let ((?x179 (+ ?x177 ?x178)))
 (let ((?x184 (+ ?x179 ?x183)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x106 (- ?x97)))
 (let ((?x110 (* ?x59 ?x106)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x107 (* ?x105 ?x106)))
 (let ((?x90 (* |g2[1]| 1.0)))
 (let ((?x68 (* ?x65 1.0)))
 (let ((?x89 (* f2 ?x68)))
 (let ((?x91 (+ ?x89 ?x90)))
 (let ((?x87 (* 0.0 ?x68)))
 (let ((?x92 (+ ?x87 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x101 (* ?x59 ?x93)))
 (let ((?x108 (+ ?x101 ?x107)))
 (let ((?x109 (* ?x8 ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (- ?x112)))
 (let ((?x98 (* ?x59 ?x97)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x99 (+ ?x94 ?x98)))
 (let ((?x85 (* |g2[1]| ?x68)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x69 (* (/ 1.0 2.0) ?x68)))
 (let ((?x70 (* 0.0 ?x69)))
 (let ((?x80 (+ ?x70 ?x73)))
 (let ((?x81 (* |h2[1,1]| ?x80)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x78 (+ ?x70 ?x77)))
 (let ((?x79 (* |h2[0,1]| ?x78)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x75 (+ ?x70 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x100 (+ ?x86 ?x99)))
 (let ((?x114 (+ ?x100 ?x113)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x115 (+ ?x55 ?x114)))
 (let ((?x166 (* ?x165 ?x115)))
 (or (and (distinct ?x166 ?x184) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
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
 (let ((?x1127 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x180 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x181 (* (/ 1.0 2.0) ?x180)))
 (let ((?x1116 (* ?x181 ?x1127)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x186 (+ ?x61 ?x64)))
 (let ((?x1119 (* ?x1127 ?x186)))
 (let ((?x779 (* |g2[1]| ?x1119)))
 (let ((?x1117 (+ ?x779 ?x1116)))
 (let ((?x1120 (* ?x186 ?x1119)))
 (let ((?x103 (/ 1.0 (* ?x58 scale))))
 (let ((?x105 (* ?x103 (- 2.0))))
 (let ((?x168 (* ?x57 ?x105)))
 (let ((?x167 (* 0.0 ?x59)))
 (let ((?x169 (+ ?x167 ?x168)))
 (let ((?x170 (+ ?x167 ?x169)))
 (let ((?x1124 (+ ?x59 ?x170)))
 (let ((?x802 (* ?x1127 ?x1124)))
 (let ((?x1121 (+ ?x802 ?x1120)))
 (let ((?x826 (* f2 ?x1121)))
 (let ((?x1115 (+ ?x826 ?x779)))
 (let ((?x1112 (+ ?x1115 ?x1117)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x98 (* ?x59 ?x97)))
 (let ((?x852 (* 0.0 ?x98)))
 (let ((?x850 (* ?x105 ?x97)))
 (let ((?x90 (* |g2[1]| 1.0)))
 (let ((?x1108 (* ?x186 1.0)))
 (let ((?x215 (* f2 ?x1108)))
 (let ((?x218 (+ ?x215 ?x90)))
 (let ((?x835 (* 0.0 ?x1108)))
 (let ((?x836 (+ ?x835 ?x218)))
 (let ((?x848 (* ?x59 ?x836)))
 (let ((?x851 (+ ?x848 ?x850)))
 (let ((?x284 (* ?x8 ?x851)))
 (let ((?x1131 (+ ?x284 ?x852)))
 (let ((?x1132 (- ?x1131)))
 (let ((?x841 (- ?x836)))
 (let ((?x842 (/ ?x841 scale)))
 (let ((?x843 (+ ?x842 ?x98)))
 (let ((?x860 (* |g2[1]| ?x1108)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x1141 (* (/ 1.0 2.0) ?x1108)))
 (let ((?x803 (* 0.0 ?x1141)))
 (let ((?x1111 (+ ?x803 ?x73)))
 (let ((?x311 (* |h2[1,1]| ?x1111)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x1138 (+ ?x803 ?x77)))
 (let ((?x780 (* |h2[0,1]| ?x1138)))
 (let ((?x1134 (+ ?x780 ?x311)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x1137 (+ ?x803 ?x74)))
 (let ((?x1135 (+ ?x1137 ?x1134)))
 (let ((?x831 (+ ?x1135 ?x860)))
 (let ((?x847 (+ ?x831 ?x843)))
 (let ((?x854 (+ ?x847 ?x1132)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x1129 (+ ?x55 ?x854)))
 (let ((?x1123 (* ?x1127 ?x1129)))
 (or (and (distinct ?x1123 ?x1112) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
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
