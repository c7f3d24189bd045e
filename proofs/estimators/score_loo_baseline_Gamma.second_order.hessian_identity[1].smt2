; certjax: rule estimators.score_loo_baseline_Gamma, obligation 'second_order.hessian_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun digamma!45 () Real)
(declare-fun log!19 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!47 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x238 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x239 (* (/ 1.0 2.0) ?x238)))
 (let ((?x206 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x240 (* ?x206 ?x239)))
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
 (let ((?x230 (* ?x206 ?x76)))
 (let ((?x237 (* |g2[0]| ?x230)))
 (let ((?x241 (+ ?x237 ?x240)))
 (let ((?x228 (- digamma!45)))
 (let ((?x216 (/ 0.0 ?x14)))
 (let ((?x225 (* ?x27 ?x216)))
 (let ((?x226 (+ log!19 ?x225)))
 (let ((?x224 (/ 0.0 rate)))
 (let ((?x227 (+ ?x224 ?x226)))
 (let ((?x229 (+ ?x227 ?x228)))
 (let ((?x234 (* ?x206 ?x229)))
 (let ((?x235 (* |g2[1]| ?x234)))
 (let ((?x231 (* ?x229 ?x230)))
 (let ((?x111 (* 0.0 polygamma!47)))
 (let ((?x221 (- ?x111)))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x213 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x214 (* 0.0 ?x213)))
 (let ((?x215 (* ?x27 ?x214)))
 (let ((?x218 (+ ?x215 ?x217)))
 (let ((?x219 (+ ?x67 ?x218)))
 (let ((?x210 (/ 1.0 (* rate rate))))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x220 (+ ?x211 ?x219)))
 (let ((?x222 (+ ?x220 ?x221)))
 (let ((?x223 (* ?x206 ?x222)))
 (let ((?x232 (+ ?x223 ?x231)))
 (let ((?x100 (- b)))
 (let ((?x208 (+ f2 ?x100)))
 (let ((?x233 (* ?x208 ?x232)))
 (let ((?x236 (+ ?x233 ?x235)))
 (let ((?x242 (+ ?x236 ?x241)))
 (let ((?x124 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x123 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x125 (+ ?x123 ?x124)))
 (let ((?x113 (* f2 1.0)))
 (let ((?x112 (* 1.0 ?x100)))
 (let ((?x114 (+ ?x112 ?x113)))
 (let ((?x120 (* ?x67 ?x114)))
 (let ((?x105 (* |g2[1]| 1.0)))
 (let ((?x79 (* ?x76 1.0)))
 (let ((?x103 (* f2 ?x79)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x101 (* ?x79 ?x100)))
 (let ((?x107 (+ ?x101 ?x106)))
 (let ((?x119 (* log!19 ?x107)))
 (let ((?x121 (+ ?x119 ?x120)))
 (let ((?x115 (- ?x114)))
 (let ((?x116 (* ?x111 ?x115)))
 (let ((?x108 (- ?x107)))
 (let ((?x109 (* digamma!45 ?x108)))
 (let ((?x117 (+ ?x109 ?x116)))
 (let ((?x97 (* |g2[0]| ?x79)))
 (let ((?x80 (* (/ 1.0 2.0) ?x79)))
 (let ((?x81 (* 0.0 ?x80)))
 (let ((?x83 (+ (- 1.0) 1.0)))
 (let ((?x84 (* (/ 1.0 2.0) ?x83)))
 (let ((?x92 (+ ?x84 ?x81)))
 (let ((?x93 (* |h2[1,0]| ?x92)))
 (let ((?x88 (* 0.0 ?x84)))
 (let ((?x89 (+ ?x88 ?x81)))
 (let ((?x90 (* |h2[0,0]| ?x89)))
 (let ((?x94 (+ ?x90 ?x93)))
 (let ((?x85 (* |h2[0,1]| ?x84)))
 (let ((?x86 (+ ?x81 ?x85)))
 (let ((?x95 (+ ?x86 ?x94)))
 (let ((?x98 (+ ?x95 ?x97)))
 (let ((?x118 (+ ?x98 ?x117)))
 (let ((?x122 (+ ?x118 ?x121)))
 (let ((?x126 (+ ?x122 ?x125)))
 (let ((?x207 (* ?x206 ?x126)))
 (or (and (distinct ?x207 ?x242) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
