; certjax: rule estimators.reparam_LogNormal, obligation 'maps_base', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(assert
 true)
(assert
 (< 0.0 z))
(assert
 (< 0.0 scale))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(assert
 false)
(assert
 (< 0.0 z))
(assert
 (> 0.0 scale))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(assert
 false)
(assert
 (> 0.0 z))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
