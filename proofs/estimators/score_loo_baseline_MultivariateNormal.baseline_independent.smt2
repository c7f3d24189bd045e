; certjax: rule estimators.score_loo_baseline_MultivariateNormal, obligation 'baseline_independent', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun f () Real)
(assert
 (let (($x9 (< 0.0 |scale_tril[1,1]|)))
 (let (($x7 (< 0.0 |scale_tril[0,0]|)))
 (and $x7 $x9))))
(assert
 (or (and (distinct (+ (+ f c) (- f)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
