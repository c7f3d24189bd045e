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
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (= 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49))))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x59 (/ ?x36 ?x37)))
 (let ((?x60 (* g ?x59)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x57 (/ 1.0 ?x46)))
 (let ((?x58 (* g ?x57)))
 (let ((?x52 (- ?x36)))
 (let ((?x53 (/ ?x52 ?x37)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (* g ?x54)))
 (let ((?x50 (/ 1.0 ?x37)))
 (let ((?x51 (* g ?x50)))
 (or (and (distinct ?x51 ?x55) true) (and (distinct ?x58 ?x60) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
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
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (< 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49))))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x59 (/ ?x36 ?x37)))
 (let ((?x60 (* g ?x59)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x57 (/ 1.0 ?x46)))
 (let ((?x58 (* g ?x57)))
 (let ((?x52 (- ?x36)))
 (let ((?x53 (/ ?x52 ?x37)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (* g ?x54)))
 (let ((?x50 (/ 1.0 ?x37)))
 (let ((?x51 (* g ?x50)))
 (or (and (distinct ?x51 ?x55) true) (and (distinct ?x58 ?x60) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
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
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (= 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49))))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let (($x184 (= 0.0 ?x194)))
 (not $x184)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let (($x184 (= 0.0 ?x194)))
 (not $x184)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let ((?x200 (- ?x282)))
 (let ((?x263 (/ ?x200 ?x194)))
 (let ((?x248 (+ 1.0 ?x263)))
 (let ((?x56 (* g ?x248)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x57 (/ 1.0 ?x46)))
 (let ((?x58 (* g ?x57)))
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x59 (/ ?x36 ?x37)))
 (let ((?x60 (* g ?x59)))
 (let (($x192 (= ?x56 ?x60)))
 (let ((?x208 (ite $x192 ?x58 ?x56)))
 (let ((?x258 (/ ?x282 ?x194)))
 (let ((?x256 (* g ?x258)))
 (let ((?x50 (/ 1.0 ?x37)))
 (let ((?x51 (* g ?x50)))
 (let ((?x52 (- ?x36)))
 (let ((?x53 (/ ?x52 ?x37)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (* g ?x54)))
 (let (($x136 (= ?x256 ?x55)))
 (let ((?x62 (ite $x136 ?x51 ?x256)))
 (or (and (distinct ?x62 ?x256) true) (and (distinct ?x208 ?x56) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
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
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (= 0.0 ?x16))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (< 0.0 ?x37))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49))))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x59 (/ ?x36 ?x37)))
 (let ((?x94 (+ 1.0 ?x59)))
 (let ((?x96 (* g ?x94)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x57 (/ 1.0 ?x46)))
 (let ((?x58 (* g ?x57)))
 (or (and (distinct (* g (/ 1.0 ?x37)) (* g (/ (- ?x36) ?x37))) true) (and (distinct ?x58 ?x96) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
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
 (let ((?x11 (- y)))
 (let ((?x16 (+ x ?x11)))
 (> 0.0 ?x16))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (< 0.0 ?x194))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let (($x184 (= 0.0 ?x194)))
 (not $x184)))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let (($x184 (= 0.0 ?x194)))
 (not $x184)))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (< 0.0 ?x194))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49))))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let (($x184 (= 0.0 ?x194)))
 (not $x184)))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let (($x184 (= 0.0 ?x194)))
 (not $x184)))))
(assert
 (let ((?x282 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x194 (+ 1.0 ?x282)))
 (let ((?x200 (- ?x282)))
 (let ((?x263 (/ ?x200 ?x194)))
 (let ((?x248 (+ 1.0 ?x263)))
 (let ((?x56 (* g ?x248)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x57 (/ 1.0 ?x46)))
 (let ((?x58 (* g ?x57)))
 (let ((?x258 (/ ?x282 ?x194)))
 (let ((?x256 (* g ?x258)))
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x50 (/ 1.0 ?x37)))
 (let ((?x51 (* g ?x50)))
 (or (and (distinct ?x51 ?x256) true) (and (distinct ?x58 ?x56) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x10 (< y x)))
 (= $x10 (< exp!2 exp!1))))
(assert
 (let (($x7 (< x y)))
 (= $x7 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
