; certjax: rule estimators.score_Geometric, obligation 'second_order.defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun probs () Real)
(assert
 (let (($x13 (<= 0.0 z)))
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x13))))))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x14 (- probs)))
(let ((?x15 (+ ?x14 1.0)))
(let (($x19 (= 0.0 ?x15)))
(let (($x18 (not $x19)))
(let (($x21 (= 0.0 probs)))
(let (($x20 (not $x21)))
(let (($x7 (< 0.0 probs)))
(let (($x16 (< 0.0 ?x15)))
(not (and $x16 $x7 $x18 $x20 $x20 $x20 $x18 $x18)))))))))))
(check-sat)
(pop 1)
