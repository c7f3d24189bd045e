; certjax: rule estimators.score_Gamma, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun digamma!43 () Real)
(declare-fun log!17 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!45 () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!13 () Real)
(declare-fun lgamma!22 () Real)
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
 (let ((?x241 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x242 (* (/ 1.0 2.0) ?x241)))
 (let ((?x208 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x243 (* ?x208 ?x242)))
 (let ((?x71 (- digamma!43)))
 (let ((?x14 (* rate z)))
 (let ((?x66 (/ 0.0 ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x67 (* ?x27 ?x66)))
 (let ((?x68 (+ log!17 ?x67)))
 (let ((?x65 (/ 0.0 rate)))
 (let ((?x69 (+ ?x65 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x235 (* ?x208 ?x72)))
 (let ((?x240 (* |g2[1]| ?x235)))
 (let ((?x244 (+ ?x240 ?x243)))
 (let ((?x218 (* 0.0 digamma!43)))
 (let ((?x219 (- ?x218)))
 (let ((?x216 (- z)))
 (let ((?x212 (/ z ?x14)))
 (let ((?x213 (* ?x27 ?x212)))
 (let ((?x211 (* log!17 0.0)))
 (let ((?x214 (+ ?x211 ?x213)))
 (let ((?x210 (/ 1.0 rate)))
 (let ((?x215 (+ ?x210 ?x214)))
 (let ((?x217 (+ ?x215 ?x216)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x236 (* ?x220 ?x235)))
 (let ((?x119 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x228 (* 0.0 ?x119)))
 (let ((?x229 (* ?x27 ?x228)))
 (let ((?x230 (+ ?x212 ?x229)))
 (let ((?x227 (* 0.0 ?x66)))
 (let ((?x231 (+ ?x227 ?x230)))
 (let ((?x108 (/ 1.0 (* rate rate))))
 (let ((?x226 (* 0.0 ?x108)))
 (let ((?x232 (+ ?x226 ?x231)))
 (let ((?x224 (* 0.0 polygamma!45)))
 (let ((?x225 (- ?x224)))
 (let ((?x233 (+ ?x225 ?x232)))
 (let ((?x234 (* ?x208 ?x233)))
 (let ((?x237 (+ ?x234 ?x236)))
 (let ((?x238 (* f2 ?x237)))
 (let ((?x221 (* ?x208 ?x220)))
 (let ((?x222 (* |g2[0]| ?x221)))
 (let ((?x239 (+ ?x222 ?x238)))
 (let ((?x245 (+ ?x239 ?x244)))
 (let ((?x126 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x125 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x127 (+ ?x125 ?x126)))
 (let ((?x104 (* f2 1.0)))
 (let ((?x103 (* 0.0 1.0)))
 (let ((?x105 (+ ?x103 ?x104)))
 (let ((?x116 (* ?x27 ?x105)))
 (let ((?x117 (* 0.0 ?x116)))
 (let ((?x120 (* ?x117 ?x119)))
 (let ((?x99 (* |g2[0]| 1.0)))
 (let ((?x75 (* ?x72 1.0)))
 (let ((?x97 (* f2 ?x75)))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x95 (* 0.0 ?x75)))
 (let ((?x101 (+ ?x95 ?x100)))
 (let ((?x113 (* ?x27 ?x101)))
 (let ((?x114 (+ ?x105 ?x113)))
 (let ((?x115 (/ ?x114 ?x14)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x112 (- ?x101)))
 (let ((?x122 (+ ?x112 ?x121)))
 (let ((?x123 (* z ?x122)))
 (let ((?x106 (* 0.0 ?x105)))
 (let ((?x109 (* ?x106 ?x108)))
 (let ((?x102 (/ ?x101 rate)))
 (let ((?x110 (+ ?x102 ?x109)))
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
 (let ((?x111 (+ ?x94 ?x110)))
 (let ((?x124 (+ ?x111 ?x123)))
 (let ((?x128 (+ ?x124 ?x127)))
 (let ((?x209 (* ?x208 ?x128)))
 (or (and (distinct ?x209 ?x245) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (=> $x37 (= exp!1 ?x14)))))
(assert
 (= (< log!13 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (let (($x56 (= exp!2 rate)))
 (=> (> rate 0.0) $x56)))
(assert
 (= (< lgamma!22 log!17) (< exp!3 exp!1)))
(assert
 (= (< log!17 lgamma!22) (< exp!1 exp!3)))
(assert
 (= (< lgamma!22 log!13) (< exp!3 exp!2)))
(assert
 (= (< log!13 lgamma!22) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!22 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!22)))
(assert
 (= (< (* concentration log!17) log!17) (< exp!4 exp!1)))
(assert
 (= (< log!17 (* concentration log!17)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!17) log!13) (< exp!4 exp!2)))
(assert
 (= (< log!13 (* concentration log!17)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!17) lgamma!22) (< exp!4 exp!3)))
(assert
 (= (< lgamma!22 (* concentration log!17)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!17) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!17))))
(assert
 (= (< (* rate z) log!17) (< exp!5 exp!1)))
(assert
 (= (< log!17 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!13) (< exp!5 exp!2)))
(assert
 (= (< log!13 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!22) (< exp!5 exp!3)))
(assert
 (= (< lgamma!22 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!17)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!17) (* rate z)) (< exp!4 exp!5)))
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
