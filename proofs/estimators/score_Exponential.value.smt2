; certjax: rule estimators.score_Exponential, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun log!6 () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (* rate z)))
 (let ((?x13 (- ?x12)))
 (let ((?x26 (+ ?x13 log!6)))
 (let ((?x27 (- ?x26)))
 (let ((?x28 (+ ?x26 ?x27)))
 (let ((?x29 (* f ?x28)))
 (or (and (distinct 0.0 ?x29) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!6 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!6)))
(assert
 (=> (> rate 0.0) (= exp!1 rate)))
(check-sat)
(pop 1)
