; certjax: rule reductions.logaddexp, obligation 'defined', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
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
 (let (($x9 (= 0.0 ?x18)))
 (not $x9)))))
(assert
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (let (($x9 (= 0.0 ?x18)))
 (not $x9)))))
(assert
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let (($x47 (= 0.0 ?x45)))
 (let (($x42 (not $x47)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (let (($x43 (not $x41)))
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (let (($x20 (< 0.0 ?x18)))
 (not (and $x20 $x43 $x42))))))))))))))))
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
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
(assert
 (< x y))
(assert
 (let ((?x25 (- y)))
 (let ((?x7 (+ x ?x25)))
 (< 0.0 ?x7))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (< 0.0 ?x15)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (not $x41))))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (not $x41))))))
(assert
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let (($x47 (= 0.0 ?x45)))
 (let (($x42 (not $x47)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (let (($x43 (not $x41)))
 (let (($x68 (< 0.0 ?x15)))
 (not (and $x68 $x43 $x42))))))))))))))
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
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
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
 (let (($x9 (= 0.0 ?x18)))
 (not $x9)))))
(assert
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (let (($x9 (= 0.0 ?x18)))
 (not $x9)))))
(assert
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let (($x47 (= 0.0 ?x45)))
 (let (($x42 (not $x47)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (let (($x43 (not $x41)))
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (let (($x20 (< 0.0 ?x18)))
 (not (and $x20 $x43 $x42))))))))))))))))
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
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
(assert
 (< y x))
(assert
 (let ((?x25 (- y)))
 (let ((?x7 (+ x ?x25)))
 (< 0.0 ?x7))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (< 0.0 ?x15)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (not $x41))))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (not $x41))))))
(assert
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let (($x47 (= 0.0 ?x45)))
 (let (($x42 (not $x47)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let (($x41 (= 0.0 ?x15)))
 (let (($x43 (not $x41)))
 (let (($x68 (< 0.0 ?x15)))
 (not (and $x68 $x43 $x42))))))))))))))
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
(check-sat)
(pop 1)
