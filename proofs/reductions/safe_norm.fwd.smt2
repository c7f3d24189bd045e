; certjax: rule reductions.safe_norm, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[2]| () Real)
(declare-fun sqrt!9 () Real)
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x9 (* |x[0]| |x[0]|)))
 (let ((?x12 (+ ?x9 ?x11)))
 (let ((?x7 (* |x[2]| |x[2]|)))
 (let ((?x13 (+ ?x7 ?x12)))
 (<= 0.0 ?x13)))))))
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
 (let ((?x9 (* |x[0]| |x[0]|)))
 (let ((?x12 (+ ?x9 ?x11)))
 (let ((?x7 (* |x[2]| |x[2]|)))
 (let ((?x13 (+ ?x7 ?x12)))
 (<= 0.0 ?x13)))))))
(assert
 (or (and (distinct sqrt!9 sqrt!9) true)))
(assert
 (let ((?x11 (* |x[1]| |x[1]|)))
(let ((?x9 (* |x[0]| |x[0]|)))
(let ((?x12 (+ ?x9 ?x11)))
(let ((?x7 (* |x[2]| |x[2]|)))
(let ((?x13 (+ ?x7 ?x12)))
(=> (>= ?x13 0.0) (and (>= sqrt!9 0.0) (= (* sqrt!9 sqrt!9) ?x13)))))))))
(check-sat)
(pop 1)
