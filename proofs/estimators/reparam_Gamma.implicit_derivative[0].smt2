; certjax: rule estimators.reparam_Gamma, obligation 'implicit_derivative[0]', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun igamma_grad_a!7 () Real)
(declare-fun log!12 () Real)
(declare-fun log!21 () Real)
(declare-fun lgamma!15 () Real)
(assert
 (let (($x329 (< 0.0 z)))
 (let (($x136 (< 0.0 rate)))
 (let (($x290 (< 0.0 concentration)))
 (let (($x313 (and $x290 $x136)))
 (and $x313 $x329))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (= 0.0 ?x127)))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* 0.0 ?x430)))
 (let ((?x431 (+ igamma_grad_a!7 ?x292)))
 (let ((?x308 (- ?x431)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x406 (* 0.0 ?x418)))
 (or (and (distinct ?x406 ?x308) true))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x24 (> ?x11 0.0)))
 (=> $x24 (= exp!1 ?x11)))))
(assert
 (= (< log!21 log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (let (($x43 (= exp!2 rate)))
 (=> (> rate 0.0) $x43)))
(assert
 (= (< lgamma!15 log!12) (< exp!3 exp!1)))
(assert
 (= (< log!12 lgamma!15) (< exp!1 exp!3)))
(assert
 (= (< lgamma!15 log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 lgamma!15) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!15 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!15)))
(assert
 (= (< (* rate z) log!12) (< exp!4 exp!1)))
(assert
 (= (< log!12 (* rate z)) (< exp!1 exp!4)))
(assert
 (= (< (* rate z) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (* rate z)) (< exp!2 exp!4)))
(assert
 (= (< (* rate z) lgamma!15) (< exp!4 exp!3)))
(assert
 (= (< lgamma!15 (* rate z)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (let ((?x11 (* rate z)))
 (let (($x24 (> ?x11 0.0)))
 (= $x24 (> exp!4 1.0)))))
(assert
 (>= exp!4 (+ 1.0 (* rate z))))
(assert
 (= (< (* concentration log!12) log!12) (< exp!5 exp!1)))
(assert
 (= (< log!12 (* concentration log!12)) (< exp!1 exp!5)))
(assert
 (= (< (* concentration log!12) log!21) (< exp!5 exp!2)))
(assert
 (= (< log!21 (* concentration log!12)) (< exp!2 exp!5)))
(assert
 (= (< (* concentration log!12) lgamma!15) (< exp!5 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!12)) (< exp!3 exp!5)))
(assert
 (= (< (* concentration log!12) (* rate z)) (< exp!5 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!12)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> (* concentration log!12) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (* concentration log!12))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun igamma_grad_a!7 () Real)
(declare-fun digamma!29 () Real)
(declare-fun log!12 () Real)
(declare-fun log!21 () Real)
(declare-fun lgamma!15 () Real)
(declare-fun log!170 () Real)
(assert
 (let (($x329 (< 0.0 z)))
 (let (($x136 (< 0.0 rate)))
 (let (($x290 (< 0.0 concentration)))
 (let (($x313 (and $x290 $x136)))
 (and $x313 $x329))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (< 0.0 ?x127)))
(assert
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (= 0.0 ?x433)))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let (($x790 (= 0.0 rate)))
 (not $x790)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x579 (= 0.0 ?x11)))
 (not $x579))))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let (($x790 (= 0.0 rate)))
 (not $x790)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x579 (= 0.0 ?x11)))
 (not $x579))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* 0.0 ?x430)))
 (let ((?x431 (+ igamma_grad_a!7 ?x292)))
 (let ((?x308 (- ?x431)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x605 (- digamma!29)))
 (let ((?x11 (* rate z)))
 (let ((?x494 (/ 0.0 ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x176 (* ?x14 ?x494)))
 (let ((?x490 (+ log!12 ?x176)))
 (let ((?x684 (/ 0.0 rate)))
 (let ((?x626 (+ ?x684 ?x490)))
 (let ((?x468 (+ ?x626 ?x605)))
 (let ((?x693 (* ?x468 ?x127)))
 (let ((?x701 (- ?x693)))
 (let ((?x537 (* 0.0 ?x701)))
 (let ((?x601 (* ?x537 ?x144)))
 (let ((?x744 (/ ?x431 ?x127)))
 (let ((?x455 (+ ?x744 ?x601)))
 (let ((?x518 (- ?x455)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x589 (* ?x418 ?x518)))
 (or (and (distinct ?x589 ?x308) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x24 (> ?x11 0.0)))
 (=> $x24 (= exp!1 ?x11)))))
(assert
 (= (< log!21 log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (let (($x43 (= exp!2 rate)))
 (=> (> rate 0.0) $x43)))
(assert
 (= (< lgamma!15 log!12) (< exp!3 exp!1)))
(assert
 (= (< log!12 lgamma!15) (< exp!1 exp!3)))
(assert
 (= (< lgamma!15 log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 lgamma!15) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!15 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!15)))
(assert
 (= (< (* rate z) log!12) (< exp!4 exp!1)))
(assert
 (= (< log!12 (* rate z)) (< exp!1 exp!4)))
(assert
 (= (< (* rate z) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (* rate z)) (< exp!2 exp!4)))
(assert
 (= (< (* rate z) lgamma!15) (< exp!4 exp!3)))
(assert
 (= (< lgamma!15 (* rate z)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (let ((?x11 (* rate z)))
 (let (($x24 (> ?x11 0.0)))
 (= $x24 (> exp!4 1.0)))))
(assert
 (>= exp!4 (+ 1.0 (* rate z))))
(assert
 (= (< (* concentration log!12) log!12) (< exp!5 exp!1)))
(assert
 (= (< log!12 (* concentration log!12)) (< exp!1 exp!5)))
(assert
 (= (< (* concentration log!12) log!21) (< exp!5 exp!2)))
(assert
 (= (< log!21 (* concentration log!12)) (< exp!2 exp!5)))
(assert
 (= (< (* concentration log!12) lgamma!15) (< exp!5 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!12)) (< exp!3 exp!5)))
(assert
 (= (< (* concentration log!12) (* rate z)) (< exp!5 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!12)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> (* concentration log!12) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (* concentration log!12))))
(assert
 (= (< log!170 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!170) (< exp!1 exp!6)))
(assert
 (= (< log!170 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!170) (< exp!2 exp!6)))
(assert
 (= (< log!170 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!170) (< exp!3 exp!6)))
(assert
 (= (< log!170 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!170) (< exp!4 exp!6)))
(assert
 (= (< log!170 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!170) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!170 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!170)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (=> (> ?x512 0.0) (= exp!6 ?x512))))))))
(assert
 (= (< (* concentration log!170) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!170)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!170) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!170)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!170) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!170)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!170) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!170)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!170) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!170)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!170) log!170) (< exp!7 exp!6)))
(assert
 (= (< log!170 (* concentration log!170)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!170) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!170))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun igamma_grad_a!7 () Real)
(declare-fun digamma!29 () Real)
(declare-fun log!12 () Real)
(declare-fun log!170 () Real)
(declare-fun igamma!205 () Real)
(declare-fun igamma!6 () Real)
(declare-fun igamma_grad_a!195 () Real)
(declare-fun log!21 () Real)
(declare-fun lgamma!15 () Real)
(assert
 (let (($x329 (< 0.0 z)))
 (let (($x136 (< 0.0 rate)))
 (let (($x290 (< 0.0 concentration)))
 (let (($x313 (and $x290 $x136)))
 (and $x313 $x329))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (< 0.0 ?x127)))
(assert
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (< 0.0 ?x433)))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let (($x790 (= 0.0 rate)))
 (not $x790)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x579 (= 0.0 ?x11)))
 (not $x579))))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (< 0.0 ?x512)))))))
(assert
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x545 (= 0.0 ?x433)))
 (not $x545))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (let (($x1298 (= 0.0 ?x512)))
 (not $x1298))))))))
(assert
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x545 (= 0.0 ?x433)))
 (not $x545))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let (($x790 (= 0.0 rate)))
 (not $x790)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x579 (= 0.0 ?x11)))
 (not $x579))))
(assert
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x545 (= 0.0 ?x433)))
 (not $x545))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (let (($x1298 (= 0.0 ?x512)))
 (not $x1298))))))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* 0.0 ?x430)))
 (let ((?x431 (+ igamma_grad_a!7 ?x292)))
 (let ((?x308 (- ?x431)))
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x1275 (/ 1.0 (* ?x433 ?x433))))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x605 (- digamma!29)))
 (let ((?x11 (* rate z)))
 (let ((?x494 (/ 0.0 ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x176 (* ?x14 ?x494)))
 (let ((?x490 (+ log!12 ?x176)))
 (let ((?x684 (/ 0.0 rate)))
 (let ((?x626 (+ ?x684 ?x490)))
 (let ((?x468 (+ ?x626 ?x605)))
 (let ((?x693 (* ?x468 ?x127)))
 (let ((?x701 (- ?x693)))
 (let ((?x537 (* 0.0 ?x701)))
 (let ((?x601 (* ?x537 ?x144)))
 (let ((?x744 (/ ?x431 ?x127)))
 (let ((?x455 (+ ?x744 ?x601)))
 (let ((?x518 (- ?x455)))
 (let ((?x771 (* rate ?x518)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x762 (* 0.0 ?x226)))
 (let ((?x1012 (+ ?x762 ?x771)))
 (let ((?x951 (- ?x1012)))
 (let ((?x512 (* rate ?x226)))
 (let ((?x1026 (/ ?x1012 ?x512)))
 (let ((?x1283 (* ?x14 ?x1026)))
 (let ((?x1284 (+ log!170 ?x1283)))
 (let ((?x1028 (+ ?x684 ?x1284)))
 (let ((?x1019 (+ ?x1028 ?x951)))
 (let ((?x1279 (+ ?x605 ?x1019)))
 (let ((?x1280 (* ?x433 ?x1279)))
 (let ((?x1281 (- ?x1280)))
 (let ((?x1289 (- igamma!6)))
 (let ((?x1021 (+ ?x1289 igamma!205)))
 (let ((?x993 (* ?x1021 ?x1281)))
 (let ((?x1277 (* ?x993 ?x1275)))
 (let ((?x1294 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x1296 (* ?x1012 ?x1294)))
 (let ((?x948 (+ igamma_grad_a!195 ?x1296)))
 (let ((?x1288 (/ ?x948 ?x433)))
 (let ((?x1271 (+ ?x1288 ?x1277)))
 (let ((?x1273 (- ?x1271)))
 (let ((?x1269 (+ ?x518 ?x1273)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x1270 (* ?x418 ?x1269)))
 (or (and (distinct ?x1270 ?x308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x24 (> ?x11 0.0)))
 (=> $x24 (= exp!1 ?x11)))))
(assert
 (= (< log!21 log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (let (($x43 (= exp!2 rate)))
 (=> (> rate 0.0) $x43)))
(assert
 (= (< lgamma!15 log!12) (< exp!3 exp!1)))
(assert
 (= (< log!12 lgamma!15) (< exp!1 exp!3)))
(assert
 (= (< lgamma!15 log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 lgamma!15) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!15 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!15)))
(assert
 (= (< (* rate z) log!12) (< exp!4 exp!1)))
(assert
 (= (< log!12 (* rate z)) (< exp!1 exp!4)))
(assert
 (= (< (* rate z) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (* rate z)) (< exp!2 exp!4)))
(assert
 (= (< (* rate z) lgamma!15) (< exp!4 exp!3)))
(assert
 (= (< lgamma!15 (* rate z)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (let ((?x11 (* rate z)))
 (let (($x24 (> ?x11 0.0)))
 (= $x24 (> exp!4 1.0)))))
(assert
 (>= exp!4 (+ 1.0 (* rate z))))
(assert
 (= (< (* concentration log!12) log!12) (< exp!5 exp!1)))
(assert
 (= (< log!12 (* concentration log!12)) (< exp!1 exp!5)))
(assert
 (= (< (* concentration log!12) log!21) (< exp!5 exp!2)))
(assert
 (= (< log!21 (* concentration log!12)) (< exp!2 exp!5)))
(assert
 (= (< (* concentration log!12) lgamma!15) (< exp!5 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!12)) (< exp!3 exp!5)))
(assert
 (= (< (* concentration log!12) (* rate z)) (< exp!5 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!12)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> (* concentration log!12) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (* concentration log!12))))
(assert
 (= (< log!170 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!170) (< exp!1 exp!6)))
(assert
 (= (< log!170 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!170) (< exp!2 exp!6)))
(assert
 (= (< log!170 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!170) (< exp!3 exp!6)))
(assert
 (= (< log!170 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!170) (< exp!4 exp!6)))
(assert
 (= (< log!170 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!170) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!170 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!170)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (=> (> ?x512 0.0) (= exp!6 ?x512))))))))
(assert
 (= (< (* concentration log!170) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!170)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!170) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!170)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!170) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!170)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!170) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!170)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!170) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!170)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!170) log!170) (< exp!7 exp!6)))
(assert
 (= (< log!170 (* concentration log!170)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!170) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!170))))
(assert
 (let (($x1292 (= igamma_grad_a!195 igamma_grad_a!7)))
 (let ((?x11 (* rate z)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (let (($x1276 (and (= concentration concentration) (= ?x512 ?x11))))
 (=> $x1276 $x1292))))))))))
(assert
 (let (($x1272 (= igamma!205 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x340 (/ 0.0 ?x127)))
(let ((?x374 (- ?x340)))
(let ((?x226 (+ z ?x374)))
(let ((?x512 (* rate ?x226)))
(let (($x1276 (and (= concentration concentration) (= ?x512 ?x11))))
(=> $x1276 $x1272))))))))))
(check-sat)
(pop 1)
