; certjax: rule estimators.reparam_LogNormal, obligation 'maps_support', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun loc () Real)
(declare-fun eps () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x33 (* (* 1.0 exp!1) exp!2)))
 (< 0.0 ?x33)))
(assert
 (or (and (distinct 0.0 0.0) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> loc 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 loc)))
(assert
 (= (< (* scale eps) loc) (< exp!2 exp!1)))
(assert
 (= (< loc (* scale eps)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (* scale eps) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (* scale eps))))
(check-sat)
(pop 1)
