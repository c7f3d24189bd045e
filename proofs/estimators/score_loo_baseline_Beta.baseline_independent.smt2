; certjax: rule estimators.score_loo_baseline_Beta, obligation 'baseline_independent', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun f () Real)
(assert
 (let (($x14 (> 1.0 z)))
 (let (($x12 (< 0.0 z)))
 (let (($x15 (and $x12 $x14)))
 (let (($x9 (< 0.0 concentration0)))
 (let (($x7 (< 0.0 concentration1)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x15))))))))
(assert
 (or (and (distinct (+ (+ f c) (- f)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
