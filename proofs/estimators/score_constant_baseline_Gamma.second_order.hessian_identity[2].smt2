; certjax: rule estimators.score_constant_baseline_Gamma, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun digamma!44 () Real)
(declare-fun log!18 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!46 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!14 () Real)
(declare-fun lgamma!23 () Real)
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
 (let ((?x244 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x245 (* (/ 1.0 2.0) ?x244)))
 (let ((?x210 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x246 (* ?x210 ?x245)))
 (let ((?x71 (- digamma!44)))
 (let ((?x14 (* rate z)))
 (let ((?x66 (/ 0.0 ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x67 (* ?x27 ?x66)))
 (let ((?x68 (+ log!18 ?x67)))
 (let ((?x65 (/ 0.0 rate)))
 (let ((?x69 (+ ?x65 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x238 (* ?x210 ?x72)))
 (let ((?x243 (* |g2[1]| ?x238)))
 (let ((?x247 (+ ?x243 ?x246)))
 (let ((?x220 (* 0.0 digamma!44)))
 (let ((?x221 (- ?x220)))
 (let ((?x218 (- z)))
 (let ((?x214 (/ z ?x14)))
 (let ((?x215 (* ?x27 ?x214)))
 (let ((?x213 (* log!18 0.0)))
 (let ((?x216 (+ ?x213 ?x215)))
 (let ((?x212 (/ 1.0 rate)))
 (let ((?x217 (+ ?x212 ?x216)))
 (let ((?x219 (+ ?x217 ?x218)))
 (let ((?x222 (+ ?x219 ?x221)))
 (let ((?x239 (* ?x222 ?x238)))
 (let ((?x121 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x231 (* 0.0 ?x121)))
 (let ((?x232 (* ?x27 ?x231)))
 (let ((?x233 (+ ?x214 ?x232)))
 (let ((?x230 (* 0.0 ?x66)))
 (let ((?x234 (+ ?x230 ?x233)))
 (let ((?x110 (/ 1.0 (* rate rate))))
 (let ((?x229 (* 0.0 ?x110)))
 (let ((?x235 (+ ?x229 ?x234)))
 (let ((?x227 (* 0.0 polygamma!46)))
 (let ((?x228 (- ?x227)))
 (let ((?x236 (+ ?x228 ?x235)))
 (let ((?x237 (* ?x210 ?x236)))
 (let ((?x240 (+ ?x237 ?x239)))
 (let ((?x96 (- b)))
 (let ((?x225 (+ f2 ?x96)))
 (let ((?x241 (* ?x225 ?x240)))
 (let ((?x223 (* ?x210 ?x222)))
 (let ((?x224 (* |g2[0]| ?x223)))
 (let ((?x242 (+ ?x224 ?x241)))
 (let ((?x248 (+ ?x242 ?x247)))
 (let ((?x128 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x127 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x106 (* f2 1.0)))
 (let ((?x105 (* 1.0 ?x96)))
 (let ((?x107 (+ ?x105 ?x106)))
 (let ((?x118 (* ?x27 ?x107)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x122 (* ?x119 ?x121)))
 (let ((?x101 (* |g2[0]| 1.0)))
 (let ((?x75 (* ?x72 1.0)))
 (let ((?x99 (* f2 ?x75)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x97 (* ?x75 ?x96)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x115 (* ?x27 ?x103)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x117 (/ ?x116 ?x14)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x114 (- ?x103)))
 (let ((?x124 (+ ?x114 ?x123)))
 (let ((?x125 (* z ?x124)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x111 (* ?x108 ?x110)))
 (let ((?x104 (/ ?x103 rate)))
 (let ((?x112 (+ ?x104 ?x111)))
 (let ((?x93 (* |g2[1]| ?x75)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x77 (* 0.0 ?x76)))
 (let ((?x79 (+ (- 1.0) 1.0)))
 (let ((?x80 (* (/ 1.0 2.0) ?x79)))
 (let ((?x87 (* 0.0 ?x80)))
 (let ((?x88 (+ ?x87 ?x77)))
 (let ((?x89 (* |h2[1,1]| ?x88)))
 (let ((?x84 (+ ?x80 ?x77)))
 (let ((?x85 (* |h2[0,1]| ?x84)))
 (let ((?x90 (+ ?x85 ?x89)))
 (let ((?x81 (* |h2[1,0]| ?x80)))
 (let ((?x82 (+ ?x77 ?x81)))
 (let ((?x91 (+ ?x82 ?x90)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x113 (+ ?x94 ?x112)))
 (let ((?x126 (+ ?x113 ?x125)))
 (let ((?x130 (+ ?x126 ?x129)))
 (let ((?x211 (* ?x210 ?x130)))
 (or (and (distinct ?x211 ?x248) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!18 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!18)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (=> $x37 (= exp!1 ?x14)))))
(assert
 (= (< log!14 log!18) (< exp!2 exp!1)))
(assert
 (= (< log!18 log!14) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!14 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!14)))
(assert
 (let (($x56 (= exp!2 rate)))
 (=> (> rate 0.0) $x56)))
(assert
 (= (< lgamma!23 log!18) (< exp!3 exp!1)))
(assert
 (= (< log!18 lgamma!23) (< exp!1 exp!3)))
(assert
 (= (< lgamma!23 log!14) (< exp!3 exp!2)))
(assert
 (= (< log!14 lgamma!23) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!23 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!23)))
(assert
 (= (< (* concentration log!18) log!18) (< exp!4 exp!1)))
(assert
 (= (< log!18 (* concentration log!18)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!18) log!14) (< exp!4 exp!2)))
(assert
 (= (< log!14 (* concentration log!18)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!18) lgamma!23) (< exp!4 exp!3)))
(assert
 (= (< lgamma!23 (* concentration log!18)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!18) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!18))))
(assert
 (= (< (* rate z) log!18) (< exp!5 exp!1)))
(assert
 (= (< log!18 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!14) (< exp!5 exp!2)))
(assert
 (= (< log!14 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!23) (< exp!5 exp!3)))
(assert
 (= (< lgamma!23 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!18)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!18) (* rate z)) (< exp!4 exp!5)))
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
