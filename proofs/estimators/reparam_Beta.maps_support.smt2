; certjax: rule estimators.reparam_Beta, obligation 'maps_support', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(assert
 (let (($x14 (< 0.0 |x[1]|)))
 (let (($x20 (< 0.0 |x[0]|)))
 (let (($x31 (and $x20 $x14)))
 (let (($x22 (< 0.0 concentration0)))
 (let (($x21 (< 0.0 concentration1)))
 (let (($x25 (and $x21 $x22)))
 (and $x25 $x31))))))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x8 (/ |x[0]| ?x7)))
 (< 0.0 ?x8))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x8 (/ |x[0]| ?x7)))
 (< 1.0 ?x8))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(assert
 (let (($x14 (< 0.0 |x[1]|)))
 (let (($x20 (< 0.0 |x[0]|)))
 (let (($x31 (and $x20 $x14)))
 (let (($x22 (< 0.0 concentration0)))
 (let (($x21 (< 0.0 concentration1)))
 (let (($x25 (and $x21 $x22)))
 (and $x25 $x31))))))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x8 (/ |x[0]| ?x7)))
 (< 0.0 ?x8))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x8 (/ |x[0]| ?x7)))
 (> 1.0 ?x8))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(assert
 (let (($x14 (< 0.0 |x[1]|)))
 (let (($x20 (< 0.0 |x[0]|)))
 (let (($x31 (and $x20 $x14)))
 (let (($x22 (< 0.0 concentration0)))
 (let (($x21 (< 0.0 concentration1)))
 (let (($x25 (and $x21 $x22)))
 (and $x25 $x31))))))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x8 (/ |x[0]| ?x7)))
 (> 0.0 ?x8))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
