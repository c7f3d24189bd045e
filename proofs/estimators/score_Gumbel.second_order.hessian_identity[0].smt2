; certjax: rule estimators.score_Gumbel, obligation 'second_order.hessian_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun z () Real)
(declare-fun loc () Real)
(declare-fun log!19 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x184 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x185 (* (/ 1.0 2.0) ?x184)))
 (let ((?x158 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x159 (* ?x158 exp!2)))
 (let ((?x186 (* ?x159 ?x185)))
 (let ((?x79 (/ 0.0 scale)))
 (let ((?x80 (- ?x79)))
 (let ((?x71 (* scale scale)))
 (let ((?x72 (/ 1.0 ?x71)))
 (let ((?x73 (* 0.0 ?x72)))
 (let ((?x70 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x70 ?x73)))
 (let ((?x75 (- ?x74)))
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x40 (* ?x25 exp!2)))
 (let ((?x76 (* ?x40 ?x75)))
 (let ((?x77 (+ ?x74 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x81 (+ ?x78 ?x80)))
 (let ((?x178 (* ?x159 ?x81)))
 (let ((?x182 (* |g2[0]| ?x178)))
 (let ((?x187 (+ ?x182 ?x186)))
 (let ((?x179 (* ?x81 ?x178)))
 (let ((?x175 (- ?x73)))
 (let ((?x171 (* ?x75 ?x76)))
 (let ((?x162 (/ 1.0 (* ?x71 scale))))
 (let ((?x164 (* ?x162 (- 2.0))))
 (let ((?x165 (* 0.0 ?x164)))
 (let ((?x166 (* 0.0 ?x165)))
 (let ((?x167 (+ ?x73 ?x166)))
 (let ((?x168 (+ ?x73 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x170 (* ?x40 ?x169)))
 (let ((?x172 (+ ?x170 ?x171)))
 (let ((?x173 (+ ?x168 ?x172)))
 (let ((?x174 (- ?x173)))
 (let ((?x176 (+ ?x174 ?x175)))
 (let ((?x177 (* ?x159 ?x176)))
 (let ((?x180 (+ ?x177 ?x179)))
 (let ((?x181 (* f2 ?x180)))
 (let ((?x183 (+ ?x181 ?x182)))
 (let ((?x188 (+ ?x183 ?x187)))
 (let ((?x128 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x129 (+ ?x128 ?x128)))
 (let ((?x112 (* f2 1.0)))
 (let ((?x111 (* 0.0 1.0)))
 (let ((?x113 (+ ?x111 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x120 (* ?x40 ?x114)))
 (let ((?x121 (- ?x120)))
 (let ((?x122 (+ ?x114 ?x121)))
 (let ((?x123 (* 0.0 ?x122)))
 (let ((?x124 (* ?x72 ?x123)))
 (let ((?x115 (* ?x76 ?x114)))
 (let ((?x106 (* |g2[0]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x105 (* f2 ?x84)))
 (let ((?x107 (+ ?x105 ?x106)))
 (let ((?x103 (* 0.0 ?x84)))
 (let ((?x108 (+ ?x103 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x110 (* ?x40 ?x109)))
 (let ((?x116 (+ ?x110 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x109 ?x117)))
 (let ((?x119 (/ ?x118 scale)))
 (let ((?x125 (+ ?x119 ?x124)))
 (let ((?x126 (- ?x125)))
 (let ((?x101 (* |g2[0]| ?x84)))
 (let ((?x85 (* (/ 1.0 2.0) ?x84)))
 (let ((?x86 (* 0.0 ?x85)))
 (let ((?x88 (+ (- 1.0) 1.0)))
 (let ((?x89 (* (/ 1.0 2.0) ?x88)))
 (let ((?x95 (* 0.0 ?x89)))
 (let ((?x96 (+ ?x95 ?x86)))
 (let ((?x97 (* |h2[1,0]| ?x96)))
 (let ((?x92 (+ ?x89 ?x86)))
 (let ((?x93 (* |h2[0,0]| ?x92)))
 (let ((?x98 (+ ?x93 ?x97)))
 (let ((?x90 (* |h2[0,0]| ?x89)))
 (let ((?x91 (+ ?x86 ?x90)))
 (let ((?x99 (+ ?x91 ?x98)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x127 (+ ?x102 ?x126)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x160 (* ?x159 ?x130)))
 (or (and (distinct ?x160 ?x188) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!19 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!19) (< exp!1 exp!3)))
(assert
 (= (< log!19 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!19) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!19 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!19)))
(assert
 (let (($x64 (= exp!3 scale)))
 (=> (> scale 0.0) $x64)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) (* (/ 1.0 exp!1) exp!2)) (< exp!1 exp!4)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) (* (/ 1.0 exp!1) exp!2)) (< exp!2 exp!4)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) log!19) (< exp!4 exp!3)))
(assert
 (= (< log!19 (* (/ 1.0 exp!1) exp!2)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* (/ 1.0 exp!1) exp!2) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* (/ 1.0 exp!1) exp!2))))
(check-sat)
(pop 1)
