; certjax: rule estimators.score_loo_baseline_BernoulliProbs, obligation 'normalized', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!13 () Real)
(declare-fun exp!3 () Real)
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
 (or (and (distinct 1.0 (+ (* 1.0 exp!2) (* 1.0 exp!4))) true)))
(assert
 (> exp!1 0.0))
(assert
 (let (($x17 (> log!13 0.0)))
 (= $x17 (> exp!1 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!13)))
 (>= exp!1 ?x20)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x22 (> ?x12 0.0)))
 (=> $x22 (= exp!1 ?x12))))))
(assert
 (let (($x26 (< log!13 log!13)))
 (= $x26 (< exp!2 exp!1))))
(assert
 (let (($x26 (< log!13 log!13)))
 (= $x26 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x17 (> log!13 0.0)))
 (= $x17 (> exp!2 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!13)))
 (>= exp!2 ?x20)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x22 (> ?x12 0.0)))
 (=> $x22 (= exp!2 ?x12))))))
(assert
 (let (($x40 (< log!7 log!13)))
 (= $x40 (< exp!3 exp!2))))
(assert
 (let (($x43 (< log!13 log!7)))
 (= $x43 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x47 (> log!7 0.0)))
 (= $x47 (> exp!3 1.0))))
(assert
 (let ((?x50 (+ 1.0 log!7)))
 (>= exp!3 ?x50)))
(assert
 (let (($x53 (= exp!3 probs)))
 (let (($x52 (> probs 0.0)))
 (=> $x52 $x53))))
(assert
 (let (($x40 (< log!7 log!13)))
 (= $x40 (< exp!4 exp!2))))
(assert
 (let (($x43 (< log!13 log!7)))
 (= $x43 (< exp!2 exp!4))))
(assert
 (let (($x60 (< log!7 log!7)))
 (= $x60 (< exp!4 exp!3))))
(assert
 (let (($x60 (< log!7 log!7)))
 (= $x60 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x47 (> log!7 0.0)))
 (= $x47 (> exp!4 1.0))))
(assert
 (let ((?x50 (+ 1.0 log!7)))
 (>= exp!4 ?x50)))
(assert
 (let (($x69 (= exp!4 probs)))
(let (($x52 (> probs 0.0)))
(=> $x52 $x69))))
(check-sat)
(pop 1)
