; certjax: rule reductions.logaddexp, obligation 'defined', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (< y x))
(assert
 (let ((?x13 (- y)))
 (let ((?x252 (+ x ?x13)))
 (= 0.0 ?x252))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (< 0.0 ?x46))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x45 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x34 (+ 1.0 ?x45)))
 (let (($x28 (= 0.0 ?x34)))
 (let (($x29 (not $x28)))
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (let (($x33 (not $x222)))
 (let (($x47 (< 0.0 ?x46)))
 (not (and $x47 $x33 $x29))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x21 (< y x)))
 (= $x21 (< exp!2 exp!1))))
(assert
 (let (($x124 (< x y)))
 (= $x124 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 2 of 5
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (< y x))
(assert
 (let ((?x13 (- y)))
 (let ((?x252 (+ x ?x13)))
 (< 0.0 ?x252))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (< 0.0 ?x46))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x45 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x34 (+ 1.0 ?x45)))
 (let (($x28 (= 0.0 ?x34)))
 (let (($x29 (not $x28)))
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (let (($x33 (not $x222)))
 (let (($x47 (< 0.0 ?x46)))
 (not (and $x47 $x33 $x29))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x21 (< y x)))
 (= $x21 (< exp!2 exp!1))))
(assert
 (let (($x124 (< x y)))
 (= $x124 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (= x y))
(assert
 (let ((?x13 (- y)))
 (let ((?x252 (+ x ?x13)))
 (= 0.0 ?x252))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (< 0.0 ?x46))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (< 0.0 ?x46))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (< 0.0 ?x46))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x45 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x34 (+ 1.0 ?x45)))
 (let (($x28 (= 0.0 ?x34)))
 (let (($x29 (not $x28)))
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (let (($x33 (not $x222)))
 (let (($x47 (< 0.0 ?x46)))
 (not (and $x47 $x33 $x29))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x21 (< y x)))
 (= $x21 (< exp!2 exp!1))))
(assert
 (let (($x124 (< x y)))
 (= $x124 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 4 of 5
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (< x y))
(assert
 (let ((?x13 (- y)))
 (let ((?x252 (+ x ?x13)))
 (= 0.0 ?x252))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (< 0.0 ?x46))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (not $x222)))))
(assert
 (let ((?x45 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x34 (+ 1.0 ?x45)))
 (let (($x28 (= 0.0 ?x34)))
 (let (($x29 (not $x28)))
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (let (($x33 (not $x222)))
 (let (($x47 (< 0.0 ?x46)))
 (not (and $x47 $x33 $x29))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x21 (< y x)))
 (= $x21 (< exp!2 exp!1))))
(assert
 (let (($x124 (< x y)))
 (= $x124 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 5 of 5
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (< x y))
(assert
 (let ((?x13 (- y)))
 (let ((?x252 (+ x ?x13)))
 (> 0.0 ?x252))))
(assert
 (let ((?x139 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x49 (+ 1.0 ?x139)))
 (< 0.0 ?x49))))
(assert
 (let ((?x139 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x49 (+ 1.0 ?x139)))
 (let (($x92 (= 0.0 ?x49)))
 (not $x92)))))
(assert
 (let ((?x139 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x49 (+ 1.0 ?x139)))
 (let (($x92 (= 0.0 ?x49)))
 (not $x92)))))
(assert
 (let ((?x45 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x34 (+ 1.0 ?x45)))
 (let (($x28 (= 0.0 ?x34)))
 (let (($x29 (not $x28)))
 (let ((?x44 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let (($x222 (= 0.0 ?x46)))
 (let (($x33 (not $x222)))
 (let ((?x139 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x49 (+ 1.0 ?x139)))
 (let (($x64 (< 0.0 ?x49)))
 (not (and $x64 $x33 $x29))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x21 (< y x)))
 (= $x21 (< exp!2 exp!1))))
(assert
 (let (($x124 (< x y)))
 (= $x124 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
