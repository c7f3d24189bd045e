; certjax: rule elementwise.sigmoid, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(declare-fun x () Real)
(assert
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x7)))
 (let (($x13 (= 0.0 ?x10)))
 (not $x13)))))
(assert
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x7)))
 (let (($x13 (= 0.0 ?x10)))
 (not $x13)))))
(assert
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x7)))
 (let ((?x11 (/ 1.0 ?x10)))
 (let ((?x23 (- ?x11)))
 (let ((?x40 (+ 1.0 ?x23)))
 (let ((?x41 (* ?x11 ?x40)))
 (let ((?x32 (* g ?x41)))
 (let ((?x15 (* ?x11 g)))
 (let ((?x42 (* ?x15 ?x40)))
 (or (and (distinct ?x42 ?x32) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
