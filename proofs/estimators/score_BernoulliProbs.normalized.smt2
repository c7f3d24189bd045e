; certjax: rule estimators.score_BernoulliProbs, obligation 'normalized', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!7 () Real)
(declare-fun log!13 () Real)
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
 (or (and (distinct 1.0 (+ (* 1.0 exp!2) (* 1.0 exp!1))) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!7 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!7)))
(assert
 (let (($x23 (= exp!1 probs)))
 (=> (> probs 0.0) $x23)))
(assert
 (= (< log!13 log!7) (< exp!2 exp!1)))
(assert
 (= (< log!7 log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
