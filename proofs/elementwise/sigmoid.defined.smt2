; certjax: rule elementwise.sigmoid, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun x () Real)
(assert
 (let ((?x28 (/ 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x32 (= 0.0 ?x29)))
 (not $x32)))))
(assert
 (let ((?x30 (* 1.0 exp!1)))
 (let ((?x33 (+ 1.0 ?x30)))
 (let (($x23 (= 0.0 ?x33)))
 (let (($x24 (not $x23)))
 (let ((?x28 (/ 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (let (($x32 (= 0.0 ?x29)))
 (let (($x31 (not $x32)))
 (not (and $x31 $x24)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
