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
 (let ((?x184 (+ x ?x37)))
 (= 0.0 ?x184))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x182 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x56 (+ 1.0 ?x182)))
 (let (($x282 (= 0.0 ?x56)))
 (let (($x200 (not $x282)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (let (($x55 (not $x300)))
 (let (($x62 (< 0.0 ?x53)))
 (not (and $x62 $x55 $x200))))))))))))
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
 (let ((?x184 (+ x ?x37)))
 (< 0.0 ?x184))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x182 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x56 (+ 1.0 ?x182)))
 (let (($x282 (= 0.0 ?x56)))
 (let (($x200 (not $x282)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (let (($x55 (not $x300)))
 (let (($x62 (< 0.0 ?x53)))
 (not (and $x62 $x55 $x200))))))))))))
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
 (let ((?x184 (+ x ?x37)))
 (= 0.0 ?x184))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x182 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x56 (+ 1.0 ?x182)))
 (let (($x282 (= 0.0 ?x56)))
 (let (($x200 (not $x282)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (let (($x55 (not $x300)))
 (let (($x62 (< 0.0 ?x53)))
 (not (and $x62 $x55 $x200))))))))))))
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
 (let ((?x184 (+ x ?x37)))
 (= 0.0 ?x184))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (not $x300)))))
(assert
 (let ((?x182 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x56 (+ 1.0 ?x182)))
 (let (($x282 (= 0.0 ?x56)))
 (let (($x200 (not $x282)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (let (($x55 (not $x300)))
 (let (($x62 (< 0.0 ?x53)))
 (not (and $x62 $x55 $x200))))))))))))
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
 (let ((?x184 (+ x ?x37)))
 (> 0.0 ?x184))))
(assert
 (let ((?x206 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x344 (+ 1.0 ?x206)))
 (< 0.0 ?x344))))
(assert
 (let ((?x206 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x344 (+ 1.0 ?x206)))
 (let (($x82 (= 0.0 ?x344)))
 (not $x82)))))
(assert
 (let ((?x206 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x344 (+ 1.0 ?x206)))
 (let (($x82 (= 0.0 ?x344)))
 (not $x82)))))
(assert
 (let ((?x182 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x56 (+ 1.0 ?x182)))
 (let (($x282 (= 0.0 ?x56)))
 (let (($x200 (not $x282)))
 (let ((?x52 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let (($x300 (= 0.0 ?x53)))
 (let (($x55 (not $x300)))
 (let ((?x206 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x344 (+ 1.0 ?x206)))
 (let (($x39 (< 0.0 ?x344)))
 (not (and $x39 $x55 $x200))))))))))))))
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
