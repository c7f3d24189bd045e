; certjax: rule estimators.reparam_MultivariateNormal, obligation 'jacobian_positive', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 (let (($x25 (< 0.0 |scale_tril[1,1]|)))
 (let (($x24 (< 0.0 |scale_tril[0,0]|)))
 (and $x24 $x25))))
(assert
 (let ((?x10 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x8 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x17 (* |scale_tril[1,0]| ?x8)))
 (let ((?x18 (- ?x17)))
 (let ((?x19 (/ ?x18 |scale_tril[1,1]|)))
 (let ((?x20 (* ?x19 ?x10)))
 (let ((?x21 (- ?x20)))
 (let ((?x11 (* |scale_tril[1,0]| ?x10)))
 (let ((?x12 (- ?x11)))
 (let ((?x13 (+ 1.0 ?x12)))
 (let ((?x15 (/ ?x13 |scale_tril[1,1]|)))
 (let ((?x16 (* ?x8 ?x15)))
 (let ((?x22 (+ ?x16 ?x21)))
 (< 0.0 ?x22)))))))))))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
