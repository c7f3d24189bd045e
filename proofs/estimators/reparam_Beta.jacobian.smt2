; certjax: rule estimators.reparam_Beta, obligation 'jacobian', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun concentration0 () Real)
(assert
 (< 0.0 concentration0))
(assert
 (or false))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun |u[0]| () Real)
(declare-fun s () Real)
(assert
 (< 0.0 |u[0]|))
(assert
 (> 1.0 |u[0]|))
(assert
 (< 0.0 s))
(assert
 (let ((?x15 (- s)))
(let ((?x16 (* |u[0]| ?x15)))
(let ((?x17 (- ?x16)))
(let ((?x12 (- |u[0]|)))
(let ((?x13 (+ 1.0 ?x12)))
(let ((?x14 (* s ?x13)))
(let ((?x18 (+ ?x14 ?x17)))
(or (and (distinct ?x18 s) true))))))))))
(check-sat)
(pop 1)
