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
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x26 (- ?x18)))
 (let ((?x27 (/ ?x26 ?x19)))
 (let ((?x28 (+ 1.0 ?x27)))
 (let ((?x29 (* g ?x28)))
 (let ((?x24 (/ 1.0 ?x19)))
 (let ((?x25 (* g ?x24)))
 (or (and (distinct ?x25 ?x29) true)))))))))))
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
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (let (($x99 (= 0.0 ?x33)))
 (not $x99)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (let ((?x53 (/ ?x30 ?x33)))
 (let ((?x126 (* g ?x53)))
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x24 (/ 1.0 ?x19)))
 (let ((?x25 (* g ?x24)))
 (let ((?x26 (- ?x18)))
 (let ((?x27 (/ ?x26 ?x19)))
 (let ((?x28 (+ 1.0 ?x27)))
 (let ((?x29 (* g ?x28)))
 (let (($x123 (= ?x126 ?x29)))
 (let ((?x77 (ite $x123 ?x25 ?x126)))
 (or (and (distinct ?x77 ?x126) true)))))))))))))))))
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
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (< 0.0 ?x33))))
(assert
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (let (($x99 (= 0.0 ?x33)))
 (not $x99)))))
(assert
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (< 0.0 ?x33))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (let (($x99 (= 0.0 ?x33)))
 (not $x99)))))
(assert
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (let ((?x53 (/ ?x30 ?x33)))
 (let ((?x126 (* g ?x53)))
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x24 (/ 1.0 ?x19)))
 (let ((?x25 (* g ?x24)))
 (or (and (distinct ?x25 ?x126) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
