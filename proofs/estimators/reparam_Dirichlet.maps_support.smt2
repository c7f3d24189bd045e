; certjax: rule estimators.reparam_Dirichlet, obligation 'maps_support', verdict proved
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
(declare-fun |x[2]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(assert
 (< 0.0 |x[2]|))
(assert
 (< 0.0 |x[0]|))
(assert
 (< 0.0 |x[1]|))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (< 0.0 ?x9))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x16 (/ |x[1]| ?x9)))
 (let ((?x27 (/ |x[0]| ?x9)))
 (let ((?x21 (+ ?x27 ?x16)))
 (let ((?x22 (/ |x[2]| ?x9)))
 (let ((?x19 (+ ?x22 ?x21)))
 (= 1.0 ?x19)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x22 (/ |x[2]| ?x9)))
 (< 0.0 ?x22)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x27 (/ |x[0]| ?x9)))
 (< 0.0 ?x27)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x16 (/ |x[1]| ?x9)))
 (< 0.0 ?x16)))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
