; certjax: rule estimators.score_Gamma, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun digamma!43 () Real)
(declare-fun log!17 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!45 () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x232 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x233 (* (/ 1.0 2.0) ?x232)))
 (let ((?x210 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x234 (* ?x210 ?x233)))
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
 (let ((?x226 (* ?x210 ?x76)))
 (let ((?x230 (* |g2[1]| ?x226)))
 (let ((?x235 (+ ?x230 ?x234)))
 (let ((?x227 (* ?x76 ?x226)))
 (let ((?x221 (* 0.0 polygamma!45)))
 (let ((?x222 (* 0.0 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x214 (* z ?x71)))
 (let ((?x122 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x215 (* ?x122 ?x214)))
 (let ((?x216 (* ?x27 ?x215)))
 (let ((?x213 (* 0.0 ?x67)))
 (let ((?x217 (+ ?x213 ?x216)))
 (let ((?x218 (+ ?x213 ?x217)))
 (let ((?x110 (/ 1.0 (* rate rate))))
 (let ((?x212 (- ?x110)))
 (let ((?x219 (+ ?x212 ?x218)))
 (let ((?x224 (+ ?x219 ?x223)))
 (let ((?x225 (* ?x210 ?x224)))
 (let ((?x228 (+ ?x225 ?x227)))
 (let ((?x229 (* f2 ?x228)))
 (let ((?x231 (+ ?x229 ?x230)))
 (let ((?x236 (+ ?x231 ?x235)))
 (let ((?x128 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x129 (+ ?x128 ?x128)))
 (let ((?x106 (* f2 1.0)))
 (let ((?x105 (* 0.0 1.0)))
 (let ((?x107 (+ ?x105 ?x106)))
 (let ((?x119 (* ?x27 ?x107)))
 (let ((?x120 (* ?x71 ?x119)))
 (let ((?x123 (* ?x120 ?x122)))
 (let ((?x101 (* |g2[1]| 1.0)))
 (let ((?x79 (* ?x76 1.0)))
 (let ((?x100 (* f2 ?x79)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x98 (* 0.0 ?x79)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x116 (* ?x27 ?x103)))
 (let ((?x115 (* 0.0 ?x107)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (/ ?x117 ?x14)))
 (let ((?x124 (+ ?x118 ?x123)))
 (let ((?x114 (- ?x103)))
 (let ((?x125 (+ ?x114 ?x124)))
 (let ((?x126 (* z ?x125)))
 (let ((?x108 (- ?x107)))
 (let ((?x111 (* ?x108 ?x110)))
 (let ((?x104 (/ ?x103 rate)))
 (let ((?x112 (+ ?x104 ?x111)))
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
 (let ((?x113 (+ ?x97 ?x112)))
 (let ((?x127 (+ ?x113 ?x126)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x211 (* ?x210 ?x130)))
 (or (and (distinct ?x211 ?x236) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
