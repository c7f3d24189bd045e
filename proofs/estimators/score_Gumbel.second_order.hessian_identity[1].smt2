; certjax: rule estimators.score_Gumbel, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x198 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x199 (* (/ 1.0 2.0) ?x198)))
 (let ((?x162 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x163 (* ?x162 exp!2)))
 (let ((?x200 (* ?x163 ?x199)))
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
 (let ((?x190 (* ?x163 ?x81)))
 (let ((?x197 (* |g2[0]| ?x190)))
 (let ((?x201 (+ ?x197 ?x200)))
 (let ((?x188 (- ?x69)))
 (let ((?x165 (* 0.0 ?x72)))
 (let ((?x176 (/ (- 1.0) scale)))
 (let ((?x177 (+ ?x176 ?x165)))
 (let ((?x178 (- ?x177)))
 (let ((?x185 (* ?x40 ?x178)))
 (let ((?x186 (+ ?x177 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x189 (+ ?x187 ?x188)))
 (let ((?x194 (* ?x163 ?x189)))
 (let ((?x195 (* |g2[1]| ?x194)))
 (let ((?x191 (* ?x189 ?x190)))
 (let ((?x179 (* ?x178 ?x76)))
 (let ((?x168 (/ 1.0 (* ?x71 scale))))
 (let ((?x170 (* ?x168 (- 2.0))))
 (let ((?x171 (* 0.0 ?x170)))
 (let ((?x172 (+ ?x165 ?x171)))
 (let ((?x173 (+ ?x72 ?x172)))
 (let ((?x174 (- ?x173)))
 (let ((?x175 (* ?x40 ?x174)))
 (let ((?x180 (+ ?x175 ?x179)))
 (let ((?x181 (+ ?x173 ?x180)))
 (let ((?x182 (- ?x181)))
 (let ((?x166 (- ?x165)))
 (let ((?x183 (+ ?x166 ?x182)))
 (let ((?x184 (* ?x163 ?x183)))
 (let ((?x192 (+ ?x184 ?x191)))
 (let ((?x193 (* f2 ?x192)))
 (let ((?x196 (+ ?x193 ?x195)))
 (let ((?x202 (+ ?x196 ?x201)))
 (let ((?x132 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x131 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x133 (+ ?x131 ?x132)))
 (let ((?x115 (* f2 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x123 (* ?x40 ?x117)))
 (let ((?x124 (- ?x123)))
 (let ((?x125 (+ ?x117 ?x124)))
 (let ((?x126 (- ?x125)))
 (let ((?x127 (* ?x72 ?x126)))
 (let ((?x118 (* ?x76 ?x117)))
 (let ((?x109 (* |g2[1]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x107 (* f2 ?x84)))
 (let ((?x110 (+ ?x107 ?x109)))
 (let ((?x105 (* 0.0 ?x84)))
 (let ((?x111 (+ ?x105 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x113 (* ?x40 ?x112)))
 (let ((?x119 (+ ?x113 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x112 ?x120)))
 (let ((?x122 (/ ?x121 scale)))
 (let ((?x128 (+ ?x122 ?x127)))
 (let ((?x129 (- ?x128)))
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
 (let ((?x130 (+ ?x104 ?x129)))
 (let ((?x134 (+ ?x130 ?x133)))
 (let ((?x164 (* ?x163 ?x134)))
 (or (and (distinct ?x164 ?x202) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
