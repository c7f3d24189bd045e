; certjax: rule estimators.reparam_Beta, obligation 'maps_support', verdict proved
; 7 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 7
(push 1)
(set-info :status unknown)
(declare-fun concentration0 () Real)
(assert
 (< 0.0 concentration0))
(assert
 (or false))
(check-sat)
(pop 1)
; region 2 of 7
(push 1)
(set-info :status unknown)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[0]|))
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (< 0.0 ?x7)))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (< 0.0 ?x13))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (< 1.0 ?x13))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 7
(push 1)
(set-info :status unknown)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[0]|))
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (< 0.0 ?x7)))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (< 0.0 ?x13))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (> 1.0 ?x13))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 7
(push 1)
(set-info :status unknown)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[0]|))
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (< 0.0 ?x7)))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (> 0.0 ?x13))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 5 of 7
(push 1)
(set-info :status unknown)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[0]|))
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (> 0.0 ?x7)))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (< 0.0 ?x13))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (< 1.0 ?x13))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 6 of 7
(push 1)
(set-info :status unknown)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[0]|))
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (> 0.0 ?x7)))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (< 0.0 ?x13))))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (> 1.0 ?x13))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 7 of 7
(push 1)
(set-info :status unknown)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[0]|))
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (> 0.0 ?x7)))
(assert
 (let ((?x7 (+ |x[0]| |x[1]|)))
 (let ((?x13 (/ |x[0]| ?x7)))
 (> 0.0 ?x13))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
