; certjax: rule reductions.logaddexp, obligation 'fwd', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1150 () Real)
(declare-fun exp!3 () Real)
(assert
 (< y x))
(assert
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (= 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (or (and (distinct (+ x log!1150) (+ x log!1150)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(assert
 (= (< log!1150 x) (< exp!3 exp!1)))
(assert
 (= (< x log!1150) (< exp!1 exp!3)))
(assert
 (= (< log!1150 y) (< exp!3 exp!2)))
(assert
 (= (< y log!1150) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!1150 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!1150)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1150 () Real)
(declare-fun exp!3 () Real)
(assert
 (< y x))
(assert
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (< 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (or (and (distinct (+ x log!1150) (+ x log!1150)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(assert
 (= (< log!1150 x) (< exp!3 exp!1)))
(assert
 (= (< x log!1150) (< exp!1 exp!3)))
(assert
 (= (< log!1150 y) (< exp!3 exp!2)))
(assert
 (= (< y log!1150) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!1150 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!1150)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1150 () Real)
(declare-fun exp!3 () Real)
(assert
 (= x y))
(assert
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (= 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (or (and (distinct (+ x log!1150) (+ x log!1150)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(assert
 (= (< log!1150 x) (< exp!3 exp!1)))
(assert
 (= (< x log!1150) (< exp!1 exp!3)))
(assert
 (= (< log!1150 y) (< exp!3 exp!2)))
(assert
 (= (< y log!1150) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!1150 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!1150)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1150 () Real)
(declare-fun exp!3 () Real)
(assert
 (< x y))
(assert
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (= 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (or (and (distinct (+ y log!1150) (+ y log!1150)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(assert
 (= (< log!1150 x) (< exp!3 exp!1)))
(assert
 (= (< x log!1150) (< exp!1 exp!3)))
(assert
 (= (< log!1150 y) (< exp!3 exp!2)))
(assert
 (= (< y log!1150) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!1150 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!1150)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!1157 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!1150 () Real)
(declare-fun exp!4 () Real)
(assert
 (< x y))
(assert
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (> 0.0 ?x16))))
(assert
 (let ((?x91 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x77 (+ 1.0 ?x91)))
 (< 0.0 ?x77))))
(assert
 (let ((?x91 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x77 (+ 1.0 ?x91)))
 (< 0.0 ?x77))))
(assert
 (or (and (distinct (+ y log!1157) (+ y log!1157)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(assert
 (= (< log!1150 x) (< exp!3 exp!1)))
(assert
 (= (< x log!1150) (< exp!1 exp!3)))
(assert
 (= (< log!1150 y) (< exp!3 exp!2)))
(assert
 (= (< y log!1150) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!1150 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!1150)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!3 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1157 x) (< exp!4 exp!1)))
(assert
 (= (< x log!1157) (< exp!1 exp!4)))
(assert
 (= (< log!1157 y) (< exp!4 exp!2)))
(assert
 (= (< y log!1157) (< exp!2 exp!4)))
(assert
 (= (< log!1157 log!1150) (< exp!4 exp!3)))
(assert
 (= (< log!1150 log!1157) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!1157 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!1157)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
