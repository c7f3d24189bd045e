; certjax: rule estimators.score_constant_baseline_Gamma, obligation 'second_order.hessian_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun digamma!44 () Real)
(declare-fun log!18 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun polygamma!46 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x220 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x221 (* (/ 1.0 2.0) ?x220)))
 (let ((?x198 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x222 (* ?x198 ?x221)))
 (let ((?x71 (- digamma!44)))
 (let ((?x14 (* rate z)))
 (let ((?x66 (/ 0.0 ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x67 (* ?x27 ?x66)))
 (let ((?x68 (+ log!18 ?x67)))
 (let ((?x65 (/ 0.0 rate)))
 (let ((?x69 (+ ?x65 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x213 (* ?x198 ?x72)))
 (let ((?x218 (* |g2[0]| ?x213)))
 (let ((?x223 (+ ?x218 ?x222)))
 (let ((?x95 (- b)))
 (let ((?x216 (+ f2 ?x95)))
 (let ((?x214 (* ?x72 ?x213)))
 (let ((?x210 (- polygamma!46)))
 (let ((?x204 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x205 (* 0.0 ?x204)))
 (let ((?x206 (* ?x27 ?x205)))
 (let ((?x207 (+ ?x66 ?x206)))
 (let ((?x208 (+ ?x66 ?x207)))
 (let ((?x201 (/ 1.0 (* rate rate))))
 (let ((?x202 (* 0.0 ?x201)))
 (let ((?x209 (+ ?x202 ?x208)))
 (let ((?x211 (+ ?x209 ?x210)))
 (let ((?x212 (* ?x198 ?x211)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x217 (* ?x215 ?x216)))
 (let ((?x219 (+ ?x217 ?x218)))
 (let ((?x224 (+ ?x219 ?x223)))
 (let ((?x116 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x117 (+ ?x116 ?x116)))
 (let ((?x105 (* f2 1.0)))
 (let ((?x104 (* 1.0 ?x95)))
 (let ((?x106 (+ ?x104 ?x105)))
 (let ((?x113 (* ?x66 ?x106)))
 (let ((?x99 (* |g2[0]| 1.0)))
 (let ((?x75 (* ?x72 1.0)))
 (let ((?x98 (* f2 ?x75)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x96 (* ?x75 ?x95)))
 (let ((?x101 (+ ?x96 ?x100)))
 (let ((?x112 (* log!18 ?x101)))
 (let ((?x114 (+ ?x112 ?x113)))
 (let ((?x107 (- ?x106)))
 (let ((?x109 (* polygamma!46 ?x107)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (* digamma!44 ?x102)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x92 (* |g2[0]| ?x75)))
 (let ((?x76 (* (/ 1.0 2.0) ?x75)))
 (let ((?x77 (* 0.0 ?x76)))
 (let ((?x79 (+ (- 1.0) 1.0)))
 (let ((?x80 (* (/ 1.0 2.0) ?x79)))
 (let ((?x86 (* 0.0 ?x80)))
 (let ((?x87 (+ ?x86 ?x77)))
 (let ((?x88 (* |h2[1,0]| ?x87)))
 (let ((?x83 (+ ?x80 ?x77)))
 (let ((?x84 (* |h2[0,0]| ?x83)))
 (let ((?x89 (+ ?x84 ?x88)))
 (let ((?x81 (* |h2[0,0]| ?x80)))
 (let ((?x82 (+ ?x77 ?x81)))
 (let ((?x90 (+ ?x82 ?x89)))
 (let ((?x93 (+ ?x90 ?x92)))
 (let ((?x111 (+ ?x93 ?x110)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x199 (* ?x198 ?x118)))
 (or (and (distinct ?x199 ?x224) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
