; certjax: rule arithmetic.sum, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[2]| () Real)
(assert
 (or (and (distinct (+ |x[2]| (+ |x[0]| |x[1]|)) (+ |x[2]| (+ |x[0]| |x[1]|))) true)))
(check-sat)
(pop 1)
