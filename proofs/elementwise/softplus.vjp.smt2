; certjax: rule elementwise.softplus, obligation 'vjp', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (< 0.0 x))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x7 (= 0.0 ?x19)))
 (not $x7)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x7 (= 0.0 ?x19)))
 (not $x7)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x7 (= 0.0 ?x19)))
 (not $x7)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x17 (- ?x18)))
 (let ((?x11 (/ ?x17 ?x19)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let ((?x15 (* g ?x14)))
 (let ((?x44 (/ 1.0 ?x19)))
 (let ((?x22 (* g ?x44)))
 (or (and (distinct ?x22 ?x15) true)))))))))))
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
(declare-fun g () Real)
(assert
 (= 0.0 x))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x7 (= 0.0 ?x19)))
 (not $x7)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x7 (= 0.0 ?x19)))
 (not $x7)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x8)))
 (let (($x133 (= 0.0 ?x24)))
 (not $x133)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x7 (= 0.0 ?x19)))
 (not $x7)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x8)))
 (let ((?x51 (/ ?x8 ?x24)))
 (let ((?x159 (* g ?x51)))
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x44 (/ 1.0 ?x19)))
 (let ((?x22 (* g ?x44)))
 (let ((?x17 (- ?x18)))
 (let ((?x11 (/ ?x17 ?x19)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let ((?x15 (* g ?x14)))
 (let (($x112 (= ?x159 ?x15)))
 (let ((?x84 (ite $x112 ?x22 ?x159)))
 (or (and (distinct ?x84 ?x159) true)))))))))))))))))
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
(declare-fun g () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x8)))
 (< 0.0 ?x24))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x8)))
 (let (($x133 (= 0.0 ?x24)))
 (not $x133)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x8)))
 (< 0.0 ?x24))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x7 (= 0.0 ?x19)))
 (not $x7)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x8)))
 (let (($x133 (= 0.0 ?x24)))
 (not $x133)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x8)))
 (let ((?x51 (/ ?x8 ?x24)))
 (let ((?x159 (* g ?x51)))
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x44 (/ 1.0 ?x19)))
 (let ((?x22 (* g ?x44)))
 (or (and (distinct ?x22 ?x159) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
