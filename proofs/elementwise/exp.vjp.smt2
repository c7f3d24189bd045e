; certjax: rule elementwise.exp, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(declare-fun x () Real)
(assert
 (or (and (distinct (* (* 1.0 exp!1) g) (* (* 1.0 exp!1) g)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
