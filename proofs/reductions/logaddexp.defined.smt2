; certjax: rule reductions.logaddexp, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun y () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (< y x))
(assert
 (let ((?x37 (- y)))
 (let ((?x269 (+ x ?x37)))
 (< 0.0 ?x269))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (< 0.0 ?x278)))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x280 (/ 1.0 exp!2)))
 (let ((?x65 (* ?x280 exp!1)))
 (let ((?x271 (+ 1.0 ?x65)))
 (let (($x6 (= 0.0 ?x271)))
 (let (($x5 (not $x6)))
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (let (($x60 (not $x207)))
 (let (($x270 (< 0.0 ?x278)))
 (not (and $x270 $x60 $x5))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x36 (< y x)))
 (= $x36 (< exp!2 exp!1))))
(assert
 (let (($x8 (< x y)))
 (= $x8 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (= x y))
(assert
 (let ((?x37 (- y)))
 (let ((?x269 (+ x ?x37)))
 (= 0.0 ?x269))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (< 0.0 ?x278)))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (< 0.0 ?x278)))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (< 0.0 ?x278)))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (not $x207))))))
(assert
 (let ((?x280 (/ 1.0 exp!2)))
 (let ((?x65 (* ?x280 exp!1)))
 (let ((?x271 (+ 1.0 ?x65)))
 (let (($x6 (= 0.0 ?x271)))
 (let (($x5 (not $x6)))
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (let (($x60 (not $x207)))
 (let (($x270 (< 0.0 ?x278)))
 (not (and $x270 $x60 $x5))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x36 (< y x)))
 (= $x36 (< exp!2 exp!1))))
(assert
 (let (($x8 (< x y)))
 (= $x8 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (< x y))
(assert
 (let ((?x37 (- y)))
 (let ((?x269 (+ x ?x37)))
 (> 0.0 ?x269))))
(assert
 (let ((?x48 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x86 (+ 1.0 ?x48)))
 (< 0.0 ?x86))))
(assert
 (let ((?x48 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x86 (+ 1.0 ?x48)))
 (let (($x447 (= 0.0 ?x86)))
 (not $x447)))))
(assert
 (let ((?x48 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x86 (+ 1.0 ?x48)))
 (let (($x447 (= 0.0 ?x86)))
 (not $x447)))))
(assert
 (let ((?x280 (/ 1.0 exp!2)))
 (let ((?x65 (* ?x280 exp!1)))
 (let ((?x271 (+ 1.0 ?x65)))
 (let (($x6 (= 0.0 ?x271)))
 (let (($x5 (not $x6)))
 (let ((?x273 (/ 1.0 exp!1)))
 (let ((?x55 (* ?x273 exp!2)))
 (let ((?x278 (+ 1.0 ?x55)))
 (let (($x207 (= 0.0 ?x278)))
 (let (($x60 (not $x207)))
 (let ((?x48 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x86 (+ 1.0 ?x48)))
 (let (($x91 (< 0.0 ?x86)))
 (not (and $x91 $x60 $x5))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x36 (< y x)))
 (= $x36 (< exp!2 exp!1))))
(assert
 (let (($x8 (< x y)))
 (= $x8 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
