; certjax: rule estimators.score_constant_baseline_Gumbel, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun log!13 () Real)
(declare-fun exp!1 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x48 (- log!13)))
 (let ((?x28 (/ 1.0 exp!1)))
 (let ((?x16 (- loc)))
 (let ((?x17 (+ z ?x16)))
 (let ((?x18 (/ ?x17 scale)))
 (let ((?x29 (+ ?x18 ?x28)))
 (let ((?x30 (- ?x29)))
 (let ((?x49 (+ ?x30 ?x48)))
 (let ((?x50 (- ?x49)))
 (let ((?x51 (+ ?x49 ?x50)))
 (let ((?x12 (- b)))
 (let ((?x13 (+ f ?x12)))
 (let ((?x52 (* ?x13 ?x51)))
 (or (and (distinct 0.0 ?x52) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!13 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(check-sat)
(pop 1)
