; certjax: rule estimators.score_OneHotCategoricalProbs, obligation 'defined@0', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |probs[1]| () Real)
(declare-fun |probs[0]| () Real)
(declare-fun |probs[2]| () Real)
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
 (< 0.0 |probs[0]|))
(assert
 (< 0.0 |probs[1]|))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let ((?x14 (+ |probs[0]| |probs[1]|)))
 (let ((?x15 (+ |probs[2]| ?x14)))
 (let (($x21 (= 0.0 ?x15)))
 (not $x21)))))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x23 (= 0.0 |probs[0]|)))
 (not $x23)))
(assert
 (let (($x25 (= 0.0 |probs[1]|)))
 (not $x25)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
 (not $x19)))
(assert
 (let (($x19 (= 0.0 |probs[2]|)))
(let (($x18 (not $x19)))
(let (($x25 (= 0.0 |probs[1]|)))
(let (($x24 (not $x25)))
(let (($x23 (= 0.0 |probs[0]|)))
(let (($x22 (not $x23)))
(let ((?x14 (+ |probs[0]| |probs[1]|)))
(let ((?x15 (+ |probs[2]| ?x14)))
(let (($x21 (= 0.0 ?x15)))
(let (($x20 (not $x21)))
(let (($x11 (< 0.0 |probs[1]|)))
(let (($x9 (< 0.0 |probs[0]|)))
(let (($x16 (< 0.0 ?x15)))
(let (($x7 (< 0.0 |probs[2]|)))
(not (and $x7 $x16 $x9 $x11 $x20 $x22 $x24 $x18)))))))))))))))))
(check-sat)
(pop 1)
