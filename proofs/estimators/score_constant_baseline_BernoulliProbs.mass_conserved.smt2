; certjax: rule estimators.score_constant_baseline_BernoulliProbs, obligation 'mass_conserved', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!8 () Real)
(declare-fun log!17 () Real)
(assert
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (and $x7 $x9))))
(assert
 (let (($x13 (= 0.0 probs)))
 (not $x13)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let (($x17 (= 0.0 ?x14)))
 (not $x17)))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (< 0.0 ?x14))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x11 (- probs)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let ((?x21 (/ (- 1.0) ?x14)))
 (let ((?x55 (* 0.0 ?x21)))
 (let ((?x18 (/ 1.0 probs)))
 (let ((?x56 (+ ?x18 ?x55)))
 (let ((?x60 (* ?x56 ?x59)))
 (let ((?x53 (* 1.0 exp!2)))
 (let ((?x19 (* ?x18 0.0)))
 (let ((?x22 (+ ?x19 ?x21)))
 (let ((?x54 (* ?x22 ?x53)))
 (let ((?x61 (+ ?x54 ?x60)))
 (or (and (distinct 0.0 ?x61) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!8 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!8)))
(assert
 (let (($x32 (= exp!1 probs)))
 (=> (> probs 0.0) $x32)))
(assert
 (= (< log!17 log!8) (< exp!2 exp!1)))
(assert
 (= (< log!8 log!17) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!17 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!17)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
