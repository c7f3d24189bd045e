; certjax: rule arithmetic.add, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun g () Real)
(assert
 (let (($x6 (and (distinct g g) true)))
(or $x6 $x6)))
(check-sat)
(pop 1)
