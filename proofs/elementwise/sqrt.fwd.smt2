; certjax: rule elementwise.sqrt, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun sqrt!2 () Real)
(assert
 (< 0.0 x))
(assert
 (<= 0.0 x))
(assert
 (<= 0.0 x))
(assert
 (or (and (distinct sqrt!2 sqrt!2) true)))
(assert
 (let (($x8 (>= x 0.0)))
(=> $x8 (and (>= sqrt!2 0.0) (= (* sqrt!2 sqrt!2) x)))))
(check-sat)
(pop 1)
