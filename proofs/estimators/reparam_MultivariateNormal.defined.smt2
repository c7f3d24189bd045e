; certjax: rule estimators.reparam_MultivariateNormal, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun pi! () Real)
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
 (let ((?x21 (* 2.0 pi!)))
 (< 0.0 ?x21)))
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (not (and true)))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(check-sat)
(pop 1)
