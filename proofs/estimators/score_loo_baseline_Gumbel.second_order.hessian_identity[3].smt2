; certjax: rule estimators.score_loo_baseline_Gumbel, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!21 () Real)
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
 (let ((?x194 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x195 (* (/ 1.0 2.0) ?x194)))
 (let ((?x172 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x173 (* ?x172 exp!2)))
 (let ((?x196 (* ?x173 ?x195)))
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
 (let ((?x188 (* ?x173 ?x81)))
 (let ((?x192 (* |g2[1]| ?x188)))
 (let ((?x197 (+ ?x192 ?x196)))
 (let ((?x189 (* ?x81 ?x188)))
 (let ((?x182 (* ?x75 ?x76)))
 (let ((?x128 (/ 1.0 (* ?x71 scale))))
 (let ((?x130 (* ?x128 (- 2.0))))
 (let ((?x177 (* ?x70 ?x130)))
 (let ((?x176 (* 0.0 ?x72)))
 (let ((?x178 (+ ?x176 ?x177)))
 (let ((?x179 (+ ?x176 ?x178)))
 (let ((?x180 (- ?x179)))
 (let ((?x181 (* ?x40 ?x180)))
 (let ((?x183 (+ ?x181 ?x182)))
 (let ((?x184 (+ ?x179 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (+ ?x72 ?x185)))
 (let ((?x187 (* ?x173 ?x186)))
 (let ((?x190 (+ ?x187 ?x189)))
 (let ((?x105 (- b)))
 (let ((?x175 (+ f2 ?x105)))
 (let ((?x191 (* ?x175 ?x190)))
 (let ((?x193 (+ ?x191 ?x192)))
 (let ((?x198 (+ ?x193 ?x197)))
 (let ((?x142 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x143 (+ ?x142 ?x142)))
 (let ((?x115 (* f2 1.0)))
 (let ((?x114 (* 1.0 ?x105)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x121 (- ?x116)))
 (let ((?x131 (* ?x40 ?x121)))
 (let ((?x132 (- ?x131)))
 (let ((?x133 (+ ?x121 ?x132)))
 (let ((?x137 (* ?x72 ?x133)))
 (let ((?x138 (* 0.0 ?x137)))
 (let ((?x134 (* ?x130 ?x133)))
 (let ((?x122 (* ?x76 ?x121)))
 (let ((?x109 (* |g2[1]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x108 (* f2 ?x84)))
 (let ((?x110 (+ ?x108 ?x109)))
 (let ((?x106 (* ?x84 ?x105)))
 (let ((?x111 (+ ?x106 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x120 (* ?x40 ?x112)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x125 (+ ?x112 ?x124)))
 (let ((?x126 (* ?x72 ?x125)))
 (let ((?x135 (+ ?x126 ?x134)))
 (let ((?x136 (* ?x13 ?x135)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x140 (- ?x139)))
 (let ((?x117 (* ?x72 ?x116)))
 (let ((?x113 (/ ?x112 scale)))
 (let ((?x118 (+ ?x113 ?x117)))
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
 (let ((?x119 (+ ?x103 ?x118)))
 (let ((?x141 (+ ?x119 ?x140)))
 (let ((?x144 (+ ?x141 ?x143)))
 (let ((?x174 (* ?x173 ?x144)))
 (or (and (distinct ?x174 ?x198) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!21 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!21) (< exp!1 exp!3)))
(assert
 (= (< log!21 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!21) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!21 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!21)))
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
 (= (< (* (/ 1.0 exp!1) exp!2) log!21) (< exp!4 exp!3)))
(assert
 (= (< log!21 (* (/ 1.0 exp!1) exp!2)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* (/ 1.0 exp!1) exp!2) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* (/ 1.0 exp!1) exp!2))))
(check-sat)
(pop 1)
