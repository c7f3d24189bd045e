; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x142 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x169 (* ?x142 exp!4)))
 (let ((?x193 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x194 (* (/ 1.0 2.0) ?x193)))
 (let ((?x195 (* ?x194 ?x169)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x187 (* ?x169 ?x67)))
 (let ((?x192 (* |g2[1]| ?x187)))
 (let ((?x196 (+ ?x192 ?x195)))
 (let ((?x175 (/ 1.0 scale)))
 (let ((?x176 (- ?x175)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x171 (- ?x8)))
 (let ((?x172 (* ?x171 ?x61)))
 (let ((?x173 (+ ?x65 ?x172)))
 (let ((?x174 (- ?x173)))
 (let ((?x177 (+ ?x174 ?x176)))
 (let ((?x188 (* ?x177 ?x187)))
 (let ((?x107 (/ 1.0 (* ?x60 scale))))
 (let ((?x109 (* ?x107 (- 2.0))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x181 (* ?x171 ?x110)))
 (let ((?x182 (+ ?x61 ?x181)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x184 (- ?x183)))
 (let ((?x180 (- ?x62)))
 (let ((?x185 (+ ?x180 ?x184)))
 (let ((?x186 (* ?x169 ?x185)))
 (let ((?x189 (+ ?x186 ?x188)))
 (let ((?x190 (* f2 ?x189)))
 (let ((?x178 (* ?x169 ?x177)))
 (let ((?x179 (* |g2[0]| ?x178)))
 (let ((?x191 (+ ?x179 ?x190)))
 (let ((?x197 (+ ?x191 ?x196)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* 0.0 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x100 (- ?x99)))
 (let ((?x114 (* ?x61 ?x100)))
 (let ((?x115 (- ?x114)))
 (let ((?x111 (* ?x110 ?x100)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x90 (* f2 ?x70)))
 (let ((?x93 (+ ?x90 ?x92)))
 (let ((?x88 (* 0.0 ?x70)))
 (let ((?x94 (+ ?x88 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x105 (* ?x61 ?x95)))
 (let ((?x112 (+ ?x105 ?x111)))
 (let ((?x113 (* ?x8 ?x112)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x101 (* 0.0 ?x100)))
 (let ((?x102 (* ?x61 ?x101)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x103 (+ ?x96 ?x102)))
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
 (let ((?x104 (+ ?x87 ?x103)))
 (let ((?x118 (+ ?x104 ?x117)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x119 (+ ?x57 ?x118)))
 (let ((?x170 (* ?x169 ?x119)))
 (or (and (distinct ?x170 ?x197) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x1018 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x193 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x194 (* (/ 1.0 2.0) ?x193)))
 (let ((?x1007 (* ?x194 ?x1018)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x199 (+ ?x63 ?x66)))
 (let ((?x1010 (* ?x1018 ?x199)))
 (let ((?x707 (* |g2[1]| ?x1010)))
 (let ((?x1011 (+ ?x707 ?x1007)))
 (let ((?x175 (/ 1.0 scale)))
 (let ((?x176 (- ?x175)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x171 (- ?x8)))
 (let ((?x172 (* ?x171 ?x61)))
 (let ((?x173 (+ ?x65 ?x172)))
 (let ((?x697 (+ ?x173 ?x176)))
 (let ((?x219 (* ?x697 ?x1010)))
 (let ((?x107 (/ 1.0 (* ?x60 scale))))
 (let ((?x109 (* ?x107 (- 2.0))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x181 (* ?x171 ?x110)))
 (let ((?x182 (+ ?x61 ?x181)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x180 (- ?x62)))
 (let ((?x1014 (+ ?x180 ?x183)))
 (let ((?x1009 (* ?x1018 ?x1014)))
 (let ((?x220 (+ ?x1009 ?x219)))
 (let ((?x1004 (* f2 ?x220)))
 (let ((?x1012 (* ?x1018 ?x697)))
 (let ((?x1013 (* |g2[0]| ?x1012)))
 (let ((?x1006 (+ ?x1013 ?x1004)))
 (let ((?x1015 (+ ?x1006 ?x1011)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* 0.0 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x1023 (* ?x61 ?x99)))
 (let ((?x1024 (- ?x1023)))
 (let ((?x1026 (* ?x110 ?x99)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x1005 (* ?x199 1.0)))
 (let ((?x731 (* f2 ?x1005)))
 (let ((?x732 (+ ?x731 ?x92)))
 (let ((?x727 (* 0.0 ?x1005)))
 (let ((?x736 (+ ?x727 ?x732)))
 (let ((?x741 (* ?x61 ?x736)))
 (let ((?x1027 (+ ?x741 ?x1026)))
 (let ((?x743 (* ?x8 ?x1027)))
 (let ((?x1020 (+ ?x743 ?x1024)))
 (let ((?x1021 (- ?x1020)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (* 0.0 ?x100)))
 (let ((?x102 (* ?x61 ?x101)))
 (let ((?x737 (- ?x736)))
 (let ((?x739 (/ ?x737 scale)))
 (let ((?x740 (+ ?x739 ?x102)))
 (let ((?x1030 (* |g2[1]| ?x1005)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x80 (* 0.0 ?x74)))
 (let ((?x1038 (* (/ 1.0 2.0) ?x1005)))
 (let ((?x702 (* 0.0 ?x1038)))
 (let ((?x1008 (+ ?x702 ?x80)))
 (let ((?x1032 (* |h2[1,1]| ?x1008)))
 (let ((?x1035 (+ ?x702 ?x74)))
 (let ((?x668 (* |h2[0,1]| ?x1035)))
 (let ((?x760 (+ ?x668 ?x1032)))
 (let ((?x75 (* |h2[1,0]| ?x74)))
 (let ((?x1034 (+ ?x702 ?x75)))
 (let ((?x1029 (+ ?x1034 ?x760)))
 (let ((?x747 (+ ?x1029 ?x1030)))
 (let ((?x265 (+ ?x747 ?x740)))
 (let ((?x700 (+ ?x265 ?x1021)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x1016 (+ ?x57 ?x700)))
 (let ((?x675 (* ?x1018 ?x1016)))
 (or (and (distinct ?x675 ?x1015) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
