; certjax: rule estimators.score_Gumbel, obligation 'second_order.hessian_identity[3]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x191 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x192 (* (/ 1.0 2.0) ?x191)))
 (let ((?x170 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x171 (* ?x170 exp!2)))
 (let ((?x193 (* ?x171 ?x192)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x80 (- ?x79)))
 (let ((?x71 (* scale scale)))
 (let ((?x72 (/ 1.0 ?x71)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x70 (- ?x13)))
 (let ((?x73 (* ?x70 ?x72)))
 (let ((?x69 (/ 0.0 scale)))
 (let ((?x74 (+ ?x69 ?x73)))
 (let ((?x75 (- ?x74)))
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x40 (* ?x25 exp!2)))
 (let ((?x76 (* ?x40 ?x75)))
 (let ((?x77 (+ ?x74 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x81 (+ ?x78 ?x80)))
 (let ((?x185 (* ?x171 ?x81)))
 (let ((?x189 (* |g2[1]| ?x185)))
 (let ((?x194 (+ ?x189 ?x193)))
 (let ((?x186 (* ?x81 ?x185)))
 (let ((?x179 (* ?x75 ?x76)))
 (let ((?x126 (/ 1.0 (* ?x71 scale))))
 (let ((?x128 (* ?x126 (- 2.0))))
 (let ((?x174 (* ?x70 ?x128)))
 (let ((?x173 (* 0.0 ?x72)))
 (let ((?x175 (+ ?x173 ?x174)))
 (let ((?x176 (+ ?x173 ?x175)))
 (let ((?x177 (- ?x176)))
 (let ((?x178 (* ?x40 ?x177)))
 (let ((?x180 (+ ?x178 ?x179)))
 (let ((?x181 (+ ?x176 ?x180)))
 (let ((?x182 (- ?x181)))
 (let ((?x183 (+ ?x72 ?x182)))
 (let ((?x184 (* ?x171 ?x183)))
 (let ((?x187 (+ ?x184 ?x186)))
 (let ((?x188 (* f2 ?x187)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x195 (+ ?x190 ?x194)))
 (let ((?x140 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x141 (+ ?x140 ?x140)))
 (let ((?x113 (* f2 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x114 (+ ?x112 ?x113)))
 (let ((?x119 (- ?x114)))
 (let ((?x129 (* ?x40 ?x119)))
 (let ((?x130 (- ?x129)))
 (let ((?x131 (+ ?x119 ?x130)))
 (let ((?x135 (* ?x72 ?x131)))
 (let ((?x136 (* 0.0 ?x135)))
 (let ((?x132 (* ?x128 ?x131)))
 (let ((?x120 (* ?x76 ?x119)))
 (let ((?x107 (* |g2[1]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x106 (* f2 ?x84)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x104 (* 0.0 ?x84)))
 (let ((?x109 (+ ?x104 ?x108)))
 (let ((?x110 (- ?x109)))
 (let ((?x118 (* ?x40 ?x110)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x110 ?x122)))
 (let ((?x124 (* ?x72 ?x123)))
 (let ((?x133 (+ ?x124 ?x132)))
 (let ((?x134 (* ?x13 ?x133)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x115 (* ?x72 ?x114)))
 (let ((?x111 (/ ?x110 scale)))
 (let ((?x116 (+ ?x111 ?x115)))
 (let ((?x102 (* |g2[1]| ?x84)))
 (let ((?x85 (* (/ 1.0 2.0) ?x84)))
 (let ((?x86 (* 0.0 ?x85)))
 (let ((?x89 (+ (- 1.0) 1.0)))
 (let ((?x90 (* (/ 1.0 2.0) ?x89)))
 (let ((?x97 (+ ?x90 ?x86)))
 (let ((?x98 (* |h2[1,1]| ?x97)))
 (let ((?x94 (* 0.0 ?x90)))
 (let ((?x95 (+ ?x94 ?x86)))
 (let ((?x96 (* |h2[0,1]| ?x95)))
 (let ((?x99 (+ ?x96 ?x98)))
 (let ((?x91 (* |h2[1,1]| ?x90)))
 (let ((?x92 (+ ?x86 ?x91)))
 (let ((?x100 (+ ?x92 ?x99)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x117 (+ ?x103 ?x116)))
 (let ((?x139 (+ ?x117 ?x138)))
 (let ((?x142 (+ ?x139 ?x141)))
 (let ((?x172 (* ?x171 ?x142)))
 (or (and (distinct ?x172 ?x195) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
