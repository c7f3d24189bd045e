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
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x21 (+ 1.0 ?x18)))
 (let (($x24 (= 0.0 ?x21)))
 (not $x24)))))
(assert
 (let ((?x16 (/ 1.0 exp!1)))
 (let ((?x17 (+ 1.0 ?x16)))
 (let ((?x22 (/ 1.0 ?x17)))
 (let ((?x29 (- ?x22)))
 (let ((?x30 (+ 1.0 ?x29)))
 (let ((?x31 (* ?x22 ?x30)))
 (let ((?x32 (* g ?x31)))
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x21 (+ 1.0 ?x18)))
 (let ((?x27 (/ 1.0 ?x21)))
 (let ((?x26 (* ?x22 g)))
 (let ((?x28 (* ?x26 ?x27)))
 (or (and (distinct ?x28 ?x32) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
