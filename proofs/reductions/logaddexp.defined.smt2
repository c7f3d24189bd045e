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
 (let ((?x37 (- y)))
 (let ((?x282 (+ x ?x37)))
 (= 0.0 ?x282))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x192 (/ 1.0 exp!2)))
 (let ((?x158 (* ?x192 exp!1)))
 (let ((?x69 (+ 1.0 ?x158)))
 (let (($x184 (= 0.0 ?x69)))
 (let (($x62 (not $x184)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (let (($x55 (not $x136)))
 (let (($x165 (< 0.0 ?x53)))
 (not (and $x165 $x55 $x62)))))))))))))
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
 (let (($x21 (< x y)))
 (= $x21 (< exp!1 exp!2))))
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
 (let ((?x37 (- y)))
 (let ((?x282 (+ x ?x37)))
 (< 0.0 ?x282))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x192 (/ 1.0 exp!2)))
 (let ((?x158 (* ?x192 exp!1)))
 (let ((?x69 (+ 1.0 ?x158)))
 (let (($x184 (= 0.0 ?x69)))
 (let (($x62 (not $x184)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (let (($x55 (not $x136)))
 (let (($x165 (< 0.0 ?x53)))
 (not (and $x165 $x55 $x62)))))))))))))
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
 (let (($x21 (< x y)))
 (= $x21 (< exp!1 exp!2))))
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
 (let ((?x37 (- y)))
 (let ((?x282 (+ x ?x37)))
 (= 0.0 ?x282))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x192 (/ 1.0 exp!2)))
 (let ((?x158 (* ?x192 exp!1)))
 (let ((?x69 (+ 1.0 ?x158)))
 (let (($x184 (= 0.0 ?x69)))
 (let (($x62 (not $x184)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (let (($x55 (not $x136)))
 (let (($x165 (< 0.0 ?x53)))
 (not (and $x165 $x55 $x62)))))))))))))
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
 (let (($x21 (< x y)))
 (= $x21 (< exp!1 exp!2))))
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
 (let ((?x37 (- y)))
 (let ((?x282 (+ x ?x37)))
 (= 0.0 ?x282))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (not $x136)))))
(assert
 (let ((?x192 (/ 1.0 exp!2)))
 (let ((?x158 (* ?x192 exp!1)))
 (let ((?x69 (+ 1.0 ?x158)))
 (let (($x184 (= 0.0 ?x69)))
 (let (($x62 (not $x184)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (let (($x55 (not $x136)))
 (let (($x165 (< 0.0 ?x53)))
 (not (and $x165 $x55 $x62)))))))))))))
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
 (let (($x21 (< x y)))
 (= $x21 (< exp!1 exp!2))))
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
 (let ((?x37 (- y)))
 (let ((?x282 (+ x ?x37)))
 (> 0.0 ?x282))))
(assert
 (let ((?x156 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x168 (+ 1.0 ?x156)))
 (< 0.0 ?x168))))
(assert
 (let ((?x156 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x168 (+ 1.0 ?x156)))
 (let (($x191 (= 0.0 ?x168)))
 (not $x191)))))
(assert
 (let ((?x156 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x168 (+ 1.0 ?x156)))
 (let (($x191 (= 0.0 ?x168)))
 (not $x191)))))
(assert
 (let ((?x192 (/ 1.0 exp!2)))
 (let ((?x158 (* ?x192 exp!1)))
 (let ((?x69 (+ 1.0 ?x158)))
 (let (($x184 (= 0.0 ?x69)))
 (let (($x62 (not $x184)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x136 (= 0.0 ?x53)))
 (let (($x55 (not $x136)))
 (let ((?x156 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x168 (+ 1.0 ?x156)))
 (let (($x39 (< 0.0 ?x168)))
 (not (and $x39 $x55 $x62)))))))))))))))
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
 (let (($x21 (< x y)))
 (= $x21 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
