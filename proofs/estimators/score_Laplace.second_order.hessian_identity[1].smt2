; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x129 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x156 (* ?x129 exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x185 (* ?x184 ?x156)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x60 (- ?x8)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x175 (* ?x156 ?x68)))
 (let ((?x182 (* |g2[0]| ?x175)))
 (let ((?x186 (+ ?x182 ?x185)))
 (let ((?x173 (- ?x59)))
 (let ((?x158 (* 0.0 ?x62)))
 (let ((?x170 (/ (- 1.0) scale)))
 (let ((?x171 (+ ?x170 ?x158)))
 (let ((?x172 (- ?x171)))
 (let ((?x174 (+ ?x172 ?x173)))
 (let ((?x179 (* ?x156 ?x174)))
 (let ((?x180 (* |g2[1]| ?x179)))
 (let ((?x176 (* ?x174 ?x175)))
 (let ((?x161 (/ 1.0 (* ?x61 scale))))
 (let ((?x163 (* ?x161 (- 2.0))))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x158 ?x164)))
 (let ((?x166 (+ ?x62 ?x165)))
 (let ((?x167 (- ?x166)))
 (let ((?x159 (- ?x158)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (* ?x156 ?x168)))
 (let ((?x177 (+ ?x169 ?x176)))
 (let ((?x178 (* f2 ?x177)))
 (let ((?x181 (+ ?x178 ?x180)))
 (let ((?x187 (+ ?x181 ?x186)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x102 (* ?x62 ?x101)))
 (let ((?x94 (* |g2[1]| 1.0)))
 (let ((?x71 (* ?x68 1.0)))
 (let ((?x92 (* f2 ?x71)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x90 (* 0.0 ?x71)))
 (let ((?x96 (+ ?x90 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (/ ?x97 scale)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x88 (* |g2[0]| ?x71)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x73 (* 0.0 ?x72)))
 (let ((?x83 (+ ?x73 ?x76)))
 (let ((?x84 (* |h2[1,0]| ?x83)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x81 (+ ?x73 ?x80)))
 (let ((?x82 (* |h2[0,0]| ?x81)))
 (let ((?x85 (+ ?x82 ?x84)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x78 (+ ?x73 ?x77)))
 (let ((?x86 (+ ?x78 ?x85)))
 (let ((?x89 (+ ?x86 ?x88)))
 (let ((?x105 (+ ?x89 ?x104)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x106 (+ ?x58 ?x105)))
 (let ((?x157 (* ?x156 ?x106)))
 (or (and (distinct ?x157 ?x187) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x156 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x185 (* ?x184 ?x156)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x60 (- ?x8)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x68 (+ ?x65 ?x67)))
 (let ((?x175 (* ?x156 ?x68)))
 (let ((?x182 (* |g2[0]| ?x175)))
 (let ((?x186 (+ ?x182 ?x185)))
 (let ((?x173 (- ?x59)))
 (let ((?x158 (* 0.0 ?x62)))
 (let ((?x170 (/ (- 1.0) scale)))
 (let ((?x171 (+ ?x170 ?x158)))
 (let ((?x172 (- ?x171)))
 (let ((?x174 (+ ?x172 ?x173)))
 (let ((?x179 (* ?x156 ?x174)))
 (let ((?x180 (* |g2[1]| ?x179)))
 (let ((?x176 (* ?x174 ?x175)))
 (let ((?x161 (/ 1.0 (* ?x61 scale))))
 (let ((?x163 (* ?x161 (- 2.0))))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x158 ?x164)))
 (let ((?x166 (+ ?x62 ?x165)))
 (let ((?x167 (- ?x166)))
 (let ((?x159 (- ?x158)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x169 (* ?x156 ?x168)))
 (let ((?x177 (+ ?x169 ?x176)))
 (let ((?x178 (* f2 ?x177)))
 (let ((?x181 (+ ?x178 ?x180)))
 (let ((?x187 (+ ?x181 ?x186)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x102 (* ?x62 ?x101)))
 (let ((?x94 (* |g2[1]| 1.0)))
 (let ((?x71 (* ?x68 1.0)))
 (let ((?x92 (* f2 ?x71)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x90 (* 0.0 ?x71)))
 (let ((?x96 (+ ?x90 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (/ ?x97 scale)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x88 (* |g2[0]| ?x71)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x73 (* 0.0 ?x72)))
 (let ((?x83 (+ ?x73 ?x76)))
 (let ((?x84 (* |h2[1,0]| ?x83)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x81 (+ ?x73 ?x80)))
 (let ((?x82 (* |h2[0,0]| ?x81)))
 (let ((?x85 (+ ?x82 ?x84)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x78 (+ ?x73 ?x77)))
 (let ((?x86 (+ ?x78 ?x85)))
 (let ((?x89 (+ ?x86 ?x88)))
 (let ((?x105 (+ ?x89 ?x104)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x106 (+ ?x58 ?x105)))
 (let ((?x157 (* ?x156 ?x106)))
 (or (and (distinct ?x157 ?x187) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x496 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x385 (* ?x184 ?x496)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x60 (- ?x8)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x189 (+ ?x64 ?x67)))
 (let ((?x208 (* ?x496 ?x189)))
 (let ((?x389 (* |g2[0]| ?x208)))
 (let ((?x393 (+ ?x389 ?x385)))
 (let ((?x173 (- ?x59)))
 (let ((?x158 (* 0.0 ?x62)))
 (let ((?x170 (/ (- 1.0) scale)))
 (let ((?x171 (+ ?x170 ?x158)))
 (let ((?x326 (+ ?x171 ?x173)))
 (let ((?x373 (* ?x496 ?x326)))
 (let ((?x983 (* |g2[1]| ?x373)))
 (let ((?x372 (* ?x326 ?x208)))
 (let ((?x161 (/ 1.0 (* ?x61 scale))))
 (let ((?x163 (* ?x161 (- 2.0))))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x158 ?x164)))
 (let ((?x166 (+ ?x62 ?x165)))
 (let ((?x159 (- ?x158)))
 (let ((?x994 (+ ?x159 ?x166)))
 (let ((?x280 (* ?x496 ?x994)))
 (let ((?x369 (+ ?x280 ?x372)))
 (let ((?x279 (* f2 ?x369)))
 (let ((?x976 (+ ?x279 ?x983)))
 (let ((?x207 (+ ?x976 ?x393)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x962 (- ?x101)))
 (let ((?x328 (* ?x62 ?x962)))
 (let ((?x94 (* |g2[1]| 1.0)))
 (let ((?x233 (* ?x189 1.0)))
 (let ((?x963 (* f2 ?x233)))
 (let ((?x524 (+ ?x963 ?x94)))
 (let ((?x390 (* 0.0 ?x233)))
 (let ((?x331 (+ ?x390 ?x524)))
 (let ((?x652 (/ ?x331 scale)))
 (let ((?x961 (+ ?x652 ?x328)))
 (let ((?x391 (- ?x961)))
 (let ((?x988 (* |g2[0]| ?x233)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x525 (* (/ 1.0 2.0) ?x233)))
 (let ((?x387 (* 0.0 ?x525)))
 (let ((?x973 (+ ?x387 ?x76)))
 (let ((?x969 (* |h2[1,0]| ?x973)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x966 (+ ?x387 ?x80)))
 (let ((?x375 (* |h2[0,0]| ?x966)))
 (let ((?x288 (+ ?x375 ?x969)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x987 (+ ?x387 ?x77)))
 (let ((?x643 (+ ?x987 ?x288)))
 (let ((?x392 (+ ?x643 ?x988)))
 (let ((?x878 (+ ?x392 ?x391)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x376 (+ ?x58 ?x878)))
 (let ((?x979 (* ?x496 ?x376)))
 (or (and (distinct ?x979 ?x207) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x496 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x385 (* ?x184 ?x496)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x60 (- ?x8)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x189 (+ ?x64 ?x67)))
 (let ((?x208 (* ?x496 ?x189)))
 (let ((?x389 (* |g2[0]| ?x208)))
 (let ((?x393 (+ ?x389 ?x385)))
 (let ((?x173 (- ?x59)))
 (let ((?x158 (* 0.0 ?x62)))
 (let ((?x170 (/ (- 1.0) scale)))
 (let ((?x171 (+ ?x170 ?x158)))
 (let ((?x326 (+ ?x171 ?x173)))
 (let ((?x373 (* ?x496 ?x326)))
 (let ((?x983 (* |g2[1]| ?x373)))
 (let ((?x372 (* ?x326 ?x208)))
 (let ((?x161 (/ 1.0 (* ?x61 scale))))
 (let ((?x163 (* ?x161 (- 2.0))))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x158 ?x164)))
 (let ((?x166 (+ ?x62 ?x165)))
 (let ((?x159 (- ?x158)))
 (let ((?x994 (+ ?x159 ?x166)))
 (let ((?x280 (* ?x496 ?x994)))
 (let ((?x369 (+ ?x280 ?x372)))
 (let ((?x279 (* f2 ?x369)))
 (let ((?x976 (+ ?x279 ?x983)))
 (let ((?x207 (+ ?x976 ?x393)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x962 (- ?x101)))
 (let ((?x328 (* ?x62 ?x962)))
 (let ((?x94 (* |g2[1]| 1.0)))
 (let ((?x233 (* ?x189 1.0)))
 (let ((?x963 (* f2 ?x233)))
 (let ((?x524 (+ ?x963 ?x94)))
 (let ((?x390 (* 0.0 ?x233)))
 (let ((?x331 (+ ?x390 ?x524)))
 (let ((?x652 (/ ?x331 scale)))
 (let ((?x961 (+ ?x652 ?x328)))
 (let ((?x391 (- ?x961)))
 (let ((?x988 (* |g2[0]| ?x233)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x525 (* (/ 1.0 2.0) ?x233)))
 (let ((?x387 (* 0.0 ?x525)))
 (let ((?x973 (+ ?x387 ?x76)))
 (let ((?x969 (* |h2[1,0]| ?x973)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x966 (+ ?x387 ?x80)))
 (let ((?x375 (* |h2[0,0]| ?x966)))
 (let ((?x288 (+ ?x375 ?x969)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x987 (+ ?x387 ?x77)))
 (let ((?x643 (+ ?x987 ?x288)))
 (let ((?x392 (+ ?x643 ?x988)))
 (let ((?x878 (+ ?x392 ?x391)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x376 (+ ?x58 ?x878)))
 (let ((?x979 (* ?x496 ?x376)))
 (or (and (distinct ?x979 ?x207) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
