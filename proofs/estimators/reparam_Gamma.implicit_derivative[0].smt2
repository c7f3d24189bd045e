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
(declare-fun log!218 () Real)
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
 (let ((?x291 (/ 0.0 ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x405 (* ?x14 ?x291)))
 (let ((?x770 (+ log!12 ?x405)))
 (let ((?x393 (/ 0.0 rate)))
 (let ((?x496 (+ ?x393 ?x770)))
 (let ((?x647 (+ ?x496 ?x161)))
 (let ((?x646 (* ?x647 ?x127)))
 (let ((?x701 (- ?x646)))
 (let ((?x537 (* 0.0 ?x701)))
 (let ((?x306 (* ?x537 ?x597)))
 (let ((?x443 (/ ?x431 ?x127)))
 (let ((?x455 (+ ?x443 ?x306)))
 (let ((?x339 (- ?x455)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x246 (* ?x418 ?x339)))
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
 (= (< log!218 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!218) (< exp!1 exp!6)))
(assert
 (= (< log!218 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!218) (< exp!2 exp!6)))
(assert
 (= (< log!218 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!218) (< exp!3 exp!6)))
(assert
 (= (< log!218 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!218) (< exp!4 exp!6)))
(assert
 (= (< log!218 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!218) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!218 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!218)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (=> (> ?x512 0.0) (= exp!6 ?x512))))))))
(assert
 (= (< (* concentration log!218) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!218)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!218) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!218)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!218) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!218)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!218) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!218)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!218) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!218)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!218) log!218) (< exp!7 exp!6)))
(assert
 (= (< log!218 (* concentration log!218)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!218) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!218))))
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
(declare-fun log!218 () Real)
(declare-fun igamma!253 () Real)
(declare-fun igamma!6 () Real)
(declare-fun igamma_grad_a!243 () Real)
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
 (let (($x1297 (= 0.0 ?x512)))
 (not $x1297))))))))
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
 (let (($x1297 (= 0.0 ?x512)))
 (not $x1297))))))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* 0.0 ?x430)))
 (let ((?x431 (+ igamma_grad_a!7 ?x292)))
 (let ((?x308 (- ?x431)))
 (let ((?x433 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x1274 (/ 1.0 (* ?x433 ?x433))))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x597 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x161 (- digamma!29)))
 (let ((?x11 (* rate z)))
 (let ((?x291 (/ 0.0 ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x405 (* ?x14 ?x291)))
 (let ((?x770 (+ log!12 ?x405)))
 (let ((?x393 (/ 0.0 rate)))
 (let ((?x496 (+ ?x393 ?x770)))
 (let ((?x647 (+ ?x496 ?x161)))
 (let ((?x646 (* ?x647 ?x127)))
 (let ((?x701 (- ?x646)))
 (let ((?x537 (* 0.0 ?x701)))
 (let ((?x306 (* ?x537 ?x597)))
 (let ((?x443 (/ ?x431 ?x127)))
 (let ((?x455 (+ ?x443 ?x306)))
 (let ((?x339 (- ?x455)))
 (let ((?x866 (* rate ?x339)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x274 (* 0.0 ?x226)))
 (let ((?x1011 (+ ?x274 ?x866)))
 (let ((?x950 (- ?x1011)))
 (let ((?x512 (* rate ?x226)))
 (let ((?x1025 (/ ?x1011 ?x512)))
 (let ((?x1282 (* ?x14 ?x1025)))
 (let ((?x1283 (+ log!218 ?x1282)))
 (let ((?x1027 (+ ?x393 ?x1283)))
 (let ((?x1018 (+ ?x1027 ?x950)))
 (let ((?x1278 (+ ?x161 ?x1018)))
 (let ((?x1279 (* ?x433 ?x1278)))
 (let ((?x1280 (- ?x1279)))
 (let ((?x1288 (- igamma!6)))
 (let ((?x1020 (+ ?x1288 igamma!253)))
 (let ((?x992 (* ?x1020 ?x1280)))
 (let ((?x1276 (* ?x992 ?x1274)))
 (let ((?x1293 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x1295 (* ?x1011 ?x1293)))
 (let ((?x947 (+ igamma_grad_a!243 ?x1295)))
 (let ((?x1287 (/ ?x947 ?x433)))
 (let ((?x1270 (+ ?x1287 ?x1276)))
 (let ((?x1272 (- ?x1270)))
 (let ((?x1268 (+ ?x339 ?x1272)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x1269 (* ?x418 ?x1268)))
 (or (and (distinct ?x1269 ?x308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!218 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!218) (< exp!1 exp!6)))
(assert
 (= (< log!218 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!218) (< exp!2 exp!6)))
(assert
 (= (< log!218 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!218) (< exp!3 exp!6)))
(assert
 (= (< log!218 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!218) (< exp!4 exp!6)))
(assert
 (= (< log!218 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!218) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!218 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!218)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (=> (> ?x512 0.0) (= exp!6 ?x512))))))))
(assert
 (= (< (* concentration log!218) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!218)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!218) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!218)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!218) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!218)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!218) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!218)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!218) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!218)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!218) log!218) (< exp!7 exp!6)))
(assert
 (= (< log!218 (* concentration log!218)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!218) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!218))))
(assert
 (let (($x1291 (= igamma_grad_a!243 igamma_grad_a!7)))
 (let ((?x11 (* rate z)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x340 (/ 0.0 ?x127)))
 (let ((?x374 (- ?x340)))
 (let ((?x226 (+ z ?x374)))
 (let ((?x512 (* rate ?x226)))
 (let (($x1275 (and (= concentration concentration) (= ?x512 ?x11))))
 (=> $x1275 $x1291))))))))))
(assert
 (let (($x1271 (= igamma!253 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x340 (/ 0.0 ?x127)))
(let ((?x374 (- ?x340)))
(let ((?x226 (+ z ?x374)))
(let ((?x512 (* rate ?x226)))
(let (($x1275 (and (= concentration concentration) (= ?x512 ?x11))))
(=> $x1275 $x1271))))))))))
(check-sat)
(pop 1)
