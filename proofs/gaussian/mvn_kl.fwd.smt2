; certjax: rule gaussian.mvn_kl, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |sigma[0]| () Real)
(declare-fun |sigma[1]| () Real)
(declare-fun |sigma[2]| () Real)
(declare-fun log!22 () Real)
(declare-fun |mu[1]| () Real)
(declare-fun log!21 () Real)
(declare-fun |mu[0]| () Real)
(declare-fun log!23 () Real)
(declare-fun |mu[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[1]|))
(assert
 (< 0.0 |sigma[2]|))
(assert
 (< 0.0 |sigma[2]|))
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[1]|))
(assert
 (< 0.0 |sigma[2]|))
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[1]|))
(assert
 (let ((?x87 (* log!22 2.0)))
 (let ((?x88 (- ?x87)))
 (let ((?x61 (* |mu[1]| |mu[1]|)))
 (let ((?x59 (* |sigma[1]| |sigma[1]|)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x63 (+ ?x62 (- 1.0))))
 (let ((?x89 (+ ?x63 ?x88)))
 (let ((?x56 (* log!21 2.0)))
 (let ((?x57 (- ?x56)))
 (let ((?x36 (* |mu[0]| |mu[0]|)))
 (let ((?x34 (* |sigma[0]| |sigma[0]|)))
 (let ((?x37 (+ ?x34 ?x36)))
 (let ((?x38 (+ ?x37 (- 1.0))))
 (let ((?x58 (+ ?x38 ?x57)))
 (let ((?x90 (+ ?x58 ?x89)))
 (let ((?x31 (* log!23 2.0)))
 (let ((?x32 (- ?x31)))
 (let ((?x14 (* |mu[2]| |mu[2]|)))
 (let ((?x12 (* |sigma[2]| |sigma[2]|)))
 (let ((?x15 (+ ?x12 ?x14)))
 (let ((?x17 (+ ?x15 (- 1.0))))
 (let ((?x33 (+ ?x17 ?x32)))
 (let ((?x91 (+ ?x33 ?x90)))
 (let ((?x93 (* ?x91 (/ 1.0 2.0))))
 (or (and (distinct ?x93 ?x93) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!23 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!23)))
(assert
 (=> (> |sigma[2]| 0.0) (= exp!1 |sigma[2]|)))
(assert
 (= (< log!21 log!23) (< exp!2 exp!1)))
(assert
 (= (< log!23 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> |sigma[0]| 0.0) (= exp!2 |sigma[0]|)))
(assert
 (= (< log!22 log!23) (< exp!3 exp!1)))
(assert
 (= (< log!23 log!22) (< exp!1 exp!3)))
(assert
 (= (< log!22 log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 log!22) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!22 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!22)))
(assert
 (=> (> |sigma[1]| 0.0) (= exp!3 |sigma[1]|)))
(check-sat)
(pop 1)
