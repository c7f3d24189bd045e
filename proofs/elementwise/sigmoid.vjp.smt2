; certjax: rule elementwise.sigmoid, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!0 () Real)
(declare-fun g () Real)
(declare-fun x () Real)
(assert
 (let ((?x15 (/ 1.0 exp!0)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let (($x19 (= 0.0 ?x16)))
 (not $x19)))))
(assert
 (let ((?x15 (/ 1.0 exp!0)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let (($x19 (= 0.0 ?x16)))
 (not $x19)))))
(assert
 (let ((?x15 (/ 1.0 exp!0)))
 (let ((?x16 (+ 1.0 ?x15)))
 (let ((?x17 (/ 1.0 ?x16)))
 (let ((?x22 (- ?x17)))
 (let ((?x23 (+ 1.0 ?x22)))
 (let ((?x25 (* ?x17 ?x23)))
 (let ((?x26 (* g ?x25)))
 (let ((?x21 (* ?x17 g)))
 (let ((?x24 (* ?x21 ?x23)))
 (or (and (distinct ?x24 ?x26) true))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(check-sat)
(pop 1)
