; certjax: rule reductions.logaddexp, obligation 'vjp', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (< y x))
(assert
 (let ((?x63 (- y)))
 (let ((?x65 (+ x ?x63)))
 (= 0.0 ?x65))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (< 0.0 ?x8))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (< 0.0 ?x8))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let (($x33 (= 0.0 ?x30)))
 (not $x33)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let ((?x48 (/ ?x13 ?x8)))
 (let ((?x49 (* g ?x48)))
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let ((?x46 (/ 1.0 ?x30)))
 (let ((?x47 (* g ?x46)))
 (let ((?x41 (- ?x13)))
 (let ((?x42 (/ ?x41 ?x8)))
 (let ((?x43 (+ 1.0 ?x42)))
 (let ((?x44 (* g ?x43)))
 (let ((?x34 (/ 1.0 ?x8)))
 (let ((?x35 (* g ?x34)))
 (or (and (distinct ?x35 ?x44) true) (and (distinct ?x47 ?x49) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x79 (< y x)))
 (= $x79 (< exp!2 exp!1))))
(assert
 (let (($x71 (< x y)))
 (= $x71 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (< y x))
(assert
 (let ((?x63 (- y)))
 (let ((?x65 (+ x ?x63)))
 (< 0.0 ?x65))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (< 0.0 ?x8))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (< 0.0 ?x8))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let (($x33 (= 0.0 ?x30)))
 (not $x33)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let ((?x48 (/ ?x13 ?x8)))
 (let ((?x49 (* g ?x48)))
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let ((?x46 (/ 1.0 ?x30)))
 (let ((?x47 (* g ?x46)))
 (let ((?x41 (- ?x13)))
 (let ((?x42 (/ ?x41 ?x8)))
 (let ((?x43 (+ 1.0 ?x42)))
 (let ((?x44 (* g ?x43)))
 (let ((?x34 (/ 1.0 ?x8)))
 (let ((?x35 (* g ?x34)))
 (or (and (distinct ?x35 ?x44) true) (and (distinct ?x47 ?x49) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x79 (< y x)))
 (= $x79 (< exp!2 exp!1))))
(assert
 (let (($x71 (< x y)))
 (= $x71 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (< x y))
(assert
 (let ((?x63 (- y)))
 (let ((?x65 (+ x ?x63)))
 (= 0.0 ?x65))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (< 0.0 ?x8))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (< 0.0 ?x8))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let (($x33 (= 0.0 ?x30)))
 (not $x33)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let ((?x48 (/ ?x13 ?x8)))
 (let ((?x50 (+ 1.0 ?x48)))
 (let ((?x51 (* g ?x50)))
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let ((?x46 (/ 1.0 ?x30)))
 (let ((?x47 (* g ?x46)))
 (or (and (distinct (* g (/ 1.0 ?x8)) (* g (/ (- ?x13) ?x8))) true) (and (distinct ?x47 ?x51) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x79 (< y x)))
 (= $x79 (< exp!2 exp!1))))
(assert
 (let (($x71 (< x y)))
 (= $x71 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (< x y))
(assert
 (let ((?x63 (- y)))
 (let ((?x65 (+ x ?x63)))
 (> 0.0 ?x65))))
(assert
 (let ((?x198 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x302 (+ 1.0 ?x198)))
 (< 0.0 ?x302))))
(assert
 (let ((?x198 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x302 (+ 1.0 ?x198)))
 (let (($x85 (= 0.0 ?x302)))
 (not $x85)))))
(assert
 (let ((?x198 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x302 (+ 1.0 ?x198)))
 (let (($x85 (= 0.0 ?x302)))
 (not $x85)))))
(assert
 (let ((?x198 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x302 (+ 1.0 ?x198)))
 (< 0.0 ?x302))))
(assert
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let (($x23 (= 0.0 ?x8)))
 (not $x23)))))
(assert
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let (($x33 (= 0.0 ?x30)))
 (not $x33)))))
(assert
 (let ((?x198 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x302 (+ 1.0 ?x198)))
 (let (($x85 (= 0.0 ?x302)))
 (not $x85)))))
(assert
 (let ((?x198 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x302 (+ 1.0 ?x198)))
 (let (($x85 (= 0.0 ?x302)))
 (not $x85)))))
(assert
 (let ((?x198 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x302 (+ 1.0 ?x198)))
 (let ((?x210 (- ?x198)))
 (let ((?x113 (/ ?x210 ?x302)))
 (let ((?x297 (+ 1.0 ?x113)))
 (let ((?x241 (* g ?x297)))
 (let ((?x29 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let ((?x46 (/ 1.0 ?x30)))
 (let ((?x47 (* g ?x46)))
 (let ((?x135 (/ ?x198 ?x302)))
 (let ((?x170 (* g ?x135)))
 (let ((?x13 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x8 (+ 1.0 ?x13)))
 (let ((?x34 (/ 1.0 ?x8)))
 (let ((?x35 (* g ?x34)))
 (or (and (distinct ?x35 ?x170) true) (and (distinct ?x47 ?x241) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x79 (< y x)))
 (= $x79 (< exp!2 exp!1))))
(assert
 (let (($x71 (< x y)))
 (= $x71 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
