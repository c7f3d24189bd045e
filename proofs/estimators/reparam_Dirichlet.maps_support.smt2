; certjax: rule estimators.reparam_Dirichlet, obligation 'maps_support', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun |concentration[0]| () Real)
(assert
 (< 0.0 |concentration[0]|))
(assert
 (or false))
(check-sat)
(pop 1)
; region 2 of 5
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
 (let ((?x10 (/ |x[2]| ?x9)))
 (< 0.0 ?x10)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x35 (/ |x[0]| ?x9)))
 (< 0.0 ?x35)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x43 (/ |x[1]| ?x9)))
 (< 0.0 ?x43)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x43 (/ |x[1]| ?x9)))
 (let ((?x35 (/ |x[0]| ?x9)))
 (let ((?x19 (+ ?x35 ?x43)))
 (let ((?x10 (/ |x[2]| ?x9)))
 (let ((?x62 (+ ?x10 ?x19)))
 (= 1.0 ?x62)))))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 5
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
 (let ((?x10 (/ |x[2]| ?x9)))
 (< 0.0 ?x10)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x35 (/ |x[0]| ?x9)))
 (< 0.0 ?x35)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x43 (/ |x[1]| ?x9)))
 (> 0.0 ?x43)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 5
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
 (let ((?x10 (/ |x[2]| ?x9)))
 (< 0.0 ?x10)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x35 (/ |x[0]| ?x9)))
 (> 0.0 ?x35)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 5 of 5
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
 (let ((?x10 (/ |x[2]| ?x9)))
 (> 0.0 ?x10)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
