; certjax: rule estimators.reparam_LogNormal, obligation 'jacobian_positive', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(assert
 (< 0.0 z))
(assert
 (< 0.0 scale))
(assert
 (let ((?x16 (/ 1.0 z)))
 (let ((?x17 (/ ?x16 scale)))
 (< 0.0 ?x17))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(assert
 (< 0.0 z))
(assert
 (< 0.0 scale))
(assert
 (let ((?x16 (/ 1.0 z)))
 (let ((?x17 (/ ?x16 scale)))
 (> 0.0 ?x17))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun z () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x16 (/ 1.0 z)))
 (let ((?x17 (/ ?x16 scale)))
 (< 0.0 ?x17))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun z () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x16 (/ 1.0 z)))
 (let ((?x17 (/ ?x16 scale)))
 (> 0.0 ?x17))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
