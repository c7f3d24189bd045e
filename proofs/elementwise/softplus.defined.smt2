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
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (< 0.0 ?x152))))
(assert
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (let (($x15 (= 0.0 ?x152)))
 (not $x15)))))
(assert
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (let (($x15 (= 0.0 ?x152)))
 (let (($x14 (not $x15)))
 (let (($x17 (< 0.0 ?x152)))
 (not (and $x17 $x14))))))))
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
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (< 0.0 ?x152))))
(assert
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (let (($x15 (= 0.0 ?x152)))
 (not $x15)))))
(assert
 (let ((?x11 (* 1.0 exp!1)))
 (let ((?x84 (+ 1.0 ?x11)))
 (< 0.0 ?x84))))
(assert
 (let ((?x11 (* 1.0 exp!1)))
 (let ((?x84 (+ 1.0 ?x11)))
 (let (($x130 (= 0.0 ?x84)))
 (not $x130)))))
(assert
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (< 0.0 ?x152))))
(assert
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (let (($x15 (= 0.0 ?x152)))
 (not $x15)))))
(assert
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (let (($x15 (= 0.0 ?x152)))
 (let (($x14 (not $x15)))
 (let (($x17 (< 0.0 ?x152)))
 (not (and $x17 $x14))))))))
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
 (let ((?x11 (* 1.0 exp!1)))
 (let ((?x84 (+ 1.0 ?x11)))
 (< 0.0 ?x84))))
(assert
 (let ((?x11 (* 1.0 exp!1)))
 (let ((?x84 (+ 1.0 ?x11)))
 (let (($x130 (= 0.0 ?x84)))
 (not $x130)))))
(assert
 (let ((?x105 (/ 1.0 exp!1)))
 (let ((?x152 (+ 1.0 ?x105)))
 (let (($x15 (= 0.0 ?x152)))
 (let (($x14 (not $x15)))
 (let ((?x11 (* 1.0 exp!1)))
 (let ((?x84 (+ 1.0 ?x11)))
 (let (($x34 (< 0.0 ?x84)))
 (not (and $x34 $x14))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
