; certjax: rule estimators.reparam_Gamma, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun concentration () Real)
(assert
 (< 0.0 concentration))
(assert
 (or false))
(check-sat)
(pop 1)
