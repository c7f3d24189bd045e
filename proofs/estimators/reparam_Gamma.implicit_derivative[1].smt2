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
 (let (($x291 (< 0.0 z)))
 (let (($x774 (< 0.0 concentration)))
 (let (($x136 (< 0.0 rate)))
 (let (($x529 (and $x136 $x774)))
 (and $x529 $x291))))))
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
 (let (($x657 (= 0.0 rate)))
 (not $x657)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x555 (= 0.0 ?x11)))
 (not $x555))))
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
 (let (($x711 (= 0.0 ?x335)))
 (not $x711))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x175 (* rate ?x222)))
 (let (($x640 (= 0.0 ?x175)))
 (not $x640))))))))
(assert
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x711 (= 0.0 ?x335)))
 (not $x711))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let (($x290 (= 0.0 ?x127)))
 (not $x290))))
(assert
 (let (($x657 (= 0.0 rate)))
 (not $x657)))
(assert
 (let ((?x11 (* rate z)))
 (let (($x555 (= 0.0 ?x11)))
 (not $x555))))
(assert
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let (($x711 (= 0.0 ?x335)))
 (not $x711))))
(assert
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x175 (* rate ?x222)))
 (let (($x640 (= 0.0 ?x175)))
 (not $x640))))))))
(assert
 (let ((?x575 (/ (/ (/ 1.0 exp!1) exp!3) exp!4)))
 (let ((?x838 (* ?x575 exp!5)))
 (let ((?x351 (* z ?x838)))
 (let ((?x379 (- ?x351)))
 (let ((?x459 (* 0.0 digamma!29)))
 (let ((?x641 (- ?x459)))
 (let ((?x137 (- z)))
 (let ((?x11 (* rate z)))
 (let ((?x636 (/ z ?x11)))
 (let ((?x14 (+ concentration (- 1.0))))
 (let ((?x521 (* ?x14 ?x636)))
 (let ((?x553 (* 0.0 log!12)))
 (let ((?x364 (+ ?x553 ?x521)))
 (let ((?x617 (/ 1.0 rate)))
 (let ((?x600 (+ ?x617 ?x364)))
 (let ((?x366 (+ ?x600 ?x137)))
 (let ((?x701 (+ ?x366 ?x641)))
 (let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
 (let ((?x690 (* ?x127 ?x701)))
 (let ((?x474 (- ?x690)))
 (let ((?x796 (* 0.0 ?x474)))
 (let ((?x352 (/ 1.0 (* ?x127 ?x127))))
 (let ((?x579 (* ?x352 ?x796)))
 (let ((?x337 (/ ?x351 ?x127)))
 (let ((?x682 (+ ?x337 ?x579)))
 (let ((?x179 (- ?x682)))
 (let ((?x833 (* rate ?x179)))
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x806 (+ ?x222 ?x833)))
 (let ((?x253 (- ?x806)))
 (let ((?x175 (* rate ?x222)))
 (let ((?x284 (/ ?x806 ?x175)))
 (let ((?x601 (* ?x14 ?x284)))
 (let ((?x397 (* 0.0 log!317)))
 (let ((?x464 (+ ?x397 ?x601)))
 (let ((?x728 (+ ?x617 ?x464)))
 (let ((?x593 (+ ?x728 ?x253)))
 (let ((?x623 (+ ?x641 ?x593)))
 (let ((?x335 (/ (* (/ (* (/ 1.0 exp!3) exp!2) exp!6) exp!7) exp!4)))
 (let ((?x605 (* ?x335 ?x623)))
 (let ((?x561 (- ?x605)))
 (let ((?x522 (- igamma!6)))
 (let ((?x684 (+ ?x522 igamma!340)))
 (let ((?x405 (* ?x684 ?x561)))
 (let ((?x772 (/ 1.0 (* ?x335 ?x335))))
 (let ((?x743 (* ?x772 ?x405)))
 (let ((?x634 (/ (* (/ (/ 1.0 exp!3) exp!6) exp!7) exp!4)))
 (let ((?x524 (* ?x634 ?x806)))
 (let ((?x581 (* 0.0 igamma_grad_a!330)))
 (let ((?x620 (+ ?x581 ?x524)))
 (let ((?x608 (/ ?x620 ?x335)))
 (let ((?x501 (+ ?x608 ?x743)))
 (let ((?x834 (- ?x501)))
 (let ((?x282 (+ ?x179 ?x834)))
 (let ((?x547 (* rate ?x838)))
 (let ((?x704 (* ?x547 ?x282)))
 (or (and (distinct ?x704 ?x379) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x401 (/ 0.0 ?x127)))
 (let ((?x143 (- ?x401)))
 (let ((?x222 (+ z ?x143)))
 (let ((?x175 (* rate ?x222)))
 (=> (> ?x175 0.0) (= exp!6 ?x175))))))))
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
 (let (($x217 (= igamma!340 igamma!6)))
(let ((?x11 (* rate z)))
(let ((?x127 (* (/ (* (/ (/ 1.0 exp!3) exp!1) exp!2) exp!4) exp!5)))
(let ((?x401 (/ 0.0 ?x127)))
(let ((?x143 (- ?x401)))
(let ((?x222 (+ z ?x143)))
(let ((?x175 (* rate ?x222)))
(=> (and (= concentration concentration) (= ?x175 ?x11)) $x217)))))))))
(check-sat)
(pop 1)
