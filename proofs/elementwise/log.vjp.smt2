; certjax: rule elementwise.log, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun g () Real)
(assert
 (< 0.0 x))
(assert
 (< 0.0 x))
(assert
 (let (($x10 (= 0.0 x)))
 (not $x10)))
(assert
 (< 0.0 x))
(assert
 (let (($x10 (= 0.0 x)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 x)))
 (not $x10)))
(assert
 (or (and (distinct (/ g x) (* g (/ 1.0 x))) true)))
(check-sat)
(pop 1)
