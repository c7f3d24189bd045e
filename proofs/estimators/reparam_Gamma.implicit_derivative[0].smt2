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
(declare-fun log!221 () Real)
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
 (let (($x771 (= 0.0 rate)))
 (not $x771)))
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
 (let (($x771 (= 0.0 rate)))
 (not $x771)))
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
 (let ((?x597 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x161 (- digamma!29)))
 (let ((?x11 (* rate z)))
 (let ((?x333 (/ 0.0 ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x527 (* ?x14 ?x333)))
 (let ((?x207 (+ log!12 ?x527)))
 (let ((?x393 (/ 0.0 rate)))
 (let ((?x721 (+ ?x393 ?x207)))
 (let ((?x647 (+ ?x721 ?x161)))
 (let ((?x646 (* ?x647 ?x127)))
 (let ((?x701 (- ?x646)))
 (let ((?x537 (* 0.0 ?x701)))
 (let ((?x306 (* ?x537 ?x597)))
 (let ((?x270 (/ ?x431 ?x127)))
 (let ((?x455 (+ ?x270 ?x306)))
 (let ((?x518 (- ?x455)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x246 (* ?x418 ?x518)))
 (or (and (distinct ?x246 ?x308) true))))))))))))))))))))))))))))
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
 (= (< log!221 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!221) (< exp!1 exp!6)))
(assert
 (= (< log!221 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!221) (< exp!2 exp!6)))
(assert
 (= (< log!221 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!221) (< exp!3 exp!6)))
(assert
 (= (< log!221 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!221) (< exp!4 exp!6)))
(assert
 (= (< log!221 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!221) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!221 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!221)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (=> (> ?x512 0.0) (= exp!6 ?x512))))))))
(assert
 (= (< (* concentration log!221) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!221)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!221) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!221)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!221) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!221)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!221) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!221)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!221) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!221)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!221) log!221) (< exp!7 exp!6)))
(assert
 (= (< log!221 (* concentration log!221)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!221) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!221))))
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
(declare-fun log!221 () Real)
(declare-fun igamma!256 () Real)
(declare-fun igamma!6 () Real)
(declare-fun igamma_grad_a!246 () Real)
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
 (let (($x771 (= 0.0 rate)))
 (not $x771)))
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
 (let (($x790 (= 0.0 ?x433)))
 (not $x790))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (let (($x1300 (= 0.0 ?x512)))
 (not $x1300))))))))
(assert
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x790 (= 0.0 ?x433)))
 (not $x790))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let (($x771 (= 0.0 rate)))
 (not $x771)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x579 (= 0.0 ?x11)))
 (not $x579))))
(assert
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x790 (= 0.0 ?x433)))
 (not $x790))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (let (($x1300 (= 0.0 ?x512)))
 (not $x1300))))))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* 0.0 ?x430)))
 (let ((?x431 (+ igamma_grad_a!7 ?x292)))
 (let ((?x308 (- ?x431)))
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x1277 (/ 1.0 (* ?x433 ?x433))))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x597 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x161 (- digamma!29)))
 (let ((?x11 (* rate z)))
 (let ((?x333 (/ 0.0 ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x527 (* ?x14 ?x333)))
 (let ((?x207 (+ log!12 ?x527)))
 (let ((?x393 (/ 0.0 rate)))
 (let ((?x721 (+ ?x393 ?x207)))
 (let ((?x647 (+ ?x721 ?x161)))
 (let ((?x646 (* ?x647 ?x127)))
 (let ((?x701 (- ?x646)))
 (let ((?x537 (* 0.0 ?x701)))
 (let ((?x306 (* ?x537 ?x597)))
 (let ((?x270 (/ ?x431 ?x127)))
 (let ((?x455 (+ ?x270 ?x306)))
 (let ((?x518 (- ?x455)))
 (let ((?x668 (* rate ?x518)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x762 (* 0.0 ?x226)))
 (let ((?x1014 (+ ?x762 ?x668)))
 (let ((?x953 (- ?x1014)))
 (let ((?x512 (* rate ?x226)))
 (let ((?x1028 (/ ?x1014 ?x512)))
 (let ((?x1285 (* ?x14 ?x1028)))
 (let ((?x1286 (+ log!221 ?x1285)))
 (let ((?x1030 (+ ?x393 ?x1286)))
 (let ((?x1021 (+ ?x1030 ?x953)))
 (let ((?x1281 (+ ?x161 ?x1021)))
 (let ((?x1282 (* ?x433 ?x1281)))
 (let ((?x1283 (- ?x1282)))
 (let ((?x1291 (- igamma!6)))
 (let ((?x1023 (+ ?x1291 igamma!256)))
 (let ((?x995 (* ?x1023 ?x1283)))
 (let ((?x1279 (* ?x995 ?x1277)))
 (let ((?x1296 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x1298 (* ?x1014 ?x1296)))
 (let ((?x950 (+ igamma_grad_a!246 ?x1298)))
 (let ((?x1290 (/ ?x950 ?x433)))
 (let ((?x1273 (+ ?x1290 ?x1279)))
 (let ((?x1275 (- ?x1273)))
 (let ((?x1271 (+ ?x518 ?x1275)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x1272 (* ?x418 ?x1271)))
 (or (and (distinct ?x1272 ?x308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!221 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!221) (< exp!1 exp!6)))
(assert
 (= (< log!221 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!221) (< exp!2 exp!6)))
(assert
 (= (< log!221 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!221) (< exp!3 exp!6)))
(assert
 (= (< log!221 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!221) (< exp!4 exp!6)))
(assert
 (= (< log!221 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!221) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!221 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!221)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (=> (> ?x512 0.0) (= exp!6 ?x512))))))))
(assert
 (= (< (* concentration log!221) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!221)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!221) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!221)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!221) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!221)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!221) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!221)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!221) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!221)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!221) log!221) (< exp!7 exp!6)))
(assert
 (= (< log!221 (* concentration log!221)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!221) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!221))))
(assert
 (let (($x1294 (= igamma_grad_a!246 igamma_grad_a!7)))
 (let ((?x11 (* rate z)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (let (($x1278 (and (= concentration concentration) (= ?x512 ?x11))))
 (=> $x1278 $x1294))))))))))
(assert
 (let (($x1274 (= igamma!256 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x340 (/ 0.0 ?x127)))
(let ((?x374 (- ?x340)))
(let ((?x226 (+ z ?x374)))
(let ((?x512 (* rate ?x226)))
(let (($x1278 (and (= concentration concentration) (= ?x512 ?x11))))
(=> $x1278 $x1274))))))))))
(check-sat)
(pop 1)
