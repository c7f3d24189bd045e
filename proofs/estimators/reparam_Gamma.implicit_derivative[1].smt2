; certjax: rule estimators.reparam_Gamma, obligation 'implicit_derivative[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration () Real)
(declare-fun rate () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun digamma!29 () Real)
(declare-fun log!12 () Real)
(declare-fun log!317 () Real)
(declare-fun igamma!340 () Real)
(declare-fun igamma!6 () Real)
(declare-fun igamma_grad_a!330 () Real)
(declare-fun log!21 () Real)
(declare-fun lgamma!15 () Real)
(assert
 (let (($x132 (< 0.0 z)))
 (let (($x130 (< 0.0 concentration)))
 (let (($x129 (< 0.0 rate)))
 (let (($x131 (and $x129 $x130)))
 (and $x131 $x132))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (< 0.0 ?x127)))
(assert
 (let ((?x285 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (< 0.0 ?x285)))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x136 (to_real (to_int concentration))))
 (let (($x139 (= ?x136 concentration)))
 (let (($x135 (>= 0.0 concentration)))
 (let (($x138 (and $x135 $x139)))
 (not $x138))))))
(assert
 (let ((?x11 (* rate z)))
 (< 0.0 ?x11)))
(assert
 (let ((?x136 (to_real (to_int concentration))))
 (let (($x139 (= ?x136 concentration)))
 (let (($x135 (>= 0.0 concentration)))
 (let (($x138 (and $x135 $x139)))
 (not $x138))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x291 (= 0.0 ?x127)))
 (not $x291))))
(assert
 (let (($x522 (= 0.0 rate)))
 (not $x522)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x367 (= 0.0 ?x11)))
 (not $x367))))
(assert
 (let ((?x136 (to_real (to_int concentration))))
 (let (($x139 (= ?x136 concentration)))
 (let (($x135 (>= 0.0 concentration)))
 (let (($x138 (and $x135 $x139)))
 (not $x138))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x291 (= 0.0 ?x127)))
 (not $x291))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x291 (= 0.0 ?x127)))
 (not $x291))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x400 (/ 0.0 ?x127)))
 (let ((?x174 (- ?x400)))
 (let ((?x267 (+ z ?x174)))
 (let ((?x280 (* rate ?x267)))
 (< 0.0 ?x280)))))))
(assert
 (let ((?x285 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x212 (= 0.0 ?x285)))
 (not $x212))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x400 (/ 0.0 ?x127)))
 (let ((?x174 (- ?x400)))
 (let ((?x267 (+ z ?x174)))
 (let ((?x280 (* rate ?x267)))
 (let (($x852 (= 0.0 ?x280)))
 (not $x852))))))))
(assert
 (let ((?x285 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x212 (= 0.0 ?x285)))
 (not $x212))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x291 (= 0.0 ?x127)))
 (not $x291))))
(assert
 (let (($x522 (= 0.0 rate)))
 (not $x522)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x367 (= 0.0 ?x11)))
 (not $x367))))
(assert
 (let ((?x285 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x212 (= 0.0 ?x285)))
 (not $x212))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x400 (/ 0.0 ?x127)))
 (let ((?x174 (- ?x400)))
 (let ((?x267 (+ z ?x174)))
 (let ((?x280 (* rate ?x267)))
 (let (($x852 (= 0.0 ?x280)))
 (not $x852))))))))
(assert
 (let ((?x723 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x250 (* ?x723 exp!5)))
 (let ((?x485 (* z ?x250)))
 (let ((?x737 (- ?x485)))
 (let ((?x545 (* 0.0 digamma!29)))
 (let ((?x407 (- ?x545)))
 (let ((?x459 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x799 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x836 (* ?x14 ?x799)))
 (let ((?x208 (* 0.0 log!12)))
 (let ((?x774 (+ ?x208 ?x836)))
 (let ((?x842 (/ 1.0 rate)))
 (let ((?x704 (+ ?x842 ?x774)))
 (let ((?x462 (+ ?x704 ?x459)))
 (let ((?x603 (+ ?x462 ?x407)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x258 (* ?x127 ?x603)))
 (let ((?x652 (- ?x258)))
 (let ((?x505 (* 0.0 ?x652)))
 (let ((?x466 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x535 (* ?x466 ?x505)))
 (let ((?x542 (/ ?x485 ?x127)))
 (let ((?x274 (+ ?x542 ?x535)))
 (let ((?x301 (- ?x274)))
 (let ((?x865 (* rate ?x301)))
 (let ((?x400 (/ 0.0 ?x127)))
 (let ((?x174 (- ?x400)))
 (let ((?x267 (+ z ?x174)))
 (let ((?x243 (+ ?x267 ?x865)))
 (let ((?x416 (- ?x243)))
 (let ((?x280 (* rate ?x267)))
 (let ((?x217 (/ ?x243 ?x280)))
 (let ((?x630 (* ?x14 ?x217)))
 (let ((?x394 (* 0.0 log!317)))
 (let ((?x621 (+ ?x394 ?x630)))
 (let ((?x439 (+ ?x842 ?x621)))
 (let ((?x141 (+ ?x439 ?x416)))
 (let ((?x618 (+ ?x407 ?x141)))
 (let ((?x285 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x625 (* ?x285 ?x618)))
 (let ((?x806 (- ?x625)))
 (let ((?x626 (- igamma!6)))
 (let ((?x451 (+ ?x626 igamma!340)))
 (let ((?x615 (* ?x451 ?x806)))
 (let ((?x750 (/ 1.0 (* ?x285 ?x285))))
 (let ((?x188 (* ?x750 ?x615)))
 (let ((?x304 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x636 (* ?x304 ?x243)))
 (let ((?x182 (* 0.0 igamma_grad_a!330)))
 (let ((?x425 (+ ?x182 ?x636)))
 (let ((?x857 (/ ?x425 ?x285)))
 (let ((?x729 (+ ?x857 ?x188)))
 (let ((?x521 (- ?x729)))
 (let ((?x824 (+ ?x301 ?x521)))
 (let ((?x631 (* rate ?x250)))
 (let ((?x215 (* ?x631 ?x824)))
 (or (and (distinct ?x215 ?x737) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!317 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!317) (< exp!1 exp!6)))
(assert
 (= (< log!317 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!317) (< exp!2 exp!6)))
(assert
 (= (< log!317 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!317) (< exp!3 exp!6)))
(assert
 (= (< log!317 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!317) (< exp!4 exp!6)))
(assert
 (= (< log!317 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!317) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!317 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!317)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x400 (/ 0.0 ?x127)))
 (let ((?x174 (- ?x400)))
 (let ((?x267 (+ z ?x174)))
 (let ((?x280 (* rate ?x267)))
 (=> (> ?x280 0.0) (= exp!6 ?x280))))))))
(assert
 (= (< (* concentration log!317) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!317)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!317) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!317)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!317) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!317)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!317) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!317)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!317) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!317)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!317) log!317) (< exp!7 exp!6)))
(assert
 (= (< log!317 (* concentration log!317)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!317) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!317))))
(assert
 (let (($x488 (= igamma!340 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x400 (/ 0.0 ?x127)))
(let ((?x174 (- ?x400)))
(let ((?x267 (+ z ?x174)))
(let ((?x280 (* rate ?x267)))
(=> (and (= concentration concentration) (= ?x280 ?x11)) $x488)))))))))
(check-sat)
(pop 1)
