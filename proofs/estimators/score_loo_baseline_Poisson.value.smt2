; certjax: rule estimators.score_loo_baseline_Poisson, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!9 () Real)
(assert
 (let (($x10 (<= 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x10))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let ((?x43 (- 1.0)))
 (let ((?x44 (+ 1.0 ?x43)))
 (let ((?x45 (* b ?x44)))
 (let ((?x40 (+ 1.0 (- 1.0))))
 (let ((?x41 (* f ?x40)))
 (let ((?x46 (+ ?x41 ?x45)))
 (or (and (distinct 0.0 ?x46) true)))))))))
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
