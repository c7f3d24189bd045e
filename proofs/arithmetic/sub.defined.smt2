; certjax: rule arithmetic.sub, obligation 'defined', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(assert
 (not (and true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(assert
 (not (and true)))
(check-sat)
(pop 1)
