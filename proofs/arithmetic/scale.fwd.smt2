; certjax: rule arithmetic.scale, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |x[1]| () Real)
(declare-fun alpha () Real)
(declare-fun |x[0]| () Real)
(assert
 (or (and (distinct (* alpha |x[0]|) (* alpha |x[0]|)) true) (and (distinct (* alpha |x[1]|) (* alpha |x[1]|)) true)))
(check-sat)
(pop 1)
