; certjax: rule estimators.score_constant_baseline_Gumbel, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x210 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x211 (* (/ 1.0 2.0) ?x210)))
 (let ((?x176 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x177 (* ?x176 exp!2)))
 (let ((?x212 (* ?x177 ?x211)))
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
 (let ((?x204 (* ?x177 ?x81)))
 (let ((?x209 (* |g2[1]| ?x204)))
 (let ((?x213 (+ ?x209 ?x212)))
 (let ((?x186 (/ 1.0 scale)))
 (let ((?x187 (- ?x186)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x179 (- ?x13)))
 (let ((?x180 (* ?x179 ?x72)))
 (let ((?x181 (+ ?x79 ?x180)))
 (let ((?x182 (- ?x181)))
 (let ((?x183 (* ?x40 ?x182)))
 (let ((?x184 (+ ?x181 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x188 (+ ?x185 ?x187)))
 (let ((?x205 (* ?x188 ?x204)))
 (let ((?x198 (* ?x182 ?x76)))
 (let ((?x130 (/ 1.0 (* ?x71 scale))))
 (let ((?x132 (* ?x130 (- 2.0))))
 (let ((?x133 (* 0.0 ?x132)))
 (let ((?x193 (* ?x179 ?x133)))
 (let ((?x194 (+ ?x72 ?x193)))
 (let ((?x195 (+ ?x73 ?x194)))
 (let ((?x196 (- ?x195)))
 (let ((?x197 (* ?x40 ?x196)))
 (let ((?x199 (+ ?x197 ?x198)))
 (let ((?x200 (+ ?x195 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x192 (- ?x73)))
 (let ((?x202 (+ ?x192 ?x201)))
 (let ((?x203 (* ?x177 ?x202)))
 (let ((?x206 (+ ?x203 ?x205)))
 (let ((?x105 (- b)))
 (let ((?x191 (+ f2 ?x105)))
 (let ((?x207 (* ?x191 ?x206)))
 (let ((?x189 (* ?x177 ?x188)))
 (let ((?x190 (* |g2[0]| ?x189)))
 (let ((?x208 (+ ?x190 ?x207)))
 (let ((?x214 (+ ?x208 ?x213)))
 (let ((?x146 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x145 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x147 (+ ?x145 ?x146)))
 (let ((?x116 (* f2 1.0)))
 (let ((?x115 (* 1.0 ?x105)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (- ?x117)))
 (let ((?x134 (* ?x40 ?x118)))
 (let ((?x135 (- ?x134)))
 (let ((?x136 (+ ?x118 ?x135)))
 (let ((?x140 (* ?x72 ?x136)))
 (let ((?x141 (- ?x140)))
 (let ((?x137 (* ?x133 ?x136)))
 (let ((?x124 (* ?x76 ?x118)))
 (let ((?x110 (* |g2[0]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x108 (* f2 ?x84)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x106 (* ?x84 ?x105)))
 (let ((?x112 (+ ?x106 ?x111)))
 (let ((?x113 (- ?x112)))
 (let ((?x123 (* ?x40 ?x113)))
 (let ((?x125 (+ ?x123 ?x124)))
 (let ((?x126 (- ?x125)))
 (let ((?x127 (+ ?x113 ?x126)))
 (let ((?x128 (* ?x72 ?x127)))
 (let ((?x138 (+ ?x128 ?x137)))
 (let ((?x139 (* ?x13 ?x138)))
 (let ((?x142 (+ ?x139 ?x141)))
 (let ((?x143 (- ?x142)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x120 (* ?x72 ?x119)))
 (let ((?x114 (/ ?x113 scale)))
 (let ((?x121 (+ ?x114 ?x120)))
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
 (let ((?x122 (+ ?x103 ?x121)))
 (let ((?x144 (+ ?x122 ?x143)))
 (let ((?x148 (+ ?x144 ?x147)))
 (let ((?x178 (* ?x177 ?x148)))
 (or (and (distinct ?x178 ?x214) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
