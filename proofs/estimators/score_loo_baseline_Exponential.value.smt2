; certjax: rule estimators.score_loo_baseline_Exponential, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x17 (- 1.0)))
(let ((?x18 (+ 1.0 ?x17)))
(let ((?x19 (* b ?x18)))
(let ((?x14 (+ 1.0 (- 1.0))))
(let ((?x15 (* f ?x14)))
(let ((?x20 (+ ?x15 ?x19)))
(or (and (distinct 0.0 ?x20) true)))))))))
(check-sat)
(pop 1)
