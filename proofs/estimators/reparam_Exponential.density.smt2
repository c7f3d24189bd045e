; certjax: rule estimators.reparam_Exponential, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x51 (/ 1.0 exp!3)))
 (let ((?x52 (* rate ?x51)))
 (let ((?x50 (/ (* 1.0 exp!2) exp!3)))
 (or (and (distinct ?x50 ?x52) true))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x15 (> log!6 0.0)))
 (= $x15 (> exp!1 1.0))))
(assert
 (let ((?x18 (+ 1.0 log!6)))
 (>= exp!1 ?x18)))
(assert
 (let (($x21 (= exp!1 rate)))
 (let (($x20 (> rate 0.0)))
 (=> $x20 $x21))))
(assert
 (let (($x24 (< log!6 log!6)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x24 (< log!6 log!6)))
 (= $x24 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x15 (> log!6 0.0)))
 (= $x15 (> exp!2 1.0))))
(assert
 (let ((?x18 (+ 1.0 log!6)))
 (>= exp!2 ?x18)))
(assert
 (let (($x33 (= exp!2 rate)))
 (let (($x20 (> rate 0.0)))
 (=> $x20 $x33))))
(assert
 (= (< (* rate z) log!6) (< exp!3 exp!2)))
(assert
 (= (< log!6 (* rate z)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (* rate z) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
