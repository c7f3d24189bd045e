; certjax: rule reductions.logaddexp, obligation 'vjp', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
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
; region 2 of 3
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
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let (($x271 (= 0.0 ?x285)))
 (not $x271)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let (($x271 (= 0.0 ?x285)))
 (not $x271)))))
(assert
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let (($x41 (= 0.0 ?x37)))
 (not $x41)))))
(assert
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let ((?x272 (- ?x269)))
 (let ((?x191 (/ ?x272 ?x285)))
 (let ((?x282 (+ 1.0 ?x191)))
 (let ((?x286 (* g ?x282)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x57 (/ 1.0 ?x46)))
 (let ((?x58 (* g ?x57)))
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x59 (/ ?x36 ?x37)))
 (let ((?x60 (* g ?x59)))
 (let (($x207 (= ?x286 ?x60)))
 (let ((?x280 (ite $x207 ?x58 ?x286)))
 (let ((?x276 (/ ?x269 ?x285)))
 (let ((?x209 (* g ?x276)))
 (let ((?x50 (/ 1.0 ?x37)))
 (let ((?x51 (* g ?x50)))
 (let ((?x52 (- ?x36)))
 (let ((?x53 (/ ?x52 ?x37)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (* g ?x54)))
 (let (($x278 (= ?x209 ?x55)))
 (let ((?x65 (ite $x278 ?x51 ?x209)))
 (or (and (distinct ?x65 ?x209) true) (and (distinct ?x280 ?x286) true))))))))))))))))))))))))))))))
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
; region 3 of 3
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
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (< 0.0 ?x285))))
(assert
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let (($x271 (= 0.0 ?x285)))
 (not $x271)))))
(assert
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let (($x271 (= 0.0 ?x285)))
 (not $x271)))))
(assert
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (< 0.0 ?x285))))
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
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let (($x271 (= 0.0 ?x285)))
 (not $x271)))))
(assert
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let (($x271 (= 0.0 ?x285)))
 (not $x271)))))
(assert
 (let ((?x269 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x285 (+ 1.0 ?x269)))
 (let ((?x272 (- ?x269)))
 (let ((?x191 (/ ?x272 ?x285)))
 (let ((?x282 (+ 1.0 ?x191)))
 (let ((?x286 (* g ?x282)))
 (let ((?x44 (/ 1.0 exp!2)))
 (let ((?x45 (* ?x44 exp!1)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x57 (/ 1.0 ?x46)))
 (let ((?x58 (* g ?x57)))
 (let ((?x276 (/ ?x269 ?x285)))
 (let ((?x209 (* g ?x276)))
 (let ((?x36 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x50 (/ 1.0 ?x37)))
 (let ((?x51 (* g ?x50)))
 (or (and (distinct ?x51 ?x209) true) (and (distinct ?x58 ?x286) true))))))))))))))))))))
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
