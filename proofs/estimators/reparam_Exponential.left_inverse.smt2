; certjax: rule estimators.reparam_Exponential, obligation 'left_inverse', verdict proved
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
 (let (($x13 (= 0.0 rate)))
 (not $x13)))
(assert
 (or (and (distinct (* rate (/ eps rate)) eps) true)))
(check-sat)
(pop 1)
