; certjax: rule reductions.logaddexp, obligation 'fwd', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
(declare-fun log!57 () Real)
(declare-fun exp!2 () Real)
(assert
 (< x y))
(assert
 (let ((?x25 (- y)))
 (let ((?x7 (+ x ?x25)))
 (> 0.0 ?x7))))
(assert
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (< 0.0 ?x18))))
(assert
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (< 0.0 ?x18))))
(assert
 (or (and (distinct (+ y log!57) (+ y log!57)) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> y 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 y)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!57 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!57)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!0) exp!1)) 0.0) (= exp!2 (+ 1.0 (/ (* 1.0 exp!0) exp!1)))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
(declare-fun log!60 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!57 () Real)
(declare-fun exp!3 () Real)
(assert
 (< x y))
(assert
 (let ((?x25 (- y)))
 (let ((?x7 (+ x ?x25)))
 (< 0.0 ?x7))))
(assert
 (let ((?x79 (/ 1.0 exp!0)))
 (let ((?x68 (* ?x79 exp!1)))
 (let ((?x71 (+ 1.0 ?x68)))
 (< 0.0 ?x71)))))
(assert
 (let ((?x79 (/ 1.0 exp!0)))
 (let ((?x68 (* ?x79 exp!1)))
 (let ((?x71 (+ 1.0 ?x68)))
 (< 0.0 ?x71)))))
(assert
 (or (and (distinct (+ y log!60) (+ y log!60)) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> y 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 y)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!57 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!57)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!0) exp!1)) 0.0) (= exp!2 (+ 1.0 (/ (* 1.0 exp!0) exp!1)))))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!60 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!60)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!0) exp!1)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!0) exp!1)))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
(declare-fun log!57 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!60 () Real)
(assert
 (< y x))
(assert
 (let ((?x25 (- y)))
 (let ((?x7 (+ x ?x25)))
 (> 0.0 ?x7))))
(assert
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (< 0.0 ?x18))))
(assert
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (< 0.0 ?x18))))
(assert
 (or (and (distinct (+ x log!57) (+ x log!57)) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> y 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 y)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!57 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!57)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!0) exp!1)) 0.0) (= exp!2 (+ 1.0 (/ (* 1.0 exp!0) exp!1)))))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!60 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!60)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!0) exp!1)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!0) exp!1)))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
(declare-fun log!60 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!57 () Real)
(declare-fun exp!3 () Real)
(assert
 (< y x))
(assert
 (let ((?x25 (- y)))
 (let ((?x7 (+ x ?x25)))
 (< 0.0 ?x7))))
(assert
 (let ((?x79 (/ 1.0 exp!0)))
 (let ((?x68 (* ?x79 exp!1)))
 (let ((?x71 (+ 1.0 ?x68)))
 (< 0.0 ?x71)))))
(assert
 (let ((?x79 (/ 1.0 exp!0)))
 (let ((?x68 (* ?x79 exp!1)))
 (let ((?x71 (+ 1.0 ?x68)))
 (< 0.0 ?x71)))))
(assert
 (or (and (distinct (+ x log!60) (+ x log!60)) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> y 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 y)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!57 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!57)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!0) exp!1)) 0.0) (= exp!2 (+ 1.0 (/ (* 1.0 exp!0) exp!1)))))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!60 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!60)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!0) exp!1)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!0) exp!1)))))
(check-sat)
(pop 1)
