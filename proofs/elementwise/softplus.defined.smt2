; certjax: rule elementwise.softplus, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 x))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (< 0.0 ?x160))))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (let (($x29 (= 0.0 ?x160)))
 (not $x29)))))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (let (($x29 (= 0.0 ?x160)))
 (let (($x28 (not $x29)))
 (let (($x26 (< 0.0 ?x160)))
 (not (and $x26 $x28))))))))
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
 (= 0.0 x))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (< 0.0 ?x160))))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (let (($x29 (= 0.0 ?x160)))
 (not $x29)))))
(assert
 (let ((?x27 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x27)))
 (< 0.0 ?x77))))
(assert
 (let ((?x27 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x27)))
 (let (($x125 (= 0.0 ?x77)))
 (not $x125)))))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (< 0.0 ?x160))))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (let (($x29 (= 0.0 ?x160)))
 (not $x29)))))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (let (($x29 (= 0.0 ?x160)))
 (let (($x28 (not $x29)))
 (let (($x26 (< 0.0 ?x160)))
 (not (and $x26 $x28))))))))
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
 (> 0.0 x))
(assert
 (let ((?x27 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x27)))
 (< 0.0 ?x77))))
(assert
 (let ((?x27 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x27)))
 (let (($x125 (= 0.0 ?x77)))
 (not $x125)))))
(assert
 (let ((?x124 (/ 1.0 exp!1)))
 (let ((?x160 (+ 1.0 ?x124)))
 (let (($x29 (= 0.0 ?x160)))
 (let (($x28 (not $x29)))
 (let ((?x27 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x27)))
 (let (($x44 (< 0.0 ?x77)))
 (not (and $x44 $x28))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
