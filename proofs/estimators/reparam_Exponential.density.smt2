; certjax: rule estimators.reparam_Exponential, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!6 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x41 (/ 1.0 exp!2)))
 (let ((?x42 (* rate ?x41)))
 (let ((?x40 (/ (* 1.0 exp!1) exp!2)))
 (or (and (distinct ?x40 ?x42) true))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!6 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!6)))
(assert
 (let (($x23 (= exp!1 rate)))
 (=> (> rate 0.0) $x23)))
(assert
 (= (< (* rate z) log!6) (< exp!2 exp!1)))
(assert
 (= (< log!6 (* rate z)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (* rate z) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
