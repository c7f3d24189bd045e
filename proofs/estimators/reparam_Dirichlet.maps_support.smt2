; certjax: rule estimators.reparam_Dirichlet, obligation 'maps_support', verdict proved
; 9 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 9
(push 1)
(set-info :status unknown)
(declare-fun |concentration[0]| () Real)
(assert
 (< 0.0 |concentration[0]|))
(assert
 (or false))
(check-sat)
(pop 1)
; region 2 of 9
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
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (< 0.0 ?x17)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (< 0.0 ?x19)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (< 0.0 ?x24)))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 9
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
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (< 0.0 ?x17)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (< 0.0 ?x19)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (> 0.0 ?x24)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 9
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
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (< 0.0 ?x17)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (> 0.0 ?x19)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 5 of 9
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
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (> 0.0 ?x17)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 6 of 9
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
 (> 0.0 ?x9))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (< 0.0 ?x17)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (< 0.0 ?x19)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (< 0.0 ?x24)))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 7 of 9
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
 (> 0.0 ?x9))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (< 0.0 ?x17)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (< 0.0 ?x19)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (> 0.0 ?x24)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 8 of 9
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
 (> 0.0 ?x9))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (< 0.0 ?x17)))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (> 0.0 ?x19)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 9 of 9
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
 (> 0.0 ?x9))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x24 (/ |x[1]| ?x9)))
 (let ((?x19 (/ |x[0]| ?x9)))
 (let ((?x23 (+ ?x19 ?x24)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (let ((?x22 (+ ?x17 ?x23)))
 (= 1.0 ?x22)))))))))
(assert
 (let ((?x8 (+ |x[0]| |x[1]|)))
 (let ((?x9 (+ |x[2]| ?x8)))
 (let ((?x17 (/ |x[2]| ?x9)))
 (> 0.0 ?x17)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
