; certjax: rule estimators.score_loo_baseline_Gamma, obligation 'baseline_independent', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun f () Real)
(assert
 (or (and (distinct (+ (+ f c) (- f)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun concentration () Real)
(assert
 (< 0.0 concentration))
(assert
 (or false))
(check-sat)
(pop 1)
