; certjax: rule estimators.reparam_Exponential, obligation 'maps_support', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun rate () Real)
(assert
 (let (($x21 (< 0.0 eps)))
 (let (($x10 (< 0.0 rate)))
 (and $x10 $x21))))
(assert
 (let ((?x7 (/ eps rate)))
 (< 0.0 ?x7)))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun rate () Real)
(assert
 (let (($x21 (< 0.0 eps)))
 (let (($x10 (< 0.0 rate)))
 (and $x10 $x21))))
(assert
 (let ((?x7 (/ eps rate)))
 (> 0.0 ?x7)))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
