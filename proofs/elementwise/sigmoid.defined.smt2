; certjax: rule elementwise.sigmoid, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun exp!1 () Real)
(declare-fun x () Real)
(assert
 (let ((?x30 (/ 1.0 exp!1)))
 (let ((?x39 (+ 1.0 ?x30)))
 (let (($x37 (= 0.0 ?x39)))
 (not $x37)))))
(assert
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x36 (+ 1.0 ?x24)))
 (let (($x23 (= 0.0 ?x36)))
 (let (($x40 (not $x23)))
 (let ((?x30 (/ 1.0 exp!1)))
 (let ((?x39 (+ 1.0 ?x30)))
 (let (($x37 (= 0.0 ?x39)))
 (let (($x38 (not $x37)))
 (not (and $x38 $x40)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
