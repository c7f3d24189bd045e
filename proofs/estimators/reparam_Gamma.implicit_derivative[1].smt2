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
 (let (($x788 (= 0.0 rate)))
 (not $x788)))
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
 (let (($x788 (= 0.0 rate)))
 (not $x788)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x572 (= 0.0 ?x11)))
 (not $x572))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* z ?x430)))
 (let ((?x147 (- ?x292)))
 (let ((?x214 (* 0.0 digamma!29)))
 (let ((?x773 (- ?x214)))
 (let ((?x678 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x754 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x251 (* ?x14 ?x754)))
 (let ((?x674 (* 0.0 log!12)))
 (let ((?x488 (+ ?x674 ?x251)))
 (let ((?x318 (/ 1.0 rate)))
 (let ((?x379 (+ ?x318 ?x488)))
 (let ((?x512 (+ ?x379 ?x678)))
 (let ((?x723 (+ ?x512 ?x773)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (* ?x127 ?x723)))
 (let ((?x764 (- ?x144)))
 (let ((?x581 (* 0.0 ?x764)))
 (let ((?x580 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x424 (* ?x580 ?x581)))
 (let ((?x763 (/ ?x292 ?x127)))
 (let ((?x782 (+ ?x763 ?x424)))
 (let ((?x472 (- ?x782)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x266 (* ?x418 ?x472)))
 (or (and (distinct ?x266 ?x147) true)))))))))))))))))))))))))))))))
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
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (=> (> ?x541 0.0) (= exp!6 ?x541))))))))
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
 (let (($x788 (= 0.0 rate)))
 (not $x788)))
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
 (let (($x695 (= 0.0 ?x475)))
 (not $x695))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (let (($x1305 (= 0.0 ?x541)))
 (not $x1305))))))))
(assert
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x695 (= 0.0 ?x475)))
 (not $x695))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (not $x202))))
(assert
 (let (($x788 (= 0.0 rate)))
 (not $x788)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x572 (= 0.0 ?x11)))
 (not $x572))))
(assert
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x695 (= 0.0 ?x475)))
 (not $x695))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (let (($x1305 (= 0.0 ?x541)))
 (not $x1305))))))))
(assert
 (let ((?x420 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x430 (* ?x420 exp!5)))
 (let ((?x292 (* z ?x430)))
 (let ((?x147 (- ?x292)))
 (let ((?x214 (* 0.0 digamma!29)))
 (let ((?x773 (- ?x214)))
 (let ((?x678 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x754 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x251 (* ?x14 ?x754)))
 (let ((?x674 (* 0.0 log!12)))
 (let ((?x488 (+ ?x674 ?x251)))
 (let ((?x318 (/ 1.0 rate)))
 (let ((?x379 (+ ?x318 ?x488)))
 (let ((?x512 (+ ?x379 ?x678)))
 (let ((?x723 (+ ?x512 ?x773)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x144 (* ?x127 ?x723)))
 (let ((?x764 (- ?x144)))
 (let ((?x581 (* 0.0 ?x764)))
 (let ((?x580 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x424 (* ?x580 ?x581)))
 (let ((?x763 (/ ?x292 ?x127)))
 (let ((?x782 (+ ?x763 ?x424)))
 (let ((?x472 (- ?x782)))
 (let ((?x1302 (* rate ?x472)))
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x1306 (+ ?x308 ?x1302)))
 (let ((?x957 (- ?x1306)))
 (let ((?x541 (* rate ?x308)))
 (let ((?x1033 (/ ?x1306 ?x541)))
 (let ((?x1290 (* ?x14 ?x1033)))
 (let ((?x1028 (* 0.0 log!170)))
 (let ((?x1291 (+ ?x1028 ?x1290)))
 (let ((?x1035 (+ ?x318 ?x1291)))
 (let ((?x1026 (+ ?x1035 ?x957)))
 (let ((?x1286 (+ ?x773 ?x1026)))
 (let ((?x475 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x1287 (* ?x475 ?x1286)))
 (let ((?x1288 (- ?x1287)))
 (let ((?x1299 (- igamma!6)))
 (let ((?x1293 (+ ?x1299 igamma!205)))
 (let ((?x1001 (* ?x1293 ?x1288)))
 (let ((?x1298 (/ 1.0 (* ?x475 ?x475))))
 (let ((?x961 (* ?x1298 ?x1001)))
 (let ((?x1062 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x1301 (* ?x1062 ?x1306)))
 (let ((?x752 (* 0.0 igamma_grad_a!195)))
 (let ((?x1303 (+ ?x752 ?x1301)))
 (let ((?x1064 (/ ?x1303 ?x475)))
 (let ((?x1282 (+ ?x1064 ?x961)))
 (let ((?x1284 (- ?x1282)))
 (let ((?x1278 (+ ?x472 ?x1284)))
 (let ((?x418 (* rate ?x430)))
 (let ((?x1280 (* ?x418 ?x1278)))
 (or (and (distinct ?x1280 ?x147) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x226 (/ 0.0 ?x127)))
 (let ((?x431 (- ?x226)))
 (let ((?x308 (+ z ?x431)))
 (let ((?x541 (* rate ?x308)))
 (=> (> ?x541 0.0) (= exp!6 ?x541))))))))
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
 (let (($x1274 (= igamma!205 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x226 (/ 0.0 ?x127)))
(let ((?x431 (- ?x226)))
(let ((?x308 (+ z ?x431)))
(let ((?x541 (* rate ?x308)))
(=> (and (= concentration concentration) (= ?x541 ?x11)) $x1274)))))))))
(check-sat)
(pop 1)
