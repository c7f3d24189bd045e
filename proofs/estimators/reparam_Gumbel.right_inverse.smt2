; certjax: rule estimators.reparam_Gumbel, obligation 'right_inverse', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun z () Real)
(declare-fun loc () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (or (and (distinct (+ loc (* scale (/ (+ z (- loc)) scale))) z) true)))
(check-sat)
(pop 1)
