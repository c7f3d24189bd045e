; certjax: rule elementwise.softplus, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (< 0.0 x))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (< 0.0 ?x18))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (let (($x58 (= 0.0 ?x18)))
 (not $x58)))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (< 0.0 ?x18))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (let (($x58 (= 0.0 ?x18)))
 (not $x58)))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (let (($x58 (= 0.0 ?x18)))
 (not $x58)))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (let ((?x17 (- ?x99)))
 (let ((?x11 (/ ?x17 ?x18)))
 (let ((?x14 (+ 1.0 ?x11)))
 (let ((?x15 (* g ?x14)))
 (let ((?x21 (/ 1.0 ?x18)))
 (let ((?x16 (* g ?x21)))
 (or (and (distinct ?x16 ?x15) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x8)))
 (< 0.0 ?x22))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x8)))
 (let (($x121 (= 0.0 ?x22)))
 (not $x121)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x8)))
 (< 0.0 ?x22))))
(assert
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (let (($x58 (= 0.0 ?x18)))
 (not $x58)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x8)))
 (let (($x121 (= 0.0 ?x22)))
 (not $x121)))))
(assert
 (let ((?x8 (* 1.0 exp!1)))
 (let ((?x22 (+ 1.0 ?x8)))
 (let ((?x56 (/ ?x8 ?x22)))
 (let ((?x123 (* g ?x56)))
 (let ((?x99 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x99)))
 (let ((?x21 (/ 1.0 ?x18)))
 (let ((?x16 (* g ?x21)))
 (or (and (distinct ?x16 ?x123) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
