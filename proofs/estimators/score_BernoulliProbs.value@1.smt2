; certjax: rule estimators.score_BernoulliProbs, obligation 'value@1', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!7 () Real)
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
 (let ((?x50 (- 1.0)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let ((?x52 (* 0.0 ?x51)))
 (let ((?x48 (+ 1.0 (- 1.0))))
 (let ((?x49 (* |f[1]| ?x48)))
 (let ((?x53 (+ ?x49 ?x52)))
 (or (and (distinct 0.0 ?x53) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!1 (+ 1.0 (- probs)))))
(assert
 (= (< log!7 log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 log!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!7)))
(assert
 (=> (> probs 0.0) (= exp!2 probs)))
(check-sat)
(pop 1)
