; certjax: rule estimators.reparam_Dirichlet, obligation 'jacobian', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun |concentration[0]| () Real)
(assert
 (< 0.0 |concentration[0]|))
(assert
 (or false))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun |u[0]| () Real)
(declare-fun |u[1]| () Real)
(declare-fun s () Real)
(assert
 (< 0.0 |u[0]|))
(assert
 (< 0.0 |u[1]|))
(assert
 (let ((?x10 (+ |u[0]| |u[1]|)))
 (> 1.0 ?x10)))
(assert
 (< 0.0 s))
(assert
 (let ((?x27 (* s s)))
(let ((?x18 (- s)))
(let ((?x23 (* s ?x18)))
(let ((?x24 (- ?x23)))
(let ((?x25 (* |u[0]| ?x24)))
(let ((?x19 (* |u[1]| ?x18)))
(let ((?x20 (- ?x19)))
(let ((?x10 (+ |u[0]| |u[1]|)))
(let ((?x15 (- ?x10)))
(let ((?x16 (+ 1.0 ?x15)))
(let ((?x17 (* s ?x16)))
(let ((?x21 (+ ?x17 ?x20)))
(let ((?x22 (* s ?x21)))
(let ((?x26 (+ ?x22 ?x25)))
(or (and (distinct ?x26 ?x27) true)))))))))))))))))
(check-sat)
(pop 1)
