; certjax: rule estimators.score_loo_baseline_Dirichlet, obligation 'baseline_independent', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun f2 () Real)
(declare-fun c () Real)
(declare-fun f () Real)
(assert
 (or (and (distinct (+ (+ f c) (- f)) (+ (+ c f2) (- f2))) true)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun |concentration[0]| () Real)
(assert
 (< 0.0 |concentration[0]|))
(assert
 (or false))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun |z[2]| () Real)
(declare-fun |z[0]| () Real)
(declare-fun |z[1]| () Real)
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x12 (+ |z[0]| |z[1]|)))
 (let ((?x13 (+ |z[2]| ?x12)))
 (= 1.0 ?x13))))
(assert
 (or false))
(check-sat)
(pop 1)
