; certjax: rule estimators.reparam_MultivariateNormal, obligation 'maps_base[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(assert
 true)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
