; certjax: rule elementwise.log_sigmoid, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x18 (- x)))
 (< 0.0 ?x18)))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (< 0.0 ?x10))))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (let (($x22 (= 0.0 ?x10)))
 (not $x22)))))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (let (($x22 (= 0.0 ?x10)))
 (let (($x55 (not $x22)))
 (let (($x32 (< 0.0 ?x10)))
 (not (and $x32 $x55))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x18 (- x)))
 (= 0.0 ?x18)))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (< 0.0 ?x10))))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (let (($x22 (= 0.0 ?x10)))
 (not $x22)))))
(assert
 (let ((?x36 (/ 1.0 exp!1)))
 (let ((?x14 (+ 1.0 ?x36)))
 (< 0.0 ?x14))))
(assert
 (let ((?x36 (/ 1.0 exp!1)))
 (let ((?x14 (+ 1.0 ?x36)))
 (let (($x123 (= 0.0 ?x14)))
 (not $x123)))))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (< 0.0 ?x10))))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (let (($x22 (= 0.0 ?x10)))
 (not $x22)))))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (let (($x22 (= 0.0 ?x10)))
 (let (($x55 (not $x22)))
 (let (($x32 (< 0.0 ?x10)))
 (not (and $x32 $x55))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x18 (- x)))
 (> 0.0 ?x18)))
(assert
 (let ((?x36 (/ 1.0 exp!1)))
 (let ((?x14 (+ 1.0 ?x36)))
 (< 0.0 ?x14))))
(assert
 (let ((?x36 (/ 1.0 exp!1)))
 (let ((?x14 (+ 1.0 ?x36)))
 (let (($x123 (= 0.0 ?x14)))
 (not $x123)))))
(assert
 (let ((?x145 (* 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x145)))
 (let (($x22 (= 0.0 ?x10)))
 (let (($x55 (not $x22)))
 (let ((?x36 (/ 1.0 exp!1)))
 (let ((?x14 (+ 1.0 ?x36)))
 (let (($x38 (< 0.0 ?x14)))
 (not (and $x38 $x55))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
