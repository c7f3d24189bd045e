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
 (let ((?x196 (+ x ?x13)))
 (= 0.0 ?x196))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (< 0.0 ?x41))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x249 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x102 (+ 1.0 ?x249)))
 (let (($x119 (= 0.0 ?x102)))
 (let (($x230 (not $x119)))
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (let (($x43 (not $x100)))
 (let (($x402 (< 0.0 ?x41)))
 (not (and $x402 $x43 $x230))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x40 (< y x)))
 (= $x40 (< exp!2 exp!1))))
(assert
 (let (($x64 (< x y)))
 (= $x64 (< exp!1 exp!2))))
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
 (let ((?x196 (+ x ?x13)))
 (< 0.0 ?x196))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (< 0.0 ?x41))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x249 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x102 (+ 1.0 ?x249)))
 (let (($x119 (= 0.0 ?x102)))
 (let (($x230 (not $x119)))
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (let (($x43 (not $x100)))
 (let (($x402 (< 0.0 ?x41)))
 (not (and $x402 $x43 $x230))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x40 (< y x)))
 (= $x40 (< exp!2 exp!1))))
(assert
 (let (($x64 (< x y)))
 (= $x64 (< exp!1 exp!2))))
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
 (let ((?x196 (+ x ?x13)))
 (= 0.0 ?x196))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (< 0.0 ?x41))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (< 0.0 ?x41))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (< 0.0 ?x41))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x249 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x102 (+ 1.0 ?x249)))
 (let (($x119 (= 0.0 ?x102)))
 (let (($x230 (not $x119)))
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (let (($x43 (not $x100)))
 (let (($x402 (< 0.0 ?x41)))
 (not (and $x402 $x43 $x230))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x40 (< y x)))
 (= $x40 (< exp!2 exp!1))))
(assert
 (let (($x64 (< x y)))
 (= $x64 (< exp!1 exp!2))))
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
 (let ((?x196 (+ x ?x13)))
 (= 0.0 ?x196))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (< 0.0 ?x41))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (not $x100)))))
(assert
 (let ((?x249 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x102 (+ 1.0 ?x249)))
 (let (($x119 (= 0.0 ?x102)))
 (let (($x230 (not $x119)))
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (let (($x43 (not $x100)))
 (let (($x402 (< 0.0 ?x41)))
 (not (and $x402 $x43 $x230))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x40 (< y x)))
 (= $x40 (< exp!2 exp!1))))
(assert
 (let (($x64 (< x y)))
 (= $x64 (< exp!1 exp!2))))
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
 (let ((?x196 (+ x ?x13)))
 (> 0.0 ?x196))))
(assert
 (let ((?x50 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x175 (+ 1.0 ?x50)))
 (< 0.0 ?x175))))
(assert
 (let ((?x50 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x175 (+ 1.0 ?x50)))
 (let (($x423 (= 0.0 ?x175)))
 (not $x423)))))
(assert
 (let ((?x50 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x175 (+ 1.0 ?x50)))
 (let (($x423 (= 0.0 ?x175)))
 (not $x423)))))
(assert
 (let ((?x249 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x102 (+ 1.0 ?x249)))
 (let (($x119 (= 0.0 ?x102)))
 (let (($x230 (not $x119)))
 (let ((?x35 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x35)))
 (let (($x100 (= 0.0 ?x41)))
 (let (($x43 (not $x100)))
 (let ((?x50 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x175 (+ 1.0 ?x50)))
 (let (($x22 (< 0.0 ?x175)))
 (not (and $x22 $x43 $x230))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x40 (< y x)))
 (= $x40 (< exp!2 exp!1))))
(assert
 (let (($x64 (< x y)))
 (= $x64 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
