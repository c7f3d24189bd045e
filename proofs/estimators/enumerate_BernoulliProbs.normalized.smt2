; certjax: rule estimators.enumerate_BernoulliProbs, obligation 'normalized', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!10 () Real)
(declare-fun log!16 () Real)
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
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (let (($x23 (= exp!1 probs)))
 (=> (> probs 0.0) $x23)))
(assert
 (= (< log!16 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!16) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!16 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!16)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
