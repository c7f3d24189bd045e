; certjax: rule estimators.score_constant_baseline_Gumbel, obligation 'second_order.hessian_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!20 () Real)
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
 (let ((?x201 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x202 (* (/ 1.0 2.0) ?x201)))
 (let ((?x164 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x165 (* ?x164 exp!2)))
 (let ((?x203 (* ?x165 ?x202)))
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
 (let ((?x193 (* ?x165 ?x81)))
 (let ((?x200 (* |g2[0]| ?x193)))
 (let ((?x204 (+ ?x200 ?x203)))
 (let ((?x191 (- ?x69)))
 (let ((?x168 (* 0.0 ?x72)))
 (let ((?x179 (/ (- 1.0) scale)))
 (let ((?x180 (+ ?x179 ?x168)))
 (let ((?x181 (- ?x180)))
 (let ((?x188 (* ?x40 ?x181)))
 (let ((?x189 (+ ?x180 ?x188)))
 (let ((?x190 (- ?x189)))
 (let ((?x192 (+ ?x190 ?x191)))
 (let ((?x197 (* ?x165 ?x192)))
 (let ((?x198 (* |g2[1]| ?x197)))
 (let ((?x194 (* ?x192 ?x193)))
 (let ((?x182 (* ?x181 ?x76)))
 (let ((?x171 (/ 1.0 (* ?x71 scale))))
 (let ((?x173 (* ?x171 (- 2.0))))
 (let ((?x174 (* 0.0 ?x173)))
 (let ((?x175 (+ ?x168 ?x174)))
 (let ((?x176 (+ ?x72 ?x175)))
 (let ((?x177 (- ?x176)))
 (let ((?x178 (* ?x40 ?x177)))
 (let ((?x183 (+ ?x178 ?x182)))
 (let ((?x184 (+ ?x176 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x169 (- ?x168)))
 (let ((?x186 (+ ?x169 ?x185)))
 (let ((?x187 (* ?x165 ?x186)))
 (let ((?x195 (+ ?x187 ?x194)))
 (let ((?x106 (- b)))
 (let ((?x167 (+ f2 ?x106)))
 (let ((?x196 (* ?x167 ?x195)))
 (let ((?x199 (+ ?x196 ?x198)))
 (let ((?x205 (+ ?x199 ?x204)))
 (let ((?x134 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x133 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x135 (+ ?x133 ?x134)))
 (let ((?x117 (* f2 1.0)))
 (let ((?x116 (* 1.0 ?x106)))
 (let ((?x118 (+ ?x116 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x125 (* ?x40 ?x119)))
 (let ((?x126 (- ?x125)))
 (let ((?x127 (+ ?x119 ?x126)))
 (let ((?x128 (- ?x127)))
 (let ((?x129 (* ?x72 ?x128)))
 (let ((?x120 (* ?x76 ?x119)))
 (let ((?x111 (* |g2[1]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x109 (* f2 ?x84)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x107 (* ?x84 ?x106)))
 (let ((?x113 (+ ?x107 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x115 (* ?x40 ?x114)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x114 ?x122)))
 (let ((?x124 (/ ?x123 scale)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x131 (- ?x130)))
 (let ((?x103 (* |g2[0]| ?x84)))
 (let ((?x85 (* (/ 1.0 2.0) ?x84)))
 (let ((?x86 (* 0.0 ?x85)))
 (let ((?x89 (+ (- 1.0) 1.0)))
 (let ((?x90 (* (/ 1.0 2.0) ?x89)))
 (let ((?x98 (+ ?x90 ?x86)))
 (let ((?x99 (* |h2[1,0]| ?x98)))
 (let ((?x94 (* 0.0 ?x90)))
 (let ((?x95 (+ ?x94 ?x86)))
 (let ((?x96 (* |h2[0,0]| ?x95)))
 (let ((?x100 (+ ?x96 ?x99)))
 (let ((?x91 (* |h2[0,1]| ?x90)))
 (let ((?x92 (+ ?x86 ?x91)))
 (let ((?x101 (+ ?x92 ?x100)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x132 (+ ?x104 ?x131)))
 (let ((?x136 (+ ?x132 ?x135)))
 (let ((?x166 (* ?x165 ?x136)))
 (or (and (distinct ?x166 ?x205) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!20 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!20) (< exp!1 exp!3)))
(assert
 (= (< log!20 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!20) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!20 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!20)))
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
 (= (< (* (/ 1.0 exp!1) exp!2) log!20) (< exp!4 exp!3)))
(assert
 (= (< log!20 (* (/ 1.0 exp!1) exp!2)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* (/ 1.0 exp!1) exp!2) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* (/ 1.0 exp!1) exp!2))))
(check-sat)
(pop 1)
