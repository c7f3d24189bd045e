; certjax: rule estimators.score_loo_baseline_Normal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!24 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!28 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x68 (- 1.0)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let ((?x70 (* b ?x69)))
 (let ((?x65 (+ 1.0 (- 1.0))))
 (let ((?x66 (* f ?x65)))
 (let ((?x71 (+ ?x66 ?x70)))
 (or (and (distinct 0.0 ?x71) true)))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= exp!1 (* 2.0 pi!))))
(assert
 (= (< log!28 log!24) (< exp!2 exp!1)))
(assert
 (= (< log!24 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(check-sat)
(pop 1)
