; certjax: rule elementwise.log, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 x))
(assert
 (< 0.0 x))
(assert
 (< 0.0 x))
(assert
 (or (and (distinct log!2 log!2) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!2 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!2)))
(assert
 (=> (> x 0.0) (= exp!1 x)))
(check-sat)
(pop 1)
