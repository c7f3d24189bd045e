; certjax: rule estimators.score_constant_baseline_BernoulliProbs, obligation 'value@1', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!8 () Real)
(assert
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (and $x7 $x9))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let ((?x51 (- 1.0)))
 (let ((?x52 (+ 1.0 ?x51)))
 (let ((?x53 (* b ?x52)))
 (let ((?x48 (+ 1.0 (- 1.0))))
 (let ((?x49 (* |f[1]| ?x48)))
 (let ((?x54 (+ ?x49 ?x53)))
 (or (and (distinct 0.0 ?x54) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!13 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!13)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!1 (+ 1.0 (- probs)))))
(assert
 (= (< log!8 log!13) (< exp!2 exp!1)))
(assert
 (= (< log!13 log!8) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!8 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!8)))
(assert
 (=> (> probs 0.0) (= exp!2 probs)))
(check-sat)
(pop 1)
