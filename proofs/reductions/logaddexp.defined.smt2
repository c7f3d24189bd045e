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
 (let ((?x8 (- y)))
 (let ((?x198 (+ x ?x8)))
 (= 0.0 ?x198))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (< 0.0 ?x51))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x32 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x6 (+ 1.0 ?x32)))
 (let (($x26 (= 0.0 ?x6)))
 (let (($x14 (not $x26)))
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (let (($x266 (not $x49)))
 (let (($x41 (< 0.0 ?x51)))
 (not (and $x41 $x266 $x14))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x13 (< y x)))
 (= $x13 (< exp!2 exp!1))))
(assert
 (let (($x62 (< x y)))
 (= $x62 (< exp!1 exp!2))))
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
 (let ((?x8 (- y)))
 (let ((?x198 (+ x ?x8)))
 (< 0.0 ?x198))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (< 0.0 ?x51))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x32 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x6 (+ 1.0 ?x32)))
 (let (($x26 (= 0.0 ?x6)))
 (let (($x14 (not $x26)))
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (let (($x266 (not $x49)))
 (let (($x41 (< 0.0 ?x51)))
 (not (and $x41 $x266 $x14))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x13 (< y x)))
 (= $x13 (< exp!2 exp!1))))
(assert
 (let (($x62 (< x y)))
 (= $x62 (< exp!1 exp!2))))
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
 (let ((?x8 (- y)))
 (let ((?x198 (+ x ?x8)))
 (= 0.0 ?x198))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (< 0.0 ?x51))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (< 0.0 ?x51))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (< 0.0 ?x51))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x32 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x6 (+ 1.0 ?x32)))
 (let (($x26 (= 0.0 ?x6)))
 (let (($x14 (not $x26)))
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (let (($x266 (not $x49)))
 (let (($x41 (< 0.0 ?x51)))
 (not (and $x41 $x266 $x14))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x13 (< y x)))
 (= $x13 (< exp!2 exp!1))))
(assert
 (let (($x62 (< x y)))
 (= $x62 (< exp!1 exp!2))))
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
 (let ((?x8 (- y)))
 (let ((?x198 (+ x ?x8)))
 (= 0.0 ?x198))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (< 0.0 ?x51))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (not $x49)))))
(assert
 (let ((?x32 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x6 (+ 1.0 ?x32)))
 (let (($x26 (= 0.0 ?x6)))
 (let (($x14 (not $x26)))
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (let (($x266 (not $x49)))
 (let (($x41 (< 0.0 ?x51)))
 (not (and $x41 $x266 $x14))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x13 (< y x)))
 (= $x13 (< exp!2 exp!1))))
(assert
 (let (($x62 (< x y)))
 (= $x62 (< exp!1 exp!2))))
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
 (let ((?x8 (- y)))
 (let ((?x198 (+ x ?x8)))
 (> 0.0 ?x198))))
(assert
 (let ((?x95 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x99 (+ 1.0 ?x95)))
 (< 0.0 ?x99))))
(assert
 (let ((?x95 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x99 (+ 1.0 ?x95)))
 (let (($x251 (= 0.0 ?x99)))
 (not $x251)))))
(assert
 (let ((?x95 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x99 (+ 1.0 ?x95)))
 (let (($x251 (= 0.0 ?x99)))
 (not $x251)))))
(assert
 (let ((?x32 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x6 (+ 1.0 ?x32)))
 (let (($x26 (= 0.0 ?x6)))
 (let (($x14 (not $x26)))
 (let ((?x50 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x51 (+ 1.0 ?x50)))
 (let (($x49 (= 0.0 ?x51)))
 (let (($x266 (not $x49)))
 (let ((?x95 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x99 (+ 1.0 ?x95)))
 (let (($x151 (< 0.0 ?x99)))
 (not (and $x151 $x266 $x14))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x13 (< y x)))
 (= $x13 (< exp!2 exp!1))))
(assert
 (let (($x62 (< x y)))
 (= $x62 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
