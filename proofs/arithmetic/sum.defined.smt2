; certjax: rule arithmetic.sum, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(assert
 (not (and true)))
(check-sat)
(pop 1)
