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
 (let ((?x6 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x6)))
 (let (($x12 (= 0.0 ?x9)))
 (not $x12)))))
(assert
 (let ((?x6 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x6)))
 (let (($x12 (= 0.0 ?x9)))
 (not $x12)))))
(assert
 (let ((?x6 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x6)))
 (let ((?x10 (/ 1.0 ?x9)))
 (let ((?x22 (- ?x10)))
 (let ((?x39 (+ 1.0 ?x22)))
 (let ((?x40 (* ?x10 ?x39)))
 (let ((?x31 (* g ?x40)))
 (let ((?x14 (* ?x10 g)))
 (let ((?x41 (* ?x14 ?x39)))
 (or (and (distinct ?x41 ?x31) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
