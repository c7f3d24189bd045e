; certjax: rule estimators.reparam_MultivariateNormal, obligation 'jacobian_positive', verdict proved
; 8 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 true)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (= 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 true)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (< 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 false)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (> 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (= 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 false)
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (> 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (> 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 5 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 false)
(assert
 (> 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (= 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 6 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 false)
(assert
 (> 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (> 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 7 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 false)
(assert
 (> 0.0 |scale_tril[0,0]|))
(assert
 (> 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (= 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 8 of 8
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[1,0]| () Real)
(assert
 false)
(assert
 (> 0.0 |scale_tril[0,0]|))
(assert
 (> 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x15 (/ 0.0 |scale_tril[0,0]|)))
 (let ((?x26 (/ 1.0 |scale_tril[0,0]|)))
 (let ((?x14 (* |scale_tril[1,0]| ?x26)))
 (let ((?x23 (- ?x14)))
 (let ((?x19 (/ ?x23 |scale_tril[1,1]|)))
 (let ((?x9 (* ?x19 ?x15)))
 (let ((?x8 (- ?x9)))
 (let ((?x25 (* |scale_tril[1,0]| ?x15)))
 (let ((?x24 (- ?x25)))
 (let ((?x27 (+ 1.0 ?x24)))
 (let ((?x22 (/ ?x27 |scale_tril[1,1]|)))
 (let ((?x18 (* ?x26 ?x22)))
 (let ((?x11 (+ ?x18 ?x8)))
 (< 0.0 ?x11)))))))))))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
