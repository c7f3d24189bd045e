; certjax: rule estimators.reparam_Uniform, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun high () Real)
(declare-fun low () Real)
(assert
 (let (($x12 (> 1.0 eps)))
 (let (($x10 (< 0.0 eps)))
 (let (($x13 (and $x10 $x12)))
 (let (($x7 (< low high)))
 (and $x7 $x13))))))
(assert
 (let ((?x15 (- low)))
 (let ((?x16 (+ high ?x15)))
 (let (($x19 (= 0.0 ?x16)))
 (not $x19)))))
(assert
 (let ((?x15 (- low)))
 (let ((?x16 (+ high ?x15)))
 (< 0.0 ?x16))))
(assert
 (not (and true)))
(check-sat)
(pop 1)
