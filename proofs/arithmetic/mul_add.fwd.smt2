; certjax: rule arithmetic.mul_add, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun z () Real)
(assert
 (or (and (distinct (+ z (* x y)) (+ z (* x y))) true)))
(check-sat)
(pop 1)
