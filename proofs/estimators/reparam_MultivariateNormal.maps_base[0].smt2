; certjax: rule estimators.reparam_MultivariateNormal, obligation 'maps_base[0]', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(assert
 true)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(assert
 false)
(assert
 (> 0.0 |scale_tril[0,0]|))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[1,1]| () Real)
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (or false))
(check-sat)
(pop 1)
