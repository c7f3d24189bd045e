; certjax: rule estimators.score_Exponential, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!9 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x32 (- 1.0)))
 (let ((?x33 (+ 1.0 ?x32)))
 (let ((?x34 (* 0.0 ?x33)))
 (let ((?x30 (+ 1.0 (- 1.0))))
 (let ((?x31 (* f ?x30)))
 (let ((?x35 (+ ?x31 ?x34)))
 (or (and (distinct 0.0 ?x35) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (=> (> rate 0.0) (= exp!1 rate)))
(check-sat)
(pop 1)
