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
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (< 0.0 ?x75))))
(assert
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (let (($x14 (= 0.0 ?x75)))
 (not $x14)))))
(assert
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (let (($x14 (= 0.0 ?x75)))
 (let (($x11 (not $x14)))
 (let (($x79 (< 0.0 ?x75)))
 (not (and $x79 $x11))))))))
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
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (< 0.0 ?x75))))
(assert
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (let (($x14 (= 0.0 ?x75)))
 (not $x14)))))
(assert
 (let ((?x25 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x25)))
 (< 0.0 ?x59))))
(assert
 (let ((?x25 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x25)))
 (let (($x100 (= 0.0 ?x59)))
 (not $x100)))))
(assert
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (< 0.0 ?x75))))
(assert
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (let (($x14 (= 0.0 ?x75)))
 (not $x14)))))
(assert
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (let (($x14 (= 0.0 ?x75)))
 (let (($x11 (not $x14)))
 (let (($x79 (< 0.0 ?x75)))
 (not (and $x79 $x11))))))))
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
 (let ((?x25 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x25)))
 (< 0.0 ?x59))))
(assert
 (let ((?x25 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x25)))
 (let (($x100 (= 0.0 ?x59)))
 (not $x100)))))
(assert
 (let ((?x26 (/ 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x26)))
 (let (($x14 (= 0.0 ?x75)))
 (let (($x11 (not $x14)))
 (let ((?x25 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x25)))
 (let (($x101 (< 0.0 ?x59)))
 (not (and $x101 $x11))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
