; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'baseline_independent', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun |f[0]| () Real)
(assert
 true)
(assert
 (or (and (distinct (+ (+ |f[0]| c) (- |f[0]|)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
