; certjax: rule estimators.reparam_Uniform, obligation 'jacobian_positive', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x32 (< z high)))
 (let (($x41 (< low z)))
 (let (($x19 (and $x41 $x32)))
 (let (($x31 (< low high)))
 (and $x31 $x19))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (/ 1.0 ?x9)))
 (< 0.0 ?x10)))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x32 (< z high)))
 (let (($x41 (< low z)))
 (let (($x19 (and $x41 $x32)))
 (let (($x31 (< low high)))
 (and $x31 $x19))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (/ 1.0 ?x9)))
 (> 0.0 ?x10)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
