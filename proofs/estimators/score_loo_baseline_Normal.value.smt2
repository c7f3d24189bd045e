; certjax: rule estimators.score_loo_baseline_Normal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x16 (- 1.0)))
(let ((?x17 (+ 1.0 ?x16)))
(let ((?x18 (* b ?x17)))
(let ((?x13 (+ 1.0 (- 1.0))))
(let ((?x14 (* f ?x13)))
(let ((?x19 (+ ?x14 ?x18)))
(or (and (distinct 0.0 ?x19) true)))))))))
(check-sat)
(pop 1)
