; certjax: rule elementwise.log_sigmoid, obligation 'vjp', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (let ((?x51 (- x)))
 (< 0.0 ?x51)))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (< 0.0 ?x59))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let (($x20 (= 0.0 ?x59)))
 (not $x20)))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (< 0.0 ?x59))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let (($x20 (= 0.0 ?x59)))
 (not $x20)))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let (($x20 (= 0.0 ?x59)))
 (not $x20)))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let ((?x22 (/ ?x21 ?x59)))
 (let ((?x9 (+ (- 1.0) ?x22)))
 (let ((?x14 (- ?x9)))
 (let ((?x19 (* g ?x14)))
 (let ((?x15 (/ 1.0 ?x59)))
 (let ((?x8 (* g ?x15)))
 (or (and (distinct ?x8 ?x19) true)))))))))))
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
(declare-fun g () Real)
(assert
 (let ((?x51 (- x)))
 (= 0.0 ?x51)))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (< 0.0 ?x59))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let (($x20 (= 0.0 ?x59)))
 (not $x20)))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (< 0.0 ?x59))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let (($x20 (= 0.0 ?x59)))
 (not $x20)))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x10)))
 (let (($x49 (= 0.0 ?x23)))
 (not $x49)))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let (($x20 (= 0.0 ?x59)))
 (not $x20)))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x10)))
 (let ((?x142 (- ?x10)))
 (let ((?x168 (/ ?x142 ?x23)))
 (let ((?x145 (- ?x168)))
 (let ((?x151 (* g ?x145)))
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let ((?x15 (/ 1.0 ?x59)))
 (let ((?x8 (* g ?x15)))
 (let ((?x22 (/ ?x21 ?x59)))
 (let ((?x9 (+ (- 1.0) ?x22)))
 (let ((?x14 (- ?x9)))
 (let ((?x19 (* g ?x14)))
 (let (($x154 (= ?x151 ?x19)))
 (let ((?x169 (ite $x154 ?x8 ?x151)))
 (or (and (distinct ?x169 ?x151) true)))))))))))))))))))
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
(declare-fun g () Real)
(assert
 (let ((?x51 (- x)))
 (> 0.0 ?x51)))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x10)))
 (< 0.0 ?x23))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x10)))
 (let (($x49 (= 0.0 ?x23)))
 (not $x49)))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x10)))
 (< 0.0 ?x23))))
(assert
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let (($x20 (= 0.0 ?x59)))
 (not $x20)))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x10)))
 (let (($x49 (= 0.0 ?x23)))
 (not $x49)))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x10)))
 (let ((?x142 (- ?x10)))
 (let ((?x168 (/ ?x142 ?x23)))
 (let ((?x145 (- ?x168)))
 (let ((?x151 (* g ?x145)))
 (let ((?x21 (* 1.0 exp!1)))
 (let ((?x59 (+ 1.0 ?x21)))
 (let ((?x15 (/ 1.0 ?x59)))
 (let ((?x8 (* g ?x15)))
 (or (and (distinct ?x8 ?x151) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
