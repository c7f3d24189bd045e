; certjax: rule elementwise.neg, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(assert
 (or (and (distinct (- x) (- x)) true)))
(check-sat)
(pop 1)
