; certjax: rule estimators.score_Gumbel, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun |g2[1]| () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x207 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x208 (* (/ 1.0 2.0) ?x207)))
 (let ((?x174 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x175 (* ?x174 exp!2)))
 (let ((?x209 (* ?x175 ?x208)))
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
 (let ((?x201 (* ?x175 ?x81)))
 (let ((?x206 (* |g2[1]| ?x201)))
 (let ((?x210 (+ ?x206 ?x209)))
 (let ((?x184 (/ 1.0 scale)))
 (let ((?x185 (- ?x184)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x177 (- ?x13)))
 (let ((?x178 (* ?x177 ?x72)))
 (let ((?x179 (+ ?x79 ?x178)))
 (let ((?x180 (- ?x179)))
 (let ((?x181 (* ?x40 ?x180)))
 (let ((?x182 (+ ?x179 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x186 (+ ?x183 ?x185)))
 (let ((?x202 (* ?x186 ?x201)))
 (let ((?x195 (* ?x180 ?x76)))
 (let ((?x128 (/ 1.0 (* ?x71 scale))))
 (let ((?x130 (* ?x128 (- 2.0))))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x190 (* ?x177 ?x131)))
 (let ((?x191 (+ ?x72 ?x190)))
 (let ((?x192 (+ ?x73 ?x191)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (* ?x40 ?x193)))
 (let ((?x196 (+ ?x194 ?x195)))
 (let ((?x197 (+ ?x192 ?x196)))
 (let ((?x198 (- ?x197)))
 (let ((?x189 (- ?x73)))
 (let ((?x199 (+ ?x189 ?x198)))
 (let ((?x200 (* ?x175 ?x199)))
 (let ((?x203 (+ ?x200 ?x202)))
 (let ((?x204 (* f2 ?x203)))
 (let ((?x187 (* ?x175 ?x186)))
 (let ((?x188 (* |g2[0]| ?x187)))
 (let ((?x205 (+ ?x188 ?x204)))
 (let ((?x211 (+ ?x205 ?x210)))
 (let ((?x144 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x143 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x145 (+ ?x143 ?x144)))
 (let ((?x114 (* f2 1.0)))
 (let ((?x113 (* 0.0 1.0)))
 (let ((?x115 (+ ?x113 ?x114)))
 (let ((?x116 (- ?x115)))
 (let ((?x132 (* ?x40 ?x116)))
 (let ((?x133 (- ?x132)))
 (let ((?x134 (+ ?x116 ?x133)))
 (let ((?x138 (* ?x72 ?x134)))
 (let ((?x139 (- ?x138)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x122 (* ?x76 ?x116)))
 (let ((?x108 (* |g2[0]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x106 (* f2 ?x84)))
 (let ((?x109 (+ ?x106 ?x108)))
 (let ((?x104 (* 0.0 ?x84)))
 (let ((?x110 (+ ?x104 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x121 (* ?x40 ?x111)))
 (let ((?x123 (+ ?x121 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x125 (+ ?x111 ?x124)))
 (let ((?x126 (* ?x72 ?x125)))
 (let ((?x136 (+ ?x126 ?x135)))
 (let ((?x137 (* ?x13 ?x136)))
 (let ((?x140 (+ ?x137 ?x139)))
 (let ((?x141 (- ?x140)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x118 (* ?x72 ?x117)))
 (let ((?x112 (/ ?x111 scale)))
 (let ((?x119 (+ ?x112 ?x118)))
 (let ((?x102 (* |g2[1]| ?x84)))
 (let ((?x85 (* (/ 1.0 2.0) ?x84)))
 (let ((?x86 (* 0.0 ?x85)))
 (let ((?x88 (+ (- 1.0) 1.0)))
 (let ((?x89 (* (/ 1.0 2.0) ?x88)))
 (let ((?x96 (* 0.0 ?x89)))
 (let ((?x97 (+ ?x96 ?x86)))
 (let ((?x98 (* |h2[1,1]| ?x97)))
 (let ((?x93 (+ ?x89 ?x86)))
 (let ((?x94 (* |h2[0,1]| ?x93)))
 (let ((?x99 (+ ?x94 ?x98)))
 (let ((?x90 (* |h2[1,0]| ?x89)))
 (let ((?x91 (+ ?x86 ?x90)))
 (let ((?x100 (+ ?x91 ?x99)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x120 (+ ?x103 ?x119)))
 (let ((?x142 (+ ?x120 ?x141)))
 (let ((?x146 (+ ?x142 ?x145)))
 (let ((?x176 (* ?x175 ?x146)))
 (or (and (distinct ?x176 ?x211) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
