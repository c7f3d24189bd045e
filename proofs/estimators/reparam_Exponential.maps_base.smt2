; certjax: rule estimators.reparam_Exponential, obligation 'maps_base', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(assert
 (let (($x16 (< 0.0 z)))
 (let (($x15 (< 0.0 rate)))
 (and $x15 $x16))))
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(assert
 (let (($x16 (< 0.0 z)))
 (let (($x15 (< 0.0 rate)))
 (and $x15 $x16))))
(assert
 (let ((?x7 (* rate z)))
 (> 0.0 ?x7)))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
