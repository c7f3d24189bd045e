; certjax: rule reductions.log_softmax, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!0 () Real)
(declare-fun |x[2]| () Real)
(declare-fun sg!7 () Real)
(declare-fun |x[0]| () Real)
(declare-fun |x[1]| () Real)
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
 (let (($x47 (< 0.0 ?x46)))
 (not (and $x47)))))))))
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
(check-sat)
(pop 1)
