; certjax: rule estimators.score_Exponential, obligation 'second_order.defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (let (($x13 (= 0.0 rate)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 rate)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 rate)))
(let (($x12 (not $x13)))
(let (($x7 (< 0.0 rate)))
(not (and $x7 $x12 $x12 $x12))))))
(check-sat)
(pop 1)
