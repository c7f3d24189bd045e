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
(declare-fun log!327 () Real)
(declare-fun igamma!350 () Real)
(declare-fun igamma!6 () Real)
(declare-fun igamma_grad_a!340 () Real)
(declare-fun log!21 () Real)
(declare-fun lgamma!15 () Real)
(assert
 (let (($x355 (< 0.0 z)))
 (let (($x153 (< 0.0 concentration)))
 (let (($x136 (< 0.0 rate)))
 (let (($x831 (and $x136 $x153)))
 (and $x831 $x355))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (< 0.0 ?x127)))
(assert
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (< 0.0 ?x335)))
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
 (let (($x290 (= 0.0 ?x127)))
 (not $x290))))
(assert
 (let (($x365 (= 0.0 rate)))
 (not $x365)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x396 (= 0.0 ?x11)))
 (not $x396))))
(assert
 (let ((?x131 (to_real (to_int concentration))))
 (let (($x134 (= ?x131 concentration)))
 (let (($x130 (>= 0.0 concentration)))
 (let (($x133 (and $x130 $x134)))
 (not $x133))))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x290 (= 0.0 ?x127)))
 (not $x290))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x290 (= 0.0 ?x127)))
 (not $x290))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x175 (* rate ?x222)))
 (< 0.0 ?x175)))))))
(assert
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x755 (= 0.0 ?x335)))
 (not $x755))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x175 (* rate ?x222)))
 (let (($x697 (= 0.0 ?x175)))
 (not $x697))))))))
(assert
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x755 (= 0.0 ?x335)))
 (not $x755))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x290 (= 0.0 ?x127)))
 (not $x290))))
(assert
 (let (($x365 (= 0.0 rate)))
 (not $x365)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x396 (= 0.0 ?x11)))
 (not $x396))))
(assert
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x755 (= 0.0 ?x335)))
 (not $x755))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x175 (* rate ?x222)))
 (let (($x697 (= 0.0 ?x175)))
 (not $x697))))))))
(assert
 (let ((?x490 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x643 (* ?x490 exp!5)))
 (let ((?x701 (* z ?x643)))
 (let ((?x612 (- ?x701)))
 (let ((?x641 (* 0.0 digamma!29)))
 (let ((?x221 (- ?x641)))
 (let ((?x379 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x640 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x617 (* ?x14 ?x640)))
 (let ((?x502 (* 0.0 log!12)))
 (let ((?x836 (+ ?x502 ?x617)))
 (let ((?x671 (/ 1.0 rate)))
 (let ((?x291 (+ ?x671 ?x836)))
 (let ((?x602 (+ ?x291 ?x379)))
 (let ((?x690 (+ ?x602 ?x221)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x758 (* ?x127 ?x690)))
 (let ((?x474 (- ?x758)))
 (let ((?x600 (* 0.0 ?x474)))
 (let ((?x838 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x463 (* ?x838 ?x600)))
 (let ((?x530 (/ ?x701 ?x127)))
 (let ((?x497 (+ ?x530 ?x463)))
 (let ((?x527 (- ?x497)))
 (let ((?x833 (* rate ?x527)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x804 (+ ?x222 ?x833)))
 (let ((?x656 (- ?x804)))
 (let ((?x175 (* rate ?x222)))
 (let ((?x351 (/ ?x804 ?x175)))
 (let ((?x808 (* ?x14 ?x351)))
 (let ((?x684 (* 0.0 log!327)))
 (let ((?x253 (+ ?x684 ?x808)))
 (let ((?x575 (+ ?x671 ?x253)))
 (let ((?x310 (+ ?x575 ?x656)))
 (let ((?x522 (+ ?x221 ?x310)))
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x860 (* ?x335 ?x522)))
 (let ((?x422 (- ?x860)))
 (let ((?x550 (- igamma!6)))
 (let ((?x559 (+ ?x550 igamma!350)))
 (let ((?x576 (* ?x559 ?x422)))
 (let ((?x183 (/ 1.0 (* ?x335 ?x335))))
 (let ((?x705 (* ?x183 ?x576)))
 (let ((?x425 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x620 (* ?x425 ?x804)))
 (let ((?x309 (* 0.0 igamma_grad_a!340)))
 (let ((?x591 (+ ?x309 ?x620)))
 (let ((?x587 (/ ?x591 ?x335)))
 (let ((?x417 (+ ?x587 ?x705)))
 (let ((?x837 (- ?x417)))
 (let ((?x352 (+ ?x527 ?x837)))
 (let ((?x642 (* rate ?x643)))
 (let ((?x704 (* ?x642 ?x352)))
 (or (and (distinct ?x704 ?x612) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!327 log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 log!327) (< exp!1 exp!6)))
(assert
 (= (< log!327 log!21) (< exp!6 exp!2)))
(assert
 (= (< log!21 log!327) (< exp!2 exp!6)))
(assert
 (= (< log!327 lgamma!15) (< exp!6 exp!3)))
(assert
 (= (< lgamma!15 log!327) (< exp!3 exp!6)))
(assert
 (= (< log!327 (* rate z)) (< exp!6 exp!4)))
(assert
 (= (< (* rate z) log!327) (< exp!4 exp!6)))
(assert
 (= (< log!327 (* concentration log!12)) (< exp!6 exp!5)))
(assert
 (= (< (* concentration log!12) log!327) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!327 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!327)))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x175 (* rate ?x222)))
 (=> (> ?x175 0.0) (= exp!6 ?x175))))))))
(assert
 (= (< (* concentration log!327) log!12) (< exp!7 exp!1)))
(assert
 (= (< log!12 (* concentration log!327)) (< exp!1 exp!7)))
(assert
 (= (< (* concentration log!327) log!21) (< exp!7 exp!2)))
(assert
 (= (< log!21 (* concentration log!327)) (< exp!2 exp!7)))
(assert
 (= (< (* concentration log!327) lgamma!15) (< exp!7 exp!3)))
(assert
 (= (< lgamma!15 (* concentration log!327)) (< exp!3 exp!7)))
(assert
 (= (< (* concentration log!327) (* rate z)) (< exp!7 exp!4)))
(assert
 (= (< (* rate z) (* concentration log!327)) (< exp!4 exp!7)))
(assert
 (= (< (* concentration log!327) (* concentration log!12)) (< exp!7 exp!5)))
(assert
 (= (< (* concentration log!12) (* concentration log!327)) (< exp!5 exp!7)))
(assert
 (= (< (* concentration log!327) log!327) (< exp!7 exp!6)))
(assert
 (= (< log!327 (* concentration log!327)) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> (* concentration log!327) 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 (* concentration log!327))))
(assert
 (let (($x152 (= igamma!350 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x401 (/ 0.0 ?x127)))
(let ((?x143 (- ?x401)))
(let ((?x222 (+ z ?x143)))
(let ((?x175 (* rate ?x222)))
(=> (and (= concentration concentration) (= ?x175 ?x11)) $x152)))))))))
(check-sat)
(pop 1)
