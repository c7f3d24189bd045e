; certjax: rule elementwise.neg, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun g () Real)
(assert
 (or (and (distinct (- g) (- g)) true)))
(check-sat)
(pop 1)
