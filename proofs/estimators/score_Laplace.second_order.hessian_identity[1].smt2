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
 (let ((?x129 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x156 (* ?x129 exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x185 (* ?x184 ?x156)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x60 (- ?x11)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x989 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x631 (* ?x184 ?x989)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x60 (- ?x11)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x189 (+ ?x64 ?x67)))
 (let ((?x984 (* ?x989 ?x189)))
 (let ((?x668 (* |g2[0]| ?x984)))
 (let ((?x972 (+ ?x668 ?x631)))
 (let ((?x173 (- ?x59)))
 (let ((?x158 (* 0.0 ?x62)))
 (let ((?x170 (/ (- 1.0) scale)))
 (let ((?x171 (+ ?x170 ?x158)))
 (let ((?x983 (+ ?x171 ?x173)))
 (let ((?x976 (* ?x989 ?x983)))
 (let ((?x977 (* |g2[1]| ?x976)))
 (let ((?x980 (* ?x983 ?x984)))
 (let ((?x161 (/ 1.0 (* ?x61 scale))))
 (let ((?x163 (* ?x161 (- 2.0))))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x158 ?x164)))
 (let ((?x166 (+ ?x62 ?x165)))
 (let ((?x159 (- ?x158)))
 (let ((?x968 (+ ?x159 ?x166)))
 (let ((?x986 (* ?x989 ?x968)))
 (let ((?x981 (+ ?x986 ?x980)))
 (let ((?x645 (* f2 ?x981)))
 (let ((?x978 (+ ?x645 ?x977)))
 (let ((?x973 (+ ?x978 ?x972)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x708 (- ?x101)))
 (let ((?x709 (* ?x62 ?x708)))
 (let ((?x94 (* |g2[1]| 1.0)))
 (let ((?x965 (* ?x189 1.0)))
 (let ((?x697 (* f2 ?x965)))
 (let ((?x702 (+ ?x697 ?x94)))
 (let ((?x636 (* 0.0 ?x965)))
 (let ((?x703 (+ ?x636 ?x702)))
 (let ((?x704 (/ ?x703 scale)))
 (let ((?x711 (+ ?x704 ?x709)))
 (let ((?x712 (- ?x711)))
 (let ((?x696 (* |g2[0]| ?x965)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x998 (* (/ 1.0 2.0) ?x965)))
 (let ((?x669 (* 0.0 ?x998)))
 (let ((?x991 (+ ?x669 ?x76)))
 (let ((?x992 (* |h2[1,0]| ?x991)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x995 (+ ?x669 ?x80)))
 (let ((?x647 (* |h2[0,0]| ?x995)))
 (let ((?x726 (+ ?x647 ?x992)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x994 (+ ?x669 ?x77)))
 (let ((?x660 (+ ?x994 ?x726)))
 (let ((?x221 (+ ?x660 ?x696)))
 (let ((?x289 (+ ?x221 ?x712)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x713 (+ ?x58 ?x289)))
 (let ((?x715 (* ?x989 ?x713)))
 (or (and (distinct ?x715 ?x973) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x156 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x185 (* ?x184 ?x156)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x60 (- ?x11)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x989 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x183 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x184 (* (/ 1.0 2.0) ?x183)))
 (let ((?x631 (* ?x184 ?x989)))
 (let ((?x66 (/ 1.0 scale)))
 (let ((?x67 (- ?x66)))
 (let ((?x61 (* scale scale)))
 (let ((?x62 (/ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x60 (- ?x11)))
 (let ((?x63 (* ?x60 ?x62)))
 (let ((?x59 (/ 0.0 scale)))
 (let ((?x64 (+ ?x59 ?x63)))
 (let ((?x189 (+ ?x64 ?x67)))
 (let ((?x984 (* ?x989 ?x189)))
 (let ((?x668 (* |g2[0]| ?x984)))
 (let ((?x972 (+ ?x668 ?x631)))
 (let ((?x173 (- ?x59)))
 (let ((?x158 (* 0.0 ?x62)))
 (let ((?x170 (/ (- 1.0) scale)))
 (let ((?x171 (+ ?x170 ?x158)))
 (let ((?x983 (+ ?x171 ?x173)))
 (let ((?x976 (* ?x989 ?x983)))
 (let ((?x977 (* |g2[1]| ?x976)))
 (let ((?x980 (* ?x983 ?x984)))
 (let ((?x161 (/ 1.0 (* ?x61 scale))))
 (let ((?x163 (* ?x161 (- 2.0))))
 (let ((?x164 (* 0.0 ?x163)))
 (let ((?x165 (+ ?x158 ?x164)))
 (let ((?x166 (+ ?x62 ?x165)))
 (let ((?x159 (- ?x158)))
 (let ((?x968 (+ ?x159 ?x166)))
 (let ((?x986 (* ?x989 ?x968)))
 (let ((?x981 (+ ?x986 ?x980)))
 (let ((?x645 (* f2 ?x981)))
 (let ((?x978 (+ ?x645 ?x977)))
 (let ((?x973 (+ ?x978 ?x972)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x708 (- ?x101)))
 (let ((?x709 (* ?x62 ?x708)))
 (let ((?x94 (* |g2[1]| 1.0)))
 (let ((?x965 (* ?x189 1.0)))
 (let ((?x697 (* f2 ?x965)))
 (let ((?x702 (+ ?x697 ?x94)))
 (let ((?x636 (* 0.0 ?x965)))
 (let ((?x703 (+ ?x636 ?x702)))
 (let ((?x704 (/ ?x703 scale)))
 (let ((?x711 (+ ?x704 ?x709)))
 (let ((?x712 (- ?x711)))
 (let ((?x696 (* |g2[0]| ?x965)))
 (let ((?x75 (+ (- 1.0) 1.0)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x998 (* (/ 1.0 2.0) ?x965)))
 (let ((?x669 (* 0.0 ?x998)))
 (let ((?x991 (+ ?x669 ?x76)))
 (let ((?x992 (* |h2[1,0]| ?x991)))
 (let ((?x80 (* 0.0 ?x76)))
 (let ((?x995 (+ ?x669 ?x80)))
 (let ((?x647 (* |h2[0,0]| ?x995)))
 (let ((?x726 (+ ?x647 ?x992)))
 (let ((?x77 (* |h2[0,1]| ?x76)))
 (let ((?x994 (+ ?x669 ?x77)))
 (let ((?x660 (+ ?x994 ?x726)))
 (let ((?x221 (+ ?x660 ?x696)))
 (let ((?x289 (+ ?x221 ?x712)))
 (let ((?x57 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x55 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x713 (+ ?x58 ?x289)))
 (let ((?x715 (* ?x989 ?x713)))
 (or (and (distinct ?x715 ?x973) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
