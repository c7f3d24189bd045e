; certjax: rule estimators.reparam_MultivariateNormal, obligation 'maps_base[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
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
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(assert
 false)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (> 0.0 |scale_tril[1,1]|))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(assert
 false)
(assert
 (> 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(assert
 false)
(assert
 (> 0.0 |scale_tril[0,0]|))
(assert
 (> 0.0 |scale_tril[1,1]|))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
