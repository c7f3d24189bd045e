; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x128 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x155 (* ?x128 exp!4)))
 (let ((?x182 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x183 (* (/ 1.0 2.0) ?x182)))
 (let ((?x184 (* ?x183 ?x155)))
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
 (let ((?x174 (* ?x155 ?x67)))
 (let ((?x181 (* |g2[0]| ?x174)))
 (let ((?x185 (+ ?x181 ?x184)))
 (let ((?x172 (- ?x58)))
 (let ((?x157 (* 0.0 ?x61)))
 (let ((?x169 (/ (- 1.0) scale)))
 (let ((?x170 (+ ?x169 ?x157)))
 (let ((?x171 (- ?x170)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x178 (* ?x155 ?x173)))
 (let ((?x179 (* |g2[1]| ?x178)))
 (let ((?x175 (* ?x173 ?x174)))
 (let ((?x160 (/ 1.0 (* ?x60 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (+ ?x157 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x166 (- ?x165)))
 (let ((?x158 (- ?x157)))
 (let ((?x167 (+ ?x158 ?x166)))
 (let ((?x168 (* ?x155 ?x167)))
 (let ((?x176 (+ ?x168 ?x175)))
 (let ((?x177 (* f2 ?x176)))
 (let ((?x180 (+ ?x177 ?x179)))
 (let ((?x186 (+ ?x180 ?x185)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (* ?x61 ?x100)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x91 (* f2 ?x70)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x89 (* 0.0 ?x70)))
 (let ((?x95 (+ ?x89 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
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
 (let ((?x104 (+ ?x88 ?x103)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x105 (+ ?x57 ?x104)))
 (let ((?x156 (* ?x155 ?x105)))
 (or (and (distinct ?x156 ?x186) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x985 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x182 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x183 (* (/ 1.0 2.0) ?x182)))
 (let ((?x642 (* ?x183 ?x985)))
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
 (let ((?x188 (+ ?x63 ?x66)))
 (let ((?x980 (* ?x985 ?x188)))
 (let ((?x636 (* |g2[0]| ?x980)))
 (let ((?x968 (+ ?x636 ?x642)))
 (let ((?x172 (- ?x58)))
 (let ((?x157 (* 0.0 ?x61)))
 (let ((?x169 (/ (- 1.0) scale)))
 (let ((?x170 (+ ?x169 ?x157)))
 (let ((?x979 (+ ?x170 ?x172)))
 (let ((?x972 (* ?x985 ?x979)))
 (let ((?x973 (* |g2[1]| ?x972)))
 (let ((?x976 (* ?x979 ?x980)))
 (let ((?x160 (/ 1.0 (* ?x60 scale))))
 (let ((?x162 (* ?x160 (- 2.0))))
 (let ((?x163 (* 0.0 ?x162)))
 (let ((?x164 (+ ?x157 ?x163)))
 (let ((?x165 (+ ?x61 ?x164)))
 (let ((?x158 (- ?x157)))
 (let ((?x964 (+ ?x158 ?x165)))
 (let ((?x982 (* ?x985 ?x964)))
 (let ((?x977 (+ ?x982 ?x976)))
 (let ((?x664 (* f2 ?x977)))
 (let ((?x974 (+ ?x664 ?x973)))
 (let ((?x969 (+ ?x974 ?x968)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x704 (- ?x100)))
 (let ((?x705 (* ?x61 ?x704)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x961 (* ?x188 1.0)))
 (let ((?x693 (* f2 ?x961)))
 (let ((?x698 (+ ?x693 ?x93)))
 (let ((?x222 (* 0.0 ?x961)))
 (let ((?x699 (+ ?x222 ?x698)))
 (let ((?x700 (/ ?x699 scale)))
 (let ((?x707 (+ ?x700 ?x705)))
 (let ((?x708 (- ?x707)))
 (let ((?x692 (* |g2[0]| ?x961)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x994 (* (/ 1.0 2.0) ?x961)))
 (let ((?x661 (* 0.0 ?x994)))
 (let ((?x987 (+ ?x661 ?x75)))
 (let ((?x988 (* |h2[1,0]| ?x987)))
 (let ((?x79 (* 0.0 ?x75)))
 (let ((?x991 (+ ?x661 ?x79)))
 (let ((?x639 (* |h2[0,0]| ?x991)))
 (let ((?x722 (+ ?x639 ?x988)))
 (let ((?x76 (* |h2[0,1]| ?x75)))
 (let ((?x990 (+ ?x661 ?x76)))
 (let ((?x688 (+ ?x990 ?x722)))
 (let ((?x219 (+ ?x688 ?x692)))
 (let ((?x288 (+ ?x219 ?x708)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x709 (+ ?x57 ?x288)))
 (let ((?x711 (* ?x985 ?x709)))
 (or (and (distinct ?x711 ?x969) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
