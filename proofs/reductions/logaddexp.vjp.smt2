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
 (let ((?x62 (- y)))
 (let ((?x64 (+ x ?x62)))
 (= 0.0 ?x64))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (< 0.0 ?x13))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (< 0.0 ?x13))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let (($x29 (= 0.0 ?x26)))
 (not $x29)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let ((?x44 (/ ?x21 ?x13)))
 (let ((?x45 (* g ?x44)))
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x42 (/ 1.0 ?x26)))
 (let ((?x43 (* g ?x42)))
 (let ((?x32 (- ?x21)))
 (let ((?x33 (/ ?x32 ?x13)))
 (let ((?x34 (+ 1.0 ?x33)))
 (let ((?x40 (* g ?x34)))
 (let ((?x30 (/ 1.0 ?x13)))
 (let ((?x31 (* g ?x30)))
 (or (and (distinct ?x31 ?x40) true) (and (distinct ?x43 ?x45) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x120 (< y x)))
 (= $x120 (< exp!2 exp!1))))
(assert
 (let (($x70 (< x y)))
 (= $x70 (< exp!1 exp!2))))
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
 (let ((?x62 (- y)))
 (let ((?x64 (+ x ?x62)))
 (< 0.0 ?x64))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (< 0.0 ?x13))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (< 0.0 ?x13))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let (($x29 (= 0.0 ?x26)))
 (not $x29)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let ((?x44 (/ ?x21 ?x13)))
 (let ((?x45 (* g ?x44)))
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x42 (/ 1.0 ?x26)))
 (let ((?x43 (* g ?x42)))
 (let ((?x32 (- ?x21)))
 (let ((?x33 (/ ?x32 ?x13)))
 (let ((?x34 (+ 1.0 ?x33)))
 (let ((?x40 (* g ?x34)))
 (let ((?x30 (/ 1.0 ?x13)))
 (let ((?x31 (* g ?x30)))
 (or (and (distinct ?x31 ?x40) true) (and (distinct ?x43 ?x45) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x120 (< y x)))
 (= $x120 (< exp!2 exp!1))))
(assert
 (let (($x70 (< x y)))
 (= $x70 (< exp!1 exp!2))))
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
 (let ((?x62 (- y)))
 (let ((?x64 (+ x ?x62)))
 (= 0.0 ?x64))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (< 0.0 ?x13))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (< 0.0 ?x13))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let (($x29 (= 0.0 ?x26)))
 (not $x29)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let ((?x44 (/ ?x21 ?x13)))
 (let ((?x46 (+ 1.0 ?x44)))
 (let ((?x47 (* g ?x46)))
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x42 (/ 1.0 ?x26)))
 (let ((?x43 (* g ?x42)))
 (or (and (distinct (* g (/ 1.0 ?x13)) (* g (/ (- ?x21) ?x13))) true) (and (distinct ?x43 ?x47) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x120 (< y x)))
 (= $x120 (< exp!2 exp!1))))
(assert
 (let (($x70 (< x y)))
 (= $x70 (< exp!1 exp!2))))
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
 (let ((?x62 (- y)))
 (let ((?x64 (+ x ?x62)))
 (> 0.0 ?x64))))
(assert
 (let ((?x252 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x298 (+ 1.0 ?x252)))
 (< 0.0 ?x298))))
(assert
 (let ((?x252 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x298 (+ 1.0 ?x252)))
 (let (($x179 (= 0.0 ?x298)))
 (not $x179)))))
(assert
 (let ((?x252 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x298 (+ 1.0 ?x252)))
 (let (($x179 (= 0.0 ?x298)))
 (not $x179)))))
(assert
 (let ((?x252 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x298 (+ 1.0 ?x252)))
 (< 0.0 ?x298))))
(assert
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let (($x19 (= 0.0 ?x13)))
 (not $x19)))))
(assert
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let (($x29 (= 0.0 ?x26)))
 (not $x29)))))
(assert
 (let ((?x252 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x298 (+ 1.0 ?x252)))
 (let (($x179 (= 0.0 ?x298)))
 (not $x179)))))
(assert
 (let ((?x252 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x298 (+ 1.0 ?x252)))
 (let (($x179 (= 0.0 ?x298)))
 (not $x179)))))
(assert
 (let ((?x252 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x298 (+ 1.0 ?x252)))
 (let ((?x260 (- ?x252)))
 (let ((?x115 (/ ?x260 ?x298)))
 (let ((?x293 (+ 1.0 ?x115)))
 (let ((?x138 (* g ?x293)))
 (let ((?x25 (* (/ 1.0 exp!2) exp!1)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x42 (/ 1.0 ?x26)))
 (let ((?x43 (* g ?x42)))
 (let ((?x80 (/ ?x252 ?x298)))
 (let ((?x112 (* g ?x80)))
 (let ((?x21 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x13 (+ 1.0 ?x21)))
 (let ((?x30 (/ 1.0 ?x13)))
 (let ((?x31 (* g ?x30)))
 (or (and (distinct ?x31 ?x112) true) (and (distinct ?x43 ?x138) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (let (($x120 (< y x)))
 (= $x120 (< exp!2 exp!1))))
(assert
 (let (($x70 (< x y)))
 (= $x70 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> y 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 y)))
(check-sat)
(pop 1)
