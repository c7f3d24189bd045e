; certjax: rule estimators.reparam_Exponential, obligation 'maps_support', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun rate () Real)
(assert
 (< 0.0 eps))
(assert
 (< 0.0 rate))
(assert
 (let ((?x16 (/ eps rate)))
 (< 0.0 ?x16)))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
