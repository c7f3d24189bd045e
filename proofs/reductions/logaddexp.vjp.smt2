; certjax: rule reductions.logaddexp, obligation 'vjp', verdict proved
; 5 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 5
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
 (let ((?x66 (- y)))
 (let ((?x122 (+ x ?x66)))
 (= 0.0 ?x122))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x32 (= 0.0 ?x29)))
 (not $x32)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let ((?x47 (/ ?x40 ?x13)))
 (let ((?x48 (* g ?x47)))
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x45 (/ 1.0 ?x29)))
 (let ((?x46 (* g ?x45)))
 (let ((?x35 (- ?x40)))
 (let ((?x41 (/ ?x35 ?x13)))
 (let ((?x42 (+ 1.0 ?x41)))
 (let ((?x43 (* g ?x42)))
 (let ((?x33 (/ 1.0 ?x13)))
 (let ((?x34 (* g ?x33)))
 (or (and (distinct ?x34 ?x43) true) (and (distinct ?x46 ?x48) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x149 (< y x)))
 (= $x149 (< exp!2 exp!1))))
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
; region 2 of 5
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
 (let ((?x66 (- y)))
 (let ((?x122 (+ x ?x66)))
 (< 0.0 ?x122))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x32 (= 0.0 ?x29)))
 (not $x32)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let ((?x47 (/ ?x40 ?x13)))
 (let ((?x48 (* g ?x47)))
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x45 (/ 1.0 ?x29)))
 (let ((?x46 (* g ?x45)))
 (let ((?x35 (- ?x40)))
 (let ((?x41 (/ ?x35 ?x13)))
 (let ((?x42 (+ 1.0 ?x41)))
 (let ((?x43 (* g ?x42)))
 (let ((?x33 (/ 1.0 ?x13)))
 (let ((?x34 (* g ?x33)))
 (or (and (distinct ?x34 ?x43) true) (and (distinct ?x46 ?x48) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x149 (< y x)))
 (= $x149 (< exp!2 exp!1))))
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
; region 3 of 5
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (= x y))
(assert
 (let ((?x66 (- y)))
 (let ((?x122 (+ x ?x66)))
 (= 0.0 ?x122))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x32 (= 0.0 ?x29)))
 (not $x32)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let (($x119 (= 0.0 ?x137)))
 (not $x119)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let (($x119 (= 0.0 ?x137)))
 (not $x119)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let ((?x181 (- ?x196)))
 (let ((?x299 (/ ?x181 ?x137)))
 (let ((?x210 (+ 1.0 ?x299)))
 (let ((?x169 (* g ?x210)))
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x45 (/ 1.0 ?x29)))
 (let ((?x46 (* g ?x45)))
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let ((?x47 (/ ?x40 ?x13)))
 (let ((?x48 (* g ?x47)))
 (let (($x256 (= ?x169 ?x48)))
 (let ((?x44 (ite $x256 ?x46 ?x169)))
 (let ((?x293 (/ ?x196 ?x137)))
 (let ((?x300 (* g ?x293)))
 (let ((?x33 (/ 1.0 ?x13)))
 (let ((?x34 (* g ?x33)))
 (let ((?x35 (- ?x40)))
 (let ((?x41 (/ ?x35 ?x13)))
 (let ((?x42 (+ 1.0 ?x41)))
 (let ((?x43 (* g ?x42)))
 (let (($x100 (= ?x300 ?x43)))
 (let ((?x230 (ite $x100 ?x34 ?x300)))
 (or (and (distinct ?x230 ?x300) true) (and (distinct ?x44 ?x169) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x149 (< y x)))
 (= $x149 (< exp!2 exp!1))))
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
; region 4 of 5
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
 (let ((?x66 (- y)))
 (let ((?x122 (+ x ?x66)))
 (= 0.0 ?x122))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (< 0.0 ?x13))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x32 (= 0.0 ?x29)))
 (not $x32)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let ((?x47 (/ ?x40 ?x13)))
 (let ((?x176 (+ 1.0 ?x47)))
 (let ((?x108 (* g ?x176)))
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x45 (/ 1.0 ?x29)))
 (let ((?x46 (* g ?x45)))
 (or (and (distinct (* g (/ 1.0 ?x13)) (* g (/ (- ?x40) ?x13))) true) (and (distinct ?x46 ?x108) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x149 (< y x)))
 (= $x149 (< exp!2 exp!1))))
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
; region 5 of 5
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
 (let ((?x66 (- y)))
 (let ((?x122 (+ x ?x66)))
 (> 0.0 ?x122))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (< 0.0 ?x137))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let (($x119 (= 0.0 ?x137)))
 (not $x119)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let (($x119 (= 0.0 ?x137)))
 (not $x119)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (< 0.0 ?x137))))
(assert
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x32 (= 0.0 ?x29)))
 (not $x32)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let (($x119 (= 0.0 ?x137)))
 (not $x119)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let (($x119 (= 0.0 ?x137)))
 (not $x119)))))
(assert
 (let ((?x196 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x137 (+ 1.0 ?x196)))
 (let ((?x181 (- ?x196)))
 (let ((?x299 (/ ?x181 ?x137)))
 (let ((?x210 (+ 1.0 ?x299)))
 (let ((?x169 (* g ?x210)))
 (let ((?x28 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let ((?x45 (/ 1.0 ?x29)))
 (let ((?x46 (* g ?x45)))
 (let ((?x293 (/ ?x196 ?x137)))
 (let ((?x300 (* g ?x293)))
 (let ((?x40 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x40)))
 (let ((?x33 (/ 1.0 ?x13)))
 (let ((?x34 (* g ?x33)))
 (or (and (distinct ?x34 ?x300) true) (and (distinct ?x46 ?x169) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x149 (< y x)))
 (= $x149 (< exp!2 exp!1))))
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
