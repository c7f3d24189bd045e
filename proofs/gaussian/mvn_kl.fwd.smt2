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
(declare-fun exp!0 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x69 (* log!22 2.0)))
 (let ((?x70 (- ?x69)))
 (let ((?x55 (* |mu[1]| |mu[1]|)))
 (let ((?x53 (* |sigma[1]| |sigma[1]|)))
 (let ((?x56 (+ ?x53 ?x55)))
 (let ((?x57 (+ ?x56 (- 1.0))))
 (let ((?x71 (+ ?x57 ?x70)))
 (let ((?x50 (* log!21 2.0)))
 (let ((?x51 (- ?x50)))
 (let ((?x36 (* |mu[0]| |mu[0]|)))
 (let ((?x34 (* |sigma[0]| |sigma[0]|)))
 (let ((?x37 (+ ?x34 ?x36)))
 (let ((?x38 (+ ?x37 (- 1.0))))
 (let ((?x52 (+ ?x38 ?x51)))
 (let ((?x72 (+ ?x52 ?x71)))
 (let ((?x31 (* log!23 2.0)))
 (let ((?x32 (- ?x31)))
 (let ((?x14 (* |mu[2]| |mu[2]|)))
 (let ((?x12 (* |sigma[2]| |sigma[2]|)))
 (let ((?x15 (+ ?x12 ?x14)))
 (let ((?x17 (+ ?x15 (- 1.0))))
 (let ((?x33 (+ ?x17 ?x32)))
 (let ((?x73 (+ ?x33 ?x72)))
 (let ((?x75 (* ?x73 (/ 1.0 2.0))))
 (or (and (distinct ?x75 ?x75) true)))))))))))))))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> log!23 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 log!23)))
(assert
 (=> (> |sigma[2]| 0.0) (= exp!0 |sigma[2]|)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!21 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!21)))
(assert
 (=> (> |sigma[0]| 0.0) (= exp!1 |sigma[0]|)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> |sigma[1]| 0.0) (= exp!2 |sigma[1]|)))
(check-sat)
(pop 1)
