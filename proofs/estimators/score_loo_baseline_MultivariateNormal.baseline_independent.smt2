; certjax: rule estimators.score_loo_baseline_MultivariateNormal, obligation 'baseline_independent', verdict proved
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
(declare-fun |scale_tril[0,0]| () Real)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (or false))
(check-sat)
(pop 1)
