; certjax: rule elementwise.log, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(assert
 (< 0.0 x))
(assert
 (< 0.0 x))
(assert
 (let (($x14 (= 0.0 x)))
 (not $x14)))
(assert
 (not (and (< 0.0 x) (not (= 0.0 x)))))
(check-sat)
(pop 1)
