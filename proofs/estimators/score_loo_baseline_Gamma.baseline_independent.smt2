; certjax: rule estimators.score_loo_baseline_Gamma, obligation 'baseline_independent', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun f () Real)
(assert
 (let (($x12 (< 0.0 z)))
 (let (($x9 (< 0.0 rate)))
 (let (($x7 (< 0.0 concentration)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x12))))))
(assert
 (or (and (distinct (+ (+ f c) (- f)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
