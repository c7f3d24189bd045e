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
 (let ((?x729 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x436 (* ?x14 ?x729)))
 (let ((?x740 (* 0.0 log!12)))
 (let ((?x235 (+ ?x740 ?x436)))
 (let ((?x152 (/ 1.0 rate)))
 (let ((?x527 (+ ?x152 ?x235)))
 (let ((?x512 (+ ?x527 ?x730)))
 (let ((?x251 (+ ?x512 ?x516)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (* ?x127 ?x251)))
 (let ((?x451 (- ?x144)))
 (let ((?x424 (* 0.0 ?x451)))
 (let ((?x326 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x214 (* ?x326 ?x424)))
 (let ((?x404 (/ ?x292 ?x127)))
 (let ((?x164 (+ ?x404 ?x214)))
 (let ((?x752 (- ?x164)))
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
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (=> (> ?x541 0.0) (= exp!6 ?x541))))))))
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
 (let (($x1303 (= 0.0 ?x541)))
 (not $x1303))))))))
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
 (let (($x1303 (= 0.0 ?x541)))
 (not $x1303))))))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* z ?x430)))
 (let ((?x147 (- ?x292)))
 (let ((?x723 (* 0.0 digamma!29)))
 (let ((?x516 (- ?x723)))
 (let ((?x730 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x729 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x436 (* ?x14 ?x729)))
 (let ((?x740 (* 0.0 log!12)))
 (let ((?x235 (+ ?x740 ?x436)))
 (let ((?x152 (/ 1.0 rate)))
 (let ((?x527 (+ ?x152 ?x235)))
 (let ((?x512 (+ ?x527 ?x730)))
 (let ((?x251 (+ ?x512 ?x516)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (* ?x127 ?x251)))
 (let ((?x451 (- ?x144)))
 (let ((?x424 (* 0.0 ?x451)))
 (let ((?x326 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x214 (* ?x326 ?x424)))
 (let ((?x404 (/ ?x292 ?x127)))
 (let ((?x164 (+ ?x404 ?x214)))
 (let ((?x752 (- ?x164)))
 (let ((?x1300 (* rate ?x752)))
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x1304 (+ ?x308 ?x1300)))
 (let ((?x955 (- ?x1304)))
 (let ((?x541 (* rate ?x308)))
 (let ((?x1031 (/ ?x1304 ?x541)))
 (let ((?x1288 (* ?x14 ?x1031)))
 (let ((?x1026 (* 0.0 log!218)))
 (let ((?x1289 (+ ?x1026 ?x1288)))
 (let ((?x1033 (+ ?x152 ?x1289)))
 (let ((?x1024 (+ ?x1033 ?x955)))
 (let ((?x1284 (+ ?x516 ?x1024)))
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x1285 (* ?x475 ?x1284)))
 (let ((?x1286 (- ?x1285)))
 (let ((?x1297 (- igamma!6)))
 (let ((?x1291 (+ ?x1297 igamma!253)))
 (let ((?x999 (* ?x1291 ?x1286)))
 (let ((?x1296 (/ 1.0 (* ?x475 ?x475))))
 (let ((?x959 (* ?x1296 ?x999)))
 (let ((?x1060 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x1299 (* ?x1060 ?x1304)))
 (let ((?x488 (* 0.0 igamma_grad_a!243)))
 (let ((?x1301 (+ ?x488 ?x1299)))
 (let ((?x1062 (/ ?x1301 ?x475)))
 (let ((?x1280 (+ ?x1062 ?x959)))
 (let ((?x1282 (- ?x1280)))
 (let ((?x1276 (+ ?x752 ?x1282)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x1278 (* ?x418 ?x1276)))
 (or (and (distinct ?x1278 ?x147) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (=> (> ?x541 0.0) (= exp!6 ?x541))))))))
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
 (let (($x1272 (= igamma!253 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x226 (/ 0.0 ?x127)))
(let ((?x431 (- ?x226)))
(let ((?x308 (+ z ?x431)))
(let ((?x541 (* rate ?x308)))
(=> (and (= concentration concentration) (= ?x541 ?x11)) $x1272)))))))))
(check-sat)
(pop 1)
