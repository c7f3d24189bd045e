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
 (let ((?x11 (* 1.0 exp!1)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let (($x40 (= 0.0 ?x14)))
 (not $x40)))))
(assert
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x10 (+ 1.0 ?x7)))
 (let ((?x15 (/ 1.0 ?x10)))
 (let ((?x39 (- ?x15)))
 (let ((?x24 (+ 1.0 ?x39)))
 (let ((?x38 (* ?x15 ?x24)))
 (let ((?x37 (* g ?x38)))
 (let ((?x11 (* 1.0 exp!1)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let ((?x32 (/ 1.0 ?x14)))
 (let ((?x41 (* ?x15 g)))
 (let ((?x30 (* ?x41 ?x32)))
 (or (and (distinct ?x30 ?x37) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
