; certjax: rule estimators.score_loo_baseline_Exponential, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun log!9 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x15 (* rate z)))
 (let ((?x16 (- ?x15)))
 (let ((?x29 (+ ?x16 log!9)))
 (let ((?x30 (- ?x29)))
 (let ((?x31 (+ ?x29 ?x30)))
 (let ((?x13 (- b)))
 (let ((?x14 (+ f ?x13)))
 (let ((?x32 (* ?x14 ?x31)))
 (or (and (distinct 0.0 ?x32) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (=> (> rate 0.0) (= exp!1 rate)))
(check-sat)
(pop 1)
