; certjax: rule estimators.score_loo_baseline_OneHotCategoricalProbs, obligation 'baseline_independent', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun |f[0]| () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (or (and (distinct (+ (+ |f[0]| c) (- |f[0]|)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
