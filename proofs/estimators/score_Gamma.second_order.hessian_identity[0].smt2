; certjax: rule estimators.score_Gamma, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun digamma!43 () Real)
(declare-fun log!17 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun polygamma!45 () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x217 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x218 (* (/ 1.0 2.0) ?x217)))
 (let ((?x196 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x219 (* ?x196 ?x218)))
 (let ((?x71 (- digamma!43)))
 (let ((?x14 (* rate z)))
 (let ((?x66 (/ 0.0 ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x67 (* ?x27 ?x66)))
 (let ((?x68 (+ log!17 ?x67)))
 (let ((?x65 (/ 0.0 rate)))
 (let ((?x69 (+ ?x65 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x211 (* ?x196 ?x72)))
 (let ((?x215 (* |g2[0]| ?x211)))
 (let ((?x220 (+ ?x215 ?x219)))
 (let ((?x212 (* ?x72 ?x211)))
 (let ((?x208 (- polygamma!45)))
 (let ((?x202 (/ 1.0 (* ?x14 ?x14))))
 (let ((?x203 (* 0.0 ?x202)))
 (let ((?x204 (* ?x27 ?x203)))
 (let ((?x205 (+ ?x66 ?x204)))
 (let ((?x206 (+ ?x66 ?x205)))
 (let ((?x199 (/ 1.0 (* rate rate))))
 (let ((?x200 (* 0.0 ?x199)))
 (let ((?x207 (+ ?x200 ?x206)))
 (let ((?x209 (+ ?x207 ?x208)))
 (let ((?x210 (* ?x196 ?x209)))
 (let ((?x213 (+ ?x210 ?x212)))
 (let ((?x214 (* f2 ?x213)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x221 (+ ?x216 ?x220)))
 (let ((?x114 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x115 (+ ?x114 ?x114)))
 (let ((?x103 (* f2 1.0)))
 (let ((?x102 (* 0.0 1.0)))
 (let ((?x104 (+ ?x102 ?x103)))
 (let ((?x111 (* ?x66 ?x104)))
 (let ((?x97 (* |g2[0]| 1.0)))
 (let ((?x75 (* ?x72 1.0)))
 (let ((?x96 (* f2 ?x75)))
 (let ((?x98 (+ ?x96 ?x97)))
 (let ((?x94 (* 0.0 ?x75)))
 (let ((?x99 (+ ?x94 ?x98)))
 (let ((?x110 (* log!17 ?x99)))
 (let ((?x112 (+ ?x110 ?x111)))
 (let ((?x105 (- ?x104)))
 (let ((?x107 (* polygamma!45 ?x105)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (* digamma!43 ?x100)))
 (let ((?x108 (+ ?x101 ?x107)))
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
 (let ((?x109 (+ ?x93 ?x108)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x197 (* ?x196 ?x116)))
 (or (and (distinct ?x197 ?x221) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
