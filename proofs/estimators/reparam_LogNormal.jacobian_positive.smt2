; certjax: rule estimators.reparam_LogNormal, obligation 'jacobian_positive', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(assert
 (let (($x17 (< 0.0 z)))
 (let (($x38 (< 0.0 scale)))
 (and $x38 $x17))))
(assert
 (let ((?x7 (/ 1.0 z)))
 (let ((?x9 (/ ?x7 scale)))
 (< 0.0 ?x9))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(assert
 (let (($x17 (< 0.0 z)))
 (let (($x38 (< 0.0 scale)))
 (and $x38 $x17))))
(assert
 (let ((?x7 (/ 1.0 z)))
 (let ((?x9 (/ ?x7 scale)))
 (> 0.0 ?x9))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
