; certjax: rule estimators.reparam_Uniform, obligation 'defined', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(assert
 (< 0.0 eps))
(assert
 (> 1.0 eps))
(assert
 (not (and true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun low () Real)
(assert
 (< low high))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let (($x13 (= 0.0 ?x9)))
 (not $x13)))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (< 0.0 ?x9))))
(assert
 (not (and true)))
(check-sat)
(pop 1)
