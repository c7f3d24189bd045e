; certjax: rule elementwise.sqrt, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun sqrt!2 () Real)
(assert
 (< 0.0 x))
(assert
 (<= 0.0 x))
(assert
 (let (($x17 (= 0.0 sqrt!2)))
 (not $x17)))
(assert
 (not (and (<= 0.0 x) (not (= 0.0 (* sqrt!2 2.0))))))
(assert
 (let (($x19 (>= x 0.0)))
(=> $x19 (and (>= sqrt!2 0.0) (= (* sqrt!2 sqrt!2) x)))))
(check-sat)
(pop 1)
