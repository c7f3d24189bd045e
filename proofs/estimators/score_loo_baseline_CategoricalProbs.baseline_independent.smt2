; certjax: rule estimators.score_loo_baseline_CategoricalProbs, obligation 'baseline_independent', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun |f[0]| () Real)
(assert
 (or (and (distinct (+ (+ |f[0]| c) (- |f[0]|)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun |probs[0]| () Real)
(assert
 (< 0.0 |probs[0]|))
(assert
 (or false))
(check-sat)
(pop 1)
