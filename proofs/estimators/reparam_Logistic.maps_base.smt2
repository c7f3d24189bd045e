; certjax: rule estimators.reparam_Logistic, obligation 'maps_base', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
