; certjax: rule estimators.reparam_Exponential, obligation 'jacobian_positive', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun rate () Real)
(assert
 true)
(assert
 (< 0.0 rate))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun rate () Real)
(assert
 false)
(assert
 (> 0.0 rate))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(assert
 (< 0.0 z))
(assert
 (or false))
(check-sat)
(pop 1)
