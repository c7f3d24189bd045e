; certjax: rule estimators.reparam_Exponential, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun rate () Real)
(assert
 (let (($x9 (< 0.0 eps)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (not (and (not (= 0.0 rate)))))
(check-sat)
(pop 1)
