; certjax: rule estimators.score_loo_baseline_Normal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun log!17 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x36 (- log!17)))
 (let ((?x16 (- loc)))
 (let ((?x17 (+ z ?x16)))
 (let ((?x18 (/ ?x17 scale)))
 (let ((?x20 (* ?x18 (- (/ 1.0 2.0)))))
 (let ((?x21 (* ?x18 ?x20)))
 (let ((?x23 (+ ?x21 (- (/ 6337.0 6896.0)))))
 (let ((?x37 (+ ?x23 ?x36)))
 (let ((?x38 (- ?x37)))
 (let ((?x39 (+ ?x37 ?x38)))
 (let ((?x12 (- b)))
 (let ((?x13 (+ f ?x12)))
 (let ((?x40 (* ?x13 ?x39)))
 (or (and (distinct 0.0 ?x40) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(check-sat)
(pop 1)
