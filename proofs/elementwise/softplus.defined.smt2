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
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (< 0.0 ?x25))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (let (($x17 (= 0.0 ?x25)))
 (not $x17)))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (let (($x17 (= 0.0 ?x25)))
 (let (($x24 (not $x17)))
 (let (($x74 (< 0.0 ?x25)))
 (not (and $x74 $x24))))))))
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
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (< 0.0 ?x25))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (let (($x17 (= 0.0 ?x25)))
 (not $x17)))))
(assert
 (let ((?x78 (* 1.0 exp!1)))
 (let ((?x15 (+ 1.0 ?x78)))
 (< 0.0 ?x15))))
(assert
 (let ((?x78 (* 1.0 exp!1)))
 (let ((?x15 (+ 1.0 ?x78)))
 (let (($x77 (= 0.0 ?x15)))
 (not $x77)))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (< 0.0 ?x25))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (let (($x17 (= 0.0 ?x25)))
 (not $x17)))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (let (($x17 (= 0.0 ?x25)))
 (let (($x24 (not $x17)))
 (let (($x74 (< 0.0 ?x25)))
 (not (and $x74 $x24))))))))
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
 (let ((?x78 (* 1.0 exp!1)))
 (let ((?x15 (+ 1.0 ?x78)))
 (< 0.0 ?x15))))
(assert
 (let ((?x78 (* 1.0 exp!1)))
 (let ((?x15 (+ 1.0 ?x78)))
 (let (($x77 (= 0.0 ?x15)))
 (not $x77)))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x25 (+ 1.0 ?x99)))
 (let (($x17 (= 0.0 ?x25)))
 (let (($x24 (not $x17)))
 (let ((?x78 (* 1.0 exp!1)))
 (let ((?x15 (+ 1.0 ?x78)))
 (let (($x100 (< 0.0 ?x15)))
 (not (and $x100 $x24))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
