; certjax: rule reductions.logsumexp, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!0 () Real)
(declare-fun g () Real)
(declare-fun exp!4 () Real)
(declare-fun |x[2]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun log!18 () Real)
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (< 0.0 ?x46)))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (let (($x50 (= 0.0 ?x46)))
 (not $x50))))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (let (($x50 (= 0.0 ?x46)))
 (not $x50))))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (let (($x50 (= 0.0 ?x46)))
 (not $x50))))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (< 0.0 ?x46)))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (let (($x50 (= 0.0 ?x46)))
 (not $x50))))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (let (($x50 (= 0.0 ?x46)))
 (not $x50))))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (let (($x50 (= 0.0 ?x46)))
 (not $x50))))))))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (let ((?x74 (/ ?x24 ?x46)))
 (let ((?x75 (* g ?x74)))
 (let ((?x72 (/ ?x24 exp!4)))
 (let ((?x73 (* g ?x72)))
 (or (and (distinct (* g (/ ?x34 exp!4)) (* g (/ ?x34 ?x46))) true) (and (distinct (* g (/ ?x44 exp!4)) (* g (/ ?x44 ?x46))) true) (and (distinct ?x73 ?x75) true))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> |x[2]| 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 |x[2]|)))
(assert
 (> exp!1 0.0))
(assert
 (= (> sg!7 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 sg!7)))
(assert
 (> exp!2 0.0))
(assert
 (= (> |x[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |x[0]|)))
(assert
 (> exp!3 0.0))
(assert
 (= (> |x[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |x[1]|)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!18 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!18)))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
 (let ((?x34 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x45 (+ ?x34 ?x44)))
 (let ((?x24 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x46 (+ ?x24 ?x45)))
 (=> (> ?x46 0.0) (= exp!4 ?x46))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!18 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!18)))
(assert
 (let ((?x44 (/ (* 1.0 exp!3) exp!1)))
(let ((?x34 (/ (* 1.0 exp!2) exp!1)))
(let ((?x45 (+ ?x34 ?x44)))
(let ((?x24 (/ (* 1.0 exp!0) exp!1)))
(let ((?x46 (+ ?x24 ?x45)))
(=> (> ?x46 0.0) (= exp!4 ?x46))))))))
(check-sat)
(pop 1)
