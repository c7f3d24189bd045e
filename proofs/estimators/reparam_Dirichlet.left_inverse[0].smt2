; certjax: rule estimators.reparam_Dirichlet, obligation 'left_inverse[0]', verdict proved
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
 (let ((?x19 (* |u[1]| s)))
 (let ((?x18 (* |u[0]| s)))
 (let ((?x20 (+ ?x18 ?x19)))
 (let ((?x10 (+ |u[0]| |u[1]|)))
 (let ((?x15 (- ?x10)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x17 (* s ?x16)))
 (let ((?x21 (+ ?x17 ?x20)))
 (let (($x24 (= 0.0 ?x21)))
 (not $x24)))))))))))
(assert
 (let ((?x19 (* |u[1]| s)))
 (let ((?x18 (* |u[0]| s)))
 (let ((?x20 (+ ?x18 ?x19)))
 (let ((?x10 (+ |u[0]| |u[1]|)))
 (let ((?x15 (- ?x10)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x17 (* s ?x16)))
 (let ((?x21 (+ ?x17 ?x20)))
 (let (($x24 (= 0.0 ?x21)))
 (not $x24)))))))))))
(assert
 (let ((?x19 (* |u[1]| s)))
 (let ((?x18 (* |u[0]| s)))
 (let ((?x20 (+ ?x18 ?x19)))
 (let ((?x10 (+ |u[0]| |u[1]|)))
 (let ((?x15 (- ?x10)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x17 (* s ?x16)))
 (let ((?x21 (+ ?x17 ?x20)))
 (let (($x24 (= 0.0 ?x21)))
 (not $x24)))))))))))
(assert
 (let ((?x19 (* |u[1]| s)))
(let ((?x18 (* |u[0]| s)))
(let ((?x20 (+ ?x18 ?x19)))
(let ((?x10 (+ |u[0]| |u[1]|)))
(let ((?x15 (- ?x10)))
(let ((?x16 (+ 1.0 ?x15)))
(let ((?x17 (* s ?x16)))
(let ((?x21 (+ ?x17 ?x20)))
(let ((?x22 (/ ?x18 ?x21)))
(or (and (distinct ?x22 |u[0]|) true))))))))))))
(check-sat)
(pop 1)
