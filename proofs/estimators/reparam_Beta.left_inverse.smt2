; certjax: rule estimators.reparam_Beta, obligation 'left_inverse', verdict proved
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
 (let ((?x13 (- |u[0]|)))
 (let ((?x14 (+ 1.0 ?x13)))
 (let ((?x15 (* s ?x14)))
 (let ((?x12 (* |u[0]| s)))
 (let ((?x16 (+ ?x12 ?x15)))
 (let (($x19 (= 0.0 ?x16)))
 (not $x19))))))))
(assert
 (let ((?x13 (- |u[0]|)))
(let ((?x14 (+ 1.0 ?x13)))
(let ((?x15 (* s ?x14)))
(let ((?x12 (* |u[0]| s)))
(let ((?x16 (+ ?x12 ?x15)))
(let ((?x17 (/ ?x12 ?x16)))
(or (and (distinct ?x17 |u[0]|) true)))))))))
(check-sat)
(pop 1)
