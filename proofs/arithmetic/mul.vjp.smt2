; certjax: rule arithmetic.mul, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun g () Real)
(declare-fun x () Real)
(declare-fun y () Real)
(assert
 (or (and (distinct (* y g) (* y g)) true) (and (distinct (* x g) (* x g)) true)))
(check-sat)
(pop 1)
