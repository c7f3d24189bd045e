; certjax: rule estimators.reparam_Exponential, obligation 'maps_support', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun rate () Real)
(assert
 (< 0.0 eps))
(assert
 (< 0.0 rate))
(assert
 (let ((?x10 (/ eps rate)))
 (< 0.0 ?x10)))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun rate () Real)
(assert
 (< 0.0 eps))
(assert
 (< 0.0 rate))
(assert
 (let ((?x10 (/ eps rate)))
 (> 0.0 ?x10)))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun rate () Real)
(declare-fun eps () Real)
(assert
 false)
(assert
 (> 0.0 rate))
(assert
 (let ((?x10 (/ eps rate)))
 (< 0.0 ?x10)))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun rate () Real)
(declare-fun eps () Real)
(assert
 false)
(assert
 (> 0.0 rate))
(assert
 (let ((?x10 (/ eps rate)))
 (> 0.0 ?x10)))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
