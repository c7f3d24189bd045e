; certjax: rule estimators.reparam_Logistic, obligation 'jacobian_positive', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (/ 1.0 scale)))
 (< 0.0 ?x7)))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (/ 1.0 scale)))
 (> 0.0 ?x7)))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
