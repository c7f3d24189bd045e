; certjax: rule estimators.score_constant_baseline_BernoulliProbs, obligation 'second_order.defined@0', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
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
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 probs)))
(let (($x15 (not $x16)))
(let ((?x11 (- probs)))
(let ((?x12 (+ 1.0 ?x11)))
(let (($x18 (= 0.0 ?x12)))
(let (($x17 (not $x18)))
(let (($x13 (< 0.0 ?x12)))
(let (($x7 (< 0.0 probs)))
(not (and $x7 $x13 $x15 $x17 $x17 $x17 $x15 $x15)))))))))))
(check-sat)
(pop 1)
