; certjax: rule elementwise.sigmoid, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun x () Real)
(assert
 (let ((?x16 (/ 1.0 exp!1)))
 (let ((?x17 (+ 1.0 ?x16)))
 (let (($x20 (= 0.0 ?x17)))
 (not $x20)))))
(assert
 (let ((?x16 (/ 1.0 exp!1)))
 (let ((?x17 (+ 1.0 ?x16)))
 (let (($x20 (= 0.0 ?x17)))
 (not $x20)))))
(assert
 (let ((?x16 (/ 1.0 exp!1)))
 (let ((?x17 (+ 1.0 ?x16)))
 (let ((?x18 (/ 1.0 ?x17)))
 (or (and (distinct ?x18 ?x18) true))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
