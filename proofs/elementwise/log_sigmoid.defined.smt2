; certjax: rule elementwise.log_sigmoid, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x21 (- x)))
 (< 0.0 ?x21)))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (< 0.0 ?x31))))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (let (($x27 (= 0.0 ?x31)))
 (not $x27)))))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (let (($x27 (= 0.0 ?x31)))
 (let (($x26 (not $x27)))
 (let (($x43 (< 0.0 ?x31)))
 (not (and $x43 $x26))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x21 (- x)))
 (= 0.0 ?x21)))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (< 0.0 ?x31))))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (let (($x27 (= 0.0 ?x31)))
 (not $x27)))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x47)))
 (< 0.0 ?x29))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x47)))
 (let (($x160 (= 0.0 ?x29)))
 (not $x160)))))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (< 0.0 ?x31))))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (let (($x27 (= 0.0 ?x31)))
 (not $x27)))))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (let (($x27 (= 0.0 ?x31)))
 (let (($x26 (not $x27)))
 (let (($x43 (< 0.0 ?x31)))
 (not (and $x43 $x26))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x21 (- x)))
 (> 0.0 ?x21)))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x47)))
 (< 0.0 ?x29))))
(assert
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x47)))
 (let (($x160 (= 0.0 ?x29)))
 (not $x160)))))
(assert
 (let ((?x120 (* 1.0 exp!1)))
 (let ((?x31 (+ 1.0 ?x120)))
 (let (($x27 (= 0.0 ?x31)))
 (let (($x26 (not $x27)))
 (let ((?x47 (/ 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x47)))
 (let (($x19 (< 0.0 ?x29)))
 (not (and $x19 $x26))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
