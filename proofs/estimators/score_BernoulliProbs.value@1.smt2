; certjax: rule estimators.score_BernoulliProbs, obligation 'value@1', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun |f[1]| () Real)
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
 (let ((?x18 (- 1.0)))
(let ((?x19 (+ 1.0 ?x18)))
(let ((?x20 (* 0.0 ?x19)))
(let ((?x16 (+ 1.0 (- 1.0))))
(let ((?x17 (* |f[1]| ?x16)))
(let ((?x21 (+ ?x17 ?x20)))
(or (and (distinct 0.0 ?x21) true)))))))))
(check-sat)
(pop 1)
