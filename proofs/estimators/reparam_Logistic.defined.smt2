; certjax: rule estimators.reparam_Logistic, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x24 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ 1.0 ?x24)))
 (< 0.0 ?x40))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x24 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ 1.0 ?x24)))
 (< 0.0 ?x40))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x48 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x65 (+ 1.0 ?x48)))
 (< 0.0 ?x65))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x24 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x40 (+ 1.0 ?x24)))
 (< 0.0 ?x40))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x48 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x65 (+ 1.0 ?x48)))
 (< 0.0 ?x65))))
(assert
 (not (and true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
