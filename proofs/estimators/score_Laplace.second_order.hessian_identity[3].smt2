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
 (let (($x41 (= exp!1 scale)))
 (=> (> scale 0.0) $x41)))
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
 (let ((?x398 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x181 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x182 (* (/ 1.0 2.0) ?x181)))
 (let ((?x223 (* ?x182 ?x398)))
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
 (let ((?x849 (* ?x398 ?x187)))
 (let ((?x406 (* |g2[1]| ?x849)))
 (let ((?x508 (+ ?x406 ?x223)))
 (let ((?x284 (* ?x187 ?x849)))
 (let ((?x104 (/ 1.0 (* ?x59 scale))))
 (let ((?x106 (* ?x104 (- 2.0))))
 (let ((?x169 (* ?x58 ?x106)))
 (let ((?x168 (* 0.0 ?x60)))
 (let ((?x170 (+ ?x168 ?x169)))
 (let ((?x171 (+ ?x168 ?x170)))
 (let ((?x1119 (+ ?x60 ?x171)))
 (let ((?x247 (* ?x398 ?x1119)))
 (let ((?x248 (+ ?x247 ?x284)))
 (let ((?x1141 (* f2 ?x248)))
 (let ((?x262 (+ ?x1141 ?x406)))
 (let ((?x1132 (+ ?x262 ?x508)))
 (let ((?x97 (* f2 1.0)))
 (let ((?x96 (* 0.0 1.0)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x99 (* ?x60 ?x98)))
 (let ((?x429 (* 0.0 ?x99)))
 (let ((?x665 (* ?x106 ?x98)))
 (let ((?x91 (* |g2[1]| 1.0)))
 (let ((?x431 (* ?x187 1.0)))
 (let ((?x1108 (* f2 ?x431)))
 (let ((?x188 (+ ?x1108 ?x91)))
 (let ((?x339 (* 0.0 ?x431)))
 (let ((?x289 (+ ?x339 ?x188)))
 (let ((?x682 (* ?x60 ?x289)))
 (let ((?x1112 (+ ?x682 ?x665)))
 (let ((?x853 (* ?x8 ?x1112)))
 (let ((?x1130 (+ ?x853 ?x429)))
 (let ((?x1142 (- ?x1130)))
 (let ((?x414 (- ?x289)))
 (let ((?x627 (/ ?x414 scale)))
 (let ((?x1137 (+ ?x627 ?x99)))
 (let ((?x279 (* |g2[1]| ?x431)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x1123 (* (/ 1.0 2.0) ?x431)))
 (let ((?x852 (* 0.0 ?x1123)))
 (let ((?x1138 (+ ?x852 ?x74)))
 (let ((?x1114 (* |h2[1,1]| ?x1138)))
 (let ((?x78 (* 0.0 ?x74)))
 (let ((?x353 (+ ?x852 ?x78)))
 (let ((?x1140 (* |h2[0,1]| ?x353)))
 (let ((?x1128 (+ ?x1140 ?x1114)))
 (let ((?x75 (* |h2[1,1]| ?x74)))
 (let ((?x402 (+ ?x852 ?x75)))
 (let ((?x219 (+ ?x402 ?x1128)))
 (let ((?x803 (+ ?x219 ?x279)))
 (let ((?x293 (+ ?x803 ?x1137)))
 (let ((?x245 (+ ?x293 ?x1142)))
 (let ((?x55 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x206 (+ ?x56 ?x245)))
 (let ((?x280 (* ?x398 ?x206)))
 (or (and (distinct ?x280 ?x1132) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x41 (= exp!1 scale)))
 (=> (> scale 0.0) $x41)))
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
