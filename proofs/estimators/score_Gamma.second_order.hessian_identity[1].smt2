; certjax: rule estimators.score_Gamma, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!45 () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x235 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x236 (* (/ 1.0 2.0) ?x235)))
 (let ((?x204 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x237 (* ?x204 ?x236)))
 (let ((?x74 (* 0.0 digamma!43)))
 (let ((?x75 (- ?x74)))
 (let ((?x71 (- z)))
 (let ((?x14 (* rate z)))
 (let ((?x67 (/ z ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x68 (* ?x27 ?x67)))
 (let ((?x66 (* log!17 0.0)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x65 (/ 1.0 rate)))
 (let ((?x70 (+ ?x65 ?x69)))
 (let ((?x72 (+ ?x70 ?x71)))
 (let ((?x76 (+ ?x72 ?x75)))
 (let ((?x227 (* ?x204 ?x76)))
 (let ((?x234 (* |g2[0]| ?x227)))
 (let ((?x238 (+ ?x234 ?x237)))
 (let ((?x225 (- digamma!43)))
 (let ((?x213 (/ 0.0 ?x14)))
 (let ((?x222 (* ?x27 ?x213)))
 (let ((?x223 (+ log!17 ?x222)))
 (let ((?x221 (/ 0.0 rate)))
 (let ((?x224 (+ ?x221 ?x223)))
 (let ((?x226 (+ ?x224 ?x225)))
 (let ((?x231 (* ?x204 ?x226)))
 (let ((?x232 (* |g2[1]| ?x231)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x109 (* 0.0 polygamma!45)))
 (let ((?x218 (- ?x109)))
 (let ((?x214 (* 0.0 ?x213)))
 (let ((?x210 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x211 (* 0.0 ?x210)))
 (let ((?x212 (* ?x27 ?x211)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (+ ?x67 ?x215)))
 (let ((?x207 (/ 1.0 (* rate rate))))
 (let ((?x208 (* 0.0 ?x207)))
 (let ((?x217 (+ ?x208 ?x216)))
 (let ((?x219 (+ ?x217 ?x218)))
 (let ((?x220 (* ?x204 ?x219)))
 (let ((?x229 (+ ?x220 ?x228)))
 (let ((?x230 (* f2 ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x239 (+ ?x233 ?x238)))
 (let ((?x122 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x121 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x123 (+ ?x121 ?x122)))
 (let ((?x111 (* f2 1.0)))
 (let ((?x110 (* 0.0 1.0)))
 (let ((?x112 (+ ?x110 ?x111)))
 (let ((?x118 (* ?x67 ?x112)))
 (let ((?x103 (* |g2[1]| 1.0)))
 (let ((?x79 (* ?x76 1.0)))
 (let ((?x101 (* f2 ?x79)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x99 (* 0.0 ?x79)))
 (let ((?x105 (+ ?x99 ?x104)))
 (let ((?x117 (* log!17 ?x105)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x113 (- ?x112)))
 (let ((?x114 (* ?x109 ?x113)))
 (let ((?x106 (- ?x105)))
 (let ((?x107 (* digamma!43 ?x106)))
 (let ((?x115 (+ ?x107 ?x114)))
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
 (let ((?x116 (+ ?x98 ?x115)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x124 (+ ?x120 ?x123)))
 (let ((?x205 (* ?x204 ?x124)))
 (or (and (distinct ?x205 ?x239) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
