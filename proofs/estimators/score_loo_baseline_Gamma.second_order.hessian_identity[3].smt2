; certjax: rule estimators.score_loo_baseline_Gamma, obligation 'second_order.hessian_identity[3]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun digamma!45 () Real)
(declare-fun log!19 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!47 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!15 () Real)
(declare-fun lgamma!24 () Real)
(assert
 (let (($x12 (< 0.0 z)))
 (let (($x9 (< 0.0 rate)))
 (let (($x7 (< 0.0 concentration)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x12))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x235 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x212 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x237 (* ?x212 ?x236)))
 (let ((?x74 (* 0.0 digamma!45)))
 (let ((?x75 (- ?x74)))
 (let ((?x71 (- z)))
 (let ((?x14 (* rate z)))
 (let ((?x67 (/ z ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x68 (* ?x27 ?x67)))
 (let ((?x66 (* log!19 0.0)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x65 (/ 1.0 rate)))
 (let ((?x70 (+ ?x65 ?x69)))
 (let ((?x72 (+ ?x70 ?x71)))
 (let ((?x76 (+ ?x72 ?x75)))
 (let ((?x229 (* ?x212 ?x76)))
 (let ((?x233 (* |g2[1]| ?x229)))
 (let ((?x238 (+ ?x233 ?x237)))
 (let ((?x230 (* ?x76 ?x229)))
 (let ((?x224 (* 0.0 polygamma!47)))
 (let ((?x225 (* 0.0 ?x224)))
 (let ((?x226 (- ?x225)))
 (let ((?x217 (* z ?x71)))
 (let ((?x124 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x218 (* ?x124 ?x217)))
 (let ((?x219 (* ?x27 ?x218)))
 (let ((?x216 (* 0.0 ?x67)))
 (let ((?x220 (+ ?x216 ?x219)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x112 (/ 1.0 (* rate rate))))
 (let ((?x215 (- ?x112)))
 (let ((?x222 (+ ?x215 ?x221)))
 (let ((?x227 (+ ?x222 ?x226)))
 (let ((?x228 (* ?x212 ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x99 (- b)))
 (let ((?x214 (+ f2 ?x99)))
 (let ((?x232 (* ?x214 ?x231)))
 (let ((?x234 (+ ?x232 ?x233)))
 (let ((?x239 (+ ?x234 ?x238)))
 (let ((?x130 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x130 ?x130)))
 (let ((?x108 (* f2 1.0)))
 (let ((?x107 (* 1.0 ?x99)))
 (let ((?x109 (+ ?x107 ?x108)))
 (let ((?x121 (* ?x27 ?x109)))
 (let ((?x122 (* ?x71 ?x121)))
 (let ((?x125 (* ?x122 ?x124)))
 (let ((?x103 (* |g2[1]| 1.0)))
 (let ((?x79 (* ?x76 1.0)))
 (let ((?x102 (* f2 ?x79)))
 (let ((?x104 (+ ?x102 ?x103)))
 (let ((?x100 (* ?x79 ?x99)))
 (let ((?x105 (+ ?x100 ?x104)))
 (let ((?x118 (* ?x27 ?x105)))
 (let ((?x117 (* 0.0 ?x109)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (/ ?x119 ?x14)))
 (let ((?x126 (+ ?x120 ?x125)))
 (let ((?x116 (- ?x105)))
 (let ((?x127 (+ ?x116 ?x126)))
 (let ((?x128 (* z ?x127)))
 (let ((?x110 (- ?x109)))
 (let ((?x113 (* ?x110 ?x112)))
 (let ((?x106 (/ ?x105 rate)))
 (let ((?x114 (+ ?x106 ?x113)))
 (let ((?x96 (* |g2[1]| ?x79)))
 (let ((?x80 (* (/ 1.0 2.0) ?x79)))
 (let ((?x81 (* 0.0 ?x80)))
 (let ((?x83 (+ (- 1.0) 1.0)))
 (let ((?x84 (* (/ 1.0 2.0) ?x83)))
 (let ((?x91 (+ ?x84 ?x81)))
 (let ((?x92 (* |h2[1,1]| ?x91)))
 (let ((?x88 (* 0.0 ?x84)))
 (let ((?x89 (+ ?x88 ?x81)))
 (let ((?x90 (* |h2[0,1]| ?x89)))
 (let ((?x93 (+ ?x90 ?x92)))
 (let ((?x85 (* |h2[1,1]| ?x84)))
 (let ((?x86 (+ ?x81 ?x85)))
 (let ((?x94 (+ ?x86 ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x115 (+ ?x97 ?x114)))
 (let ((?x129 (+ ?x115 ?x128)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x213 (* ?x212 ?x132)))
 (or (and (distinct ?x213 ?x239) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!19 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!19)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (=> $x37 (= exp!1 ?x14)))))
(assert
 (= (< log!15 log!19) (< exp!2 exp!1)))
(assert
 (= (< log!19 log!15) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!15 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!15)))
(assert
 (let (($x56 (= exp!2 rate)))
 (=> (> rate 0.0) $x56)))
(assert
 (= (< lgamma!24 log!19) (< exp!3 exp!1)))
(assert
 (= (< log!19 lgamma!24) (< exp!1 exp!3)))
(assert
 (= (< lgamma!24 log!15) (< exp!3 exp!2)))
(assert
 (= (< log!15 lgamma!24) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!24 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!24)))
(assert
 (= (< (* concentration log!19) log!19) (< exp!4 exp!1)))
(assert
 (= (< log!19 (* concentration log!19)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!19) log!15) (< exp!4 exp!2)))
(assert
 (= (< log!15 (* concentration log!19)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!19) lgamma!24) (< exp!4 exp!3)))
(assert
 (= (< lgamma!24 (* concentration log!19)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!19) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!19))))
(assert
 (= (< (* rate z) log!19) (< exp!5 exp!1)))
(assert
 (= (< log!19 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!15) (< exp!5 exp!2)))
(assert
 (= (< log!15 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!24) (< exp!5 exp!3)))
(assert
 (= (< lgamma!24 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!19)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!19) (* rate z)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (= $x37 (> exp!5 1.0)))))
(assert
 (>= exp!5 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
