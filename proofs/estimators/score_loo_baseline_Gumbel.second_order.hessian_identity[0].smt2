; certjax: rule estimators.score_loo_baseline_Gumbel, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun z () Real)
(declare-fun loc () Real)
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
 (let ((?x187 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x188 (* (/ 1.0 2.0) ?x187)))
 (let ((?x160 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x161 (* ?x160 exp!2)))
 (let ((?x189 (* ?x161 ?x188)))
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
 (let ((?x180 (* ?x161 ?x81)))
 (let ((?x185 (* |g2[0]| ?x180)))
 (let ((?x190 (+ ?x185 ?x189)))
 (let ((?x104 (- b)))
 (let ((?x183 (+ f2 ?x104)))
 (let ((?x181 (* ?x81 ?x180)))
 (let ((?x177 (- ?x73)))
 (let ((?x173 (* ?x75 ?x76)))
 (let ((?x164 (/ 1.0 (* ?x71 scale))))
 (let ((?x166 (* ?x164 (- 2.0))))
 (let ((?x167 (* 0.0 ?x166)))
 (let ((?x168 (* 0.0 ?x167)))
 (let ((?x169 (+ ?x73 ?x168)))
 (let ((?x170 (+ ?x73 ?x169)))
 (let ((?x171 (- ?x170)))
 (let ((?x172 (* ?x40 ?x171)))
 (let ((?x174 (+ ?x172 ?x173)))
 (let ((?x175 (+ ?x170 ?x174)))
 (let ((?x176 (- ?x175)))
 (let ((?x178 (+ ?x176 ?x177)))
 (let ((?x179 (* ?x161 ?x178)))
 (let ((?x182 (+ ?x179 ?x181)))
 (let ((?x184 (* ?x182 ?x183)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x191 (+ ?x186 ?x190)))
 (let ((?x130 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x130 ?x130)))
 (let ((?x114 (* f2 1.0)))
 (let ((?x113 (* 1.0 ?x104)))
 (let ((?x115 (+ ?x113 ?x114)))
 (let ((?x116 (- ?x115)))
 (let ((?x122 (* ?x40 ?x116)))
 (let ((?x123 (- ?x122)))
 (let ((?x124 (+ ?x116 ?x123)))
 (let ((?x125 (* 0.0 ?x124)))
 (let ((?x126 (* ?x72 ?x125)))
 (let ((?x117 (* ?x76 ?x116)))
 (let ((?x108 (* |g2[0]| 1.0)))
 (let ((?x84 (* ?x81 1.0)))
 (let ((?x107 (* f2 ?x84)))
 (let ((?x109 (+ ?x107 ?x108)))
 (let ((?x105 (* ?x84 ?x104)))
 (let ((?x110 (+ ?x105 ?x109)))
 (let ((?x111 (- ?x110)))
 (let ((?x112 (* ?x40 ?x111)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x120 (+ ?x111 ?x119)))
 (let ((?x121 (/ ?x120 scale)))
 (let ((?x127 (+ ?x121 ?x126)))
 (let ((?x128 (- ?x127)))
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
 (let ((?x129 (+ ?x102 ?x128)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x162 (* ?x161 ?x132)))
 (or (and (distinct ?x162 ?x191) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
