; certjax: rule elementwise.sqrt, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun sqrt!2 () Real)
(declare-fun g () Real)
(assert
 (< 0.0 x))
(assert
 (<= 0.0 x))
(assert
 (let (($x18 (= 0.0 sqrt!2)))
 (not $x18)))
(assert
 (<= 0.0 x))
(assert
 (let ((?x19 (* sqrt!2 2.0)))
 (let (($x22 (= 0.0 ?x19)))
 (not $x22))))
(assert
 (let (($x18 (= 0.0 sqrt!2)))
 (not $x18)))
(assert
 (or (and (distinct (/ g (* sqrt!2 2.0)) (* g (/ (/ 1.0 2.0) sqrt!2))) true)))
(assert
 (let (($x8 (>= x 0.0)))
(=> $x8 (and (>= sqrt!2 0.0) (= (* sqrt!2 sqrt!2) x)))))
(check-sat)
(pop 1)
