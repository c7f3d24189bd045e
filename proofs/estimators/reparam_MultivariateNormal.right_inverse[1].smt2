; certjax: rule estimators.reparam_MultivariateNormal, obligation 'right_inverse[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |z[1]| () Real)
(declare-fun |loc[0]| () Real)
(declare-fun |z[0]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(declare-fun |loc[1]| () Real)
(assert
 (let (($x9 (< 0.0 |scale_tril[1,1]|)))
 (let (($x7 (< 0.0 |scale_tril[0,0]|)))
 (and $x7 $x9))))
(assert
 (let (($x13 (= 0.0 |scale_tril[0,0]|)))
 (not $x13)))
(assert
 (let (($x15 (= 0.0 |scale_tril[1,1]|)))
 (not $x15)))
(assert
 (let ((?x19 (- |loc[0]|)))
(let ((?x20 (+ |z[0]| ?x19)))
(let ((?x21 (/ ?x20 |scale_tril[0,0]|)))
(let ((?x22 (* |scale_tril[1,0]| ?x21)))
(let ((?x26 (- ?x22)))
(let ((?x24 (- |loc[1]|)))
(let ((?x25 (+ |z[1]| ?x24)))
(let ((?x27 (+ ?x25 ?x26)))
(let ((?x28 (/ ?x27 |scale_tril[1,1]|)))
(let ((?x29 (* |scale_tril[1,1]| ?x28)))
(let ((?x30 (+ ?x22 ?x29)))
(let ((?x31 (+ |loc[1]| ?x30)))
(or (and (distinct ?x31 |z[1]|) true)))))))))))))))
(check-sat)
(pop 1)
