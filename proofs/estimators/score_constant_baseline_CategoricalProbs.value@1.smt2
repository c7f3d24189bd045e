; certjax: rule estimators.score_constant_baseline_CategoricalProbs, obligation 'value@1', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(assert
 (let (($x11 (< 0.0 |probs[1]|)))
 (let (($x9 (< 0.0 |probs[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |probs[2]|)))
 (and $x7 $x12))))))
(assert
 (< 0.0 |probs[2]|))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 |probs[1]|))
(assert
 (< 0.0 |probs[0]|))
(assert
 (let ((?x23 (- 1.0)))
(let ((?x24 (+ 1.0 ?x23)))
(let ((?x25 (* b ?x24)))
(let ((?x20 (+ 1.0 (- 1.0))))
(let ((?x21 (* |f[1]| ?x20)))
(let ((?x26 (+ ?x21 ?x25)))
(or (and (distinct 0.0 ?x26) true)))))))))
(check-sat)
(pop 1)
