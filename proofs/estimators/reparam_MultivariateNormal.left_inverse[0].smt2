; certjax: rule estimators.reparam_MultivariateNormal, obligation 'left_inverse[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |eps[0]| () Real)
(declare-fun |loc[0]| () Real)
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
(let ((?x17 (* |scale_tril[0,0]| |eps[0]|)))
(let ((?x18 (+ |loc[0]| ?x17)))
(let ((?x20 (+ ?x18 ?x19)))
(let ((?x21 (/ ?x20 |scale_tril[0,0]|)))
(or (and (distinct ?x21 |eps[0]|) true))))))))
(check-sat)
(pop 1)
