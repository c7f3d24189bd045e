; certjax: rule estimators.reparam_Gamma, obligation 'implicit_derivative[1]', verdict proved
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
 (let ((?x292 (* z ?x430)))
 (let ((?x147 (- ?x292)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x406 (* 0.0 ?x418)))
 (or (and (distinct ?x406 ?x147) true)))))))))
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
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (= 0.0 ?x475)))
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
 (let (($x651 (= 0.0 rate)))
 (not $x651)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x572 (= 0.0 ?x11)))
 (not $x572))))
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
 (let (($x651 (= 0.0 rate)))
 (not $x651)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x572 (= 0.0 ?x11)))
 (not $x572))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* z ?x430)))
 (let ((?x147 (- ?x292)))
 (let ((?x723 (* 0.0 digamma!29)))
 (let ((?x516 (- ?x723)))
 (let ((?x730 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x561 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x436 (* ?x14 ?x561)))
 (let ((?x376 (* 0.0 log!12)))
 (let ((?x235 (+ ?x376 ?x436)))
 (let ((?x457 (/ 1.0 rate)))
 (let ((?x527 (+ ?x457 ?x235)))
 (let ((?x512 (+ ?x527 ?x730)))
 (let ((?x251 (+ ?x512 ?x516)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (* ?x127 ?x251)))
 (let ((?x764 (- ?x144)))
 (let ((?x424 (* 0.0 ?x764)))
 (let ((?x261 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x214 (* ?x261 ?x424)))
 (let ((?x369 (/ ?x292 ?x127)))
 (let ((?x782 (+ ?x369 ?x214)))
 (let ((?x752 (- ?x782)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x581 (* ?x418 ?x752)))
 (or (and (distinct ?x581 ?x147) true)))))))))))))))))))))))))))))))
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
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (=> (> ?x541 0.0) (= exp!6 ?x541))))))))
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
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (< 0.0 ?x475)))
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
 (let (($x651 (= 0.0 rate)))
 (not $x651)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x572 (= 0.0 ?x11)))
 (not $x572))))
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
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (< 0.0 ?x541)))))))
(assert
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x788 (= 0.0 ?x475)))
 (not $x788))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (let (($x1306 (= 0.0 ?x541)))
 (not $x1306))))))))
(assert
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x788 (= 0.0 ?x475)))
 (not $x788))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let (($x651 (= 0.0 rate)))
 (not $x651)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x572 (= 0.0 ?x11)))
 (not $x572))))
(assert
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x788 (= 0.0 ?x475)))
 (not $x788))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (let (($x1306 (= 0.0 ?x541)))
 (not $x1306))))))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* z ?x430)))
 (let ((?x147 (- ?x292)))
 (let ((?x723 (* 0.0 digamma!29)))
 (let ((?x516 (- ?x723)))
 (let ((?x730 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x561 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x436 (* ?x14 ?x561)))
 (let ((?x376 (* 0.0 log!12)))
 (let ((?x235 (+ ?x376 ?x436)))
 (let ((?x457 (/ 1.0 rate)))
 (let ((?x527 (+ ?x457 ?x235)))
 (let ((?x512 (+ ?x527 ?x730)))
 (let ((?x251 (+ ?x512 ?x516)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (* ?x127 ?x251)))
 (let ((?x764 (- ?x144)))
 (let ((?x424 (* 0.0 ?x764)))
 (let ((?x261 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x214 (* ?x261 ?x424)))
 (let ((?x369 (/ ?x292 ?x127)))
 (let ((?x782 (+ ?x369 ?x214)))
 (let ((?x752 (- ?x782)))
 (let ((?x1303 (* rate ?x752)))
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x1307 (+ ?x308 ?x1303)))
 (let ((?x958 (- ?x1307)))
 (let ((?x541 (* rate ?x308)))
 (let ((?x1034 (/ ?x1307 ?x541)))
 (let ((?x1291 (* ?x14 ?x1034)))
 (let ((?x1029 (* 0.0 log!221)))
 (let ((?x1292 (+ ?x1029 ?x1291)))
 (let ((?x1036 (+ ?x457 ?x1292)))
 (let ((?x1027 (+ ?x1036 ?x958)))
 (let ((?x1287 (+ ?x516 ?x1027)))
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x1288 (* ?x475 ?x1287)))
 (let ((?x1289 (- ?x1288)))
 (let ((?x1300 (- igamma!6)))
 (let ((?x1294 (+ ?x1300 igamma!256)))
 (let ((?x1002 (* ?x1294 ?x1289)))
 (let ((?x1299 (/ 1.0 (* ?x475 ?x475))))
 (let ((?x962 (* ?x1299 ?x1002)))
 (let ((?x1063 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x1302 (* ?x1063 ?x1307)))
 (let ((?x488 (* 0.0 igamma_grad_a!246)))
 (let ((?x1304 (+ ?x488 ?x1302)))
 (let ((?x1065 (/ ?x1304 ?x475)))
 (let ((?x1283 (+ ?x1065 ?x962)))
 (let ((?x1285 (- ?x1283)))
 (let ((?x1279 (+ ?x752 ?x1285)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x1281 (* ?x418 ?x1279)))
 (or (and (distinct ?x1281 ?x147) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (=> (> ?x541 0.0) (= exp!6 ?x541))))))))
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
 (let (($x1275 (= igamma!256 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x226 (/ 0.0 ?x127)))
(let ((?x431 (- ?x226)))
(let ((?x308 (+ z ?x431)))
(let ((?x541 (* rate ?x308)))
(=> (and (= concentration concentration) (= ?x541 ?x11)) $x1275)))))))))
(check-sat)
(pop 1)
