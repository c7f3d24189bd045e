; certjax: rule estimators.reparam_Uniform, obligation 'jacobian_positive', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x16 (< z high)))
 (let (($x15 (< low z)))
 (let (($x17 (and $x15 $x16)))
 (let (($x13 (< low high)))
 (and $x13 $x17))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (/ 1.0 ?x9)))
 (< 0.0 ?x10)))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
