; certjax: rule reductions.logaddexp, obligation 'vjp', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!0 () Real)
(declare-fun g () Real)
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
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (< 0.0 ?x18))))
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
 (not $x47))))))
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
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (let ((?x55 (- ?x16)))
 (let ((?x56 (/ ?x55 ?x18)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let ((?x58 (* g ?x57)))
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let ((?x53 (/ 1.0 ?x45)))
 (let ((?x54 (* g ?x53)))
 (let ((?x50 (/ ?x16 ?x18)))
 (let ((?x51 (* g ?x50)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let ((?x48 (/ 1.0 ?x15)))
 (let ((?x49 (* g ?x48)))
 (or (and (distinct ?x49 ?x51) true) (and (distinct ?x54 ?x58) true)))))))))))))))))))))
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
(declare-fun g () Real)
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
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let (($x47 (= 0.0 ?x45)))
 (not $x47))))))
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
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let ((?x88 (/ ?x24 ?x15)))
 (let ((?x105 (+ 1.0 ?x88)))
 (let ((?x123 (* g ?x105)))
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let ((?x53 (/ 1.0 ?x45)))
 (let ((?x54 (* g ?x53)))
 (or (and (distinct (* g (/ 1.0 ?x15)) (* g (/ (- ?x24) ?x15))) true) (and (distinct ?x54 ?x123) true))))))))))))))
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
(declare-fun g () Real)
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
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (< 0.0 ?x18))))
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
 (not $x47))))))
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
 (let ((?x16 (/ (* 1.0 exp!0) exp!1)))
 (let ((?x18 (+ 1.0 ?x16)))
 (let ((?x55 (- ?x16)))
 (let ((?x56 (/ ?x55 ?x18)))
 (let ((?x202 (* g ?x56)))
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let ((?x53 (/ 1.0 ?x45)))
 (let ((?x54 (* g ?x53)))
 (let ((?x50 (/ ?x16 ?x18)))
 (let ((?x94 (+ 1.0 ?x50)))
 (let ((?x61 (* g ?x94)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let ((?x48 (/ 1.0 ?x15)))
 (let ((?x49 (* g ?x48)))
 (or (and (distinct ?x49 ?x61) true) (and (distinct ?x54 ?x202) true)))))))))))))))))))))
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
(declare-fun g () Real)
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
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let (($x47 (= 0.0 ?x45)))
 (not $x47))))))
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
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x24 (* ?x22 exp!1)))
 (let ((?x15 (+ 1.0 ?x24)))
 (let ((?x88 (/ ?x24 ?x15)))
 (let ((?x100 (* g ?x88)))
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x44 (* ?x40 exp!0)))
 (let ((?x45 (+ 1.0 ?x44)))
 (let ((?x53 (/ 1.0 ?x45)))
 (let ((?x54 (* g ?x53)))
 (let ((?x96 (- ?x24)))
 (let ((?x103 (/ ?x96 ?x15)))
 (let ((?x60 (+ 1.0 ?x103)))
 (let ((?x52 (* g ?x60)))
 (let ((?x48 (/ 1.0 ?x15)))
 (let ((?x49 (* g ?x48)))
 (or (and (distinct ?x49 ?x52) true) (and (distinct ?x54 ?x100) true)))))))))))))))))))
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
