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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x172 (- ?x11)))
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
 (let ((?x114 (* ?x11 ?x113)))
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
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
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
 (let ((?x1022 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x194 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x195 (* (/ 1.0 2.0) ?x194)))
 (let ((?x1011 (* ?x195 ?x1022)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x200 (+ ?x64 ?x67)))
 (let ((?x1014 (* ?x1022 ?x200)))
 (let ((?x715 (* |g2[1]| ?x1014)))
 (let ((?x1015 (+ ?x715 ?x1011)))
 (let ((?x176 (/ 1.0 scale)))
 (let ((?x177 (- ?x176)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x172 (- ?x11)))
 (let ((?x173 (* ?x172 ?x62)))
 (let ((?x174 (+ ?x66 ?x173)))
 (let ((?x670 (+ ?x174 ?x177)))
 (let ((?x220 (* ?x670 ?x1014)))
 (let ((?x108 (/ 1.0 (* ?x61 scale))))
 (let ((?x110 (* ?x108 (- 2.0))))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x182 (* ?x172 ?x111)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x184 (+ ?x63 ?x183)))
 (let ((?x181 (- ?x63)))
 (let ((?x1018 (+ ?x181 ?x184)))
 (let ((?x1013 (* ?x1022 ?x1018)))
 (let ((?x668 (+ ?x1013 ?x220)))
 (let ((?x1008 (* f2 ?x668)))
 (let ((?x1016 (* ?x1022 ?x670)))
 (let ((?x1017 (* |g2[0]| ?x1016)))
 (let ((?x1010 (+ ?x1017 ?x1008)))
 (let ((?x1019 (+ ?x1010 ?x1015)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x1027 (* ?x62 ?x100)))
 (let ((?x1028 (- ?x1027)))
 (let ((?x1030 (* ?x111 ?x100)))
 (let ((?x93 (* |g2[0]| 1.0)))
 (let ((?x1009 (* ?x200 1.0)))
 (let ((?x735 (* f2 ?x1009)))
 (let ((?x736 (+ ?x735 ?x93)))
 (let ((?x731 (* 0.0 ?x1009)))
 (let ((?x740 (+ ?x731 ?x736)))
 (let ((?x745 (* ?x62 ?x740)))
 (let ((?x1031 (+ ?x745 ?x1030)))
 (let ((?x747 (* ?x11 ?x1031)))
 (let ((?x1024 (+ ?x747 ?x1028)))
 (let ((?x1025 (- ?x1024)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (* 0.0 ?x101)))
 (let ((?x103 (* ?x62 ?x102)))
 (let ((?x741 (- ?x740)))
 (let ((?x743 (/ ?x741 scale)))
 (let ((?x744 (+ ?x743 ?x103)))
 (let ((?x1034 (* |g2[1]| ?x1009)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x1042 (* (/ 1.0 2.0) ?x1009)))
 (let ((?x710 (* 0.0 ?x1042)))
 (let ((?x1012 (+ ?x710 ?x81)))
 (let ((?x1036 (* |h2[1,1]| ?x1012)))
 (let ((?x1039 (+ ?x710 ?x75)))
 (let ((?x673 (* |h2[0,1]| ?x1039)))
 (let ((?x764 (+ ?x673 ?x1036)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x1038 (+ ?x710 ?x76)))
 (let ((?x1033 (+ ?x1038 ?x764)))
 (let ((?x751 (+ ?x1033 ?x1034)))
 (let ((?x266 (+ ?x751 ?x744)))
 (let ((?x686 (+ ?x266 ?x1025)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x1020 (+ ?x58 ?x686)))
 (let ((?x712 (* ?x1022 ?x1020)))
 (or (and (distinct ?x712 ?x1019) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x172 (- ?x11)))
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
 (let ((?x114 (* ?x11 ?x113)))
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
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
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
 (let ((?x1022 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x194 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x195 (* (/ 1.0 2.0) ?x194)))
 (let ((?x1011 (* ?x195 ?x1022)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x63 (* 0.0 ?x62)))
 (let ((?x60 (/ (- 1.0) scale)))
 (let ((?x64 (+ ?x60 ?x63)))
 (let ((?x200 (+ ?x64 ?x67)))
 (let ((?x1014 (* ?x1022 ?x200)))
 (let ((?x715 (* |g2[1]| ?x1014)))
 (let ((?x1015 (+ ?x715 ?x1011)))
 (let ((?x176 (/ 1.0 scale)))
 (let ((?x177 (- ?x176)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x172 (- ?x11)))
 (let ((?x173 (* ?x172 ?x62)))
 (let ((?x174 (+ ?x66 ?x173)))
 (let ((?x670 (+ ?x174 ?x177)))
 (let ((?x220 (* ?x670 ?x1014)))
 (let ((?x108 (/ 1.0 (* ?x61 scale))))
 (let ((?x110 (* ?x108 (- 2.0))))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x182 (* ?x172 ?x111)))
 (let ((?x183 (+ ?x62 ?x182)))
 (let ((?x184 (+ ?x63 ?x183)))
 (let ((?x181 (- ?x63)))
 (let ((?x1018 (+ ?x181 ?x184)))
 (let ((?x1013 (* ?x1022 ?x1018)))
 (let ((?x668 (+ ?x1013 ?x220)))
 (let ((?x1008 (* f2 ?x668)))
 (let ((?x1016 (* ?x1022 ?x670)))
 (let ((?x1017 (* |g2[0]| ?x1016)))
 (let ((?x1010 (+ ?x1017 ?x1008)))
 (let ((?x1019 (+ ?x1010 ?x1015)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x1027 (* ?x62 ?x100)))
 (let ((?x1028 (- ?x1027)))
 (let ((?x1030 (* ?x111 ?x100)))
 (let ((?x93 (* |g2[0]| 1.0)))
 (let ((?x1009 (* ?x200 1.0)))
 (let ((?x735 (* f2 ?x1009)))
 (let ((?x736 (+ ?x735 ?x93)))
 (let ((?x731 (* 0.0 ?x1009)))
 (let ((?x740 (+ ?x731 ?x736)))
 (let ((?x745 (* ?x62 ?x740)))
 (let ((?x1031 (+ ?x745 ?x1030)))
 (let ((?x747 (* ?x11 ?x1031)))
 (let ((?x1024 (+ ?x747 ?x1028)))
 (let ((?x1025 (- ?x1024)))
 (let ((?x101 (- ?x100)))
 (let ((?x102 (* 0.0 ?x101)))
 (let ((?x103 (* ?x62 ?x102)))
 (let ((?x741 (- ?x740)))
 (let ((?x743 (/ ?x741 scale)))
 (let ((?x744 (+ ?x743 ?x103)))
 (let ((?x1034 (* |g2[1]| ?x1009)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x81 (* 0.0 ?x75)))
 (let ((?x1042 (* (/ 1.0 2.0) ?x1009)))
 (let ((?x710 (* 0.0 ?x1042)))
 (let ((?x1012 (+ ?x710 ?x81)))
 (let ((?x1036 (* |h2[1,1]| ?x1012)))
 (let ((?x1039 (+ ?x710 ?x75)))
 (let ((?x673 (* |h2[0,1]| ?x1039)))
 (let ((?x764 (+ ?x673 ?x1036)))
 (let ((?x76 (* |h2[1,0]| ?x75)))
 (let ((?x1038 (+ ?x710 ?x76)))
 (let ((?x1033 (+ ?x1038 ?x764)))
 (let ((?x751 (+ ?x1033 ?x1034)))
 (let ((?x266 (+ ?x751 ?x744)))
 (let ((?x686 (+ ?x266 ?x1025)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x1020 (+ ?x58 ?x686)))
 (let ((?x712 (* ?x1022 ?x1020)))
 (or (and (distinct ?x712 ?x1019) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
