; certjax: rule estimators.score_loo_baseline_Poisson, obligation 'baseline_independent', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun f () Real)
(assert
 (let (($x10 (<= 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x10))))
(assert
 (or (and (distinct (+ (+ f c) (- f)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
