; certjax: rule estimators.reparam_Gamma, obligation 'defined', verdict proved
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
 (< 0.0 rate))
(assert
 (not (and true)))
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
 (=> (> rate 0.0) (= exp!2 rate)))
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
(declare-fun log!12 () Real)
(declare-fun log!21 () Real)
(declare-fun lgamma!15 () Real)
(declare-fun log!165 () Real)
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
 (let ((?x411 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (= 0.0 ?x411)))
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
 (let ((?x11 (* rate z)))
 (let (($x594 (= 0.0 ?x11)))
 (let (($x153 (not $x594)))
 (let (($x759 (= 0.0 rate)))
 (let (($x629 (not $x759)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x202 (= 0.0 ?x127)))
 (let (($x401 (not $x202)))
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (let (($x132 (not $x133)))
 (let (($x136 (< 0.0 rate)))
 (let (($x135 (< 0.0 ?x11)))
 (not (and $x135 $x132 $x136 $x401 $x629 $x153 $x132 $x401 $x401 $x629 $x153))))))))))))))))))
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
 (= (< log!165 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!165) (< exp!1 exp!6)))
(assert
 (= (< log!165 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!165) (< exp!2 exp!6)))
(assert
 (= (< log!165 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!165) (< exp!3 exp!6)))
(assert
 (= (< log!165 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!165) (< exp!4 exp!6)))
(assert
 (= (< log!165 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!165) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!165 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!165)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x145 (/ 0.0 ?x127)))
 (let ((?x278 (- ?x145)))
 (let ((?x156 (+ z ?x278)))
 (let ((?x221 (* rate ?x156)))
 (=> (> ?x221 0.0) (= exp!6 ?x221))))))))
(assert
 (= (< (* concentration log!165) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!165)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!165) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!165)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!165) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!165)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!165) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!165)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!165) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!165)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!165) log!165) (< exp!7 exp!6)))
(assert
 (= (< log!165 (* concentration log!165)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!165) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!165))))
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
(declare-fun log!12 () Real)
(declare-fun log!21 () Real)
(declare-fun lgamma!15 () Real)
(declare-fun log!165 () Real)
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
 (let ((?x411 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (< 0.0 ?x411)))
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
 (let ((?x145 (/ 0.0 ?x127)))
 (let ((?x278 (- ?x145)))
 (let ((?x156 (+ z ?x278)))
 (let ((?x221 (* rate ?x156)))
 (let (($x1071 (= 0.0 ?x221)))
 (let (($x353 (not $x1071)))
 (let ((?x411 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x778 (= 0.0 ?x411)))
 (let (($x526 (not $x778)))
 (let ((?x11 (* rate z)))
 (let (($x594 (= 0.0 ?x11)))
 (let (($x153 (not $x594)))
 (let (($x759 (= 0.0 rate)))
 (let (($x629 (not $x759)))
 (let (($x202 (= 0.0 ?x127)))
 (let (($x401 (not $x202)))
 (let (($x246 (< 0.0 ?x221)))
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (let (($x132 (not $x133)))
 (let (($x136 (< 0.0 rate)))
 (let (($x135 (< 0.0 ?x11)))
 (let (($x633 (and $x135 $x132 $x136 $x401 $x629 $x153 $x132 $x401 $x401 $x246 $x526 $x353 $x526 $x401 $x629 $x153 $x526 $x353)))
 (not $x633))))))))))))))))))))))))))))
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
 (= (< log!165 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!165) (< exp!1 exp!6)))
(assert
 (= (< log!165 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!165) (< exp!2 exp!6)))
(assert
 (= (< log!165 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!165) (< exp!3 exp!6)))
(assert
 (= (< log!165 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!165) (< exp!4 exp!6)))
(assert
 (= (< log!165 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!165) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!165 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!165)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x145 (/ 0.0 ?x127)))
 (let ((?x278 (- ?x145)))
 (let ((?x156 (+ z ?x278)))
 (let ((?x221 (* rate ?x156)))
 (=> (> ?x221 0.0) (= exp!6 ?x221))))))))
(assert
 (= (< (* concentration log!165) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!165)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!165) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!165)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!165) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!165)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!165) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!165)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!165) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!165)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!165) log!165) (< exp!7 exp!6)))
(assert
 (= (< log!165 (* concentration log!165)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!165) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!165))))
(check-sat)
(pop 1)
