; certjax: rule elementwise.sigmoid, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun x () Real)
(assert
 (let ((?x41 (/ 1.0 exp!1)))
 (let ((?x32 (+ 1.0 ?x41)))
 (let (($x13 (= 0.0 ?x32)))
 (not $x13)))))
(assert
 (not (and (not (= 0.0 (+ 1.0 (/ 1.0 exp!1)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
