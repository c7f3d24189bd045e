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
 (let ((?x6 (- x)))
 (< 0.0 ?x6)))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (< 0.0 ?x16))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x16)))
 (not $x23)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (< 0.0 ?x16))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x16)))
 (not $x23)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x16)))
 (not $x23)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let ((?x27 (/ ?x18 ?x16)))
 (let ((?x28 (+ (- 1.0) ?x27)))
 (let ((?x29 (- ?x28)))
 (let ((?x30 (* g ?x29)))
 (let ((?x24 (/ 1.0 ?x16)))
 (let ((?x25 (* g ?x24)))
 (or (and (distinct ?x25 ?x30) true)))))))))))
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
 (let ((?x6 (- x)))
 (= 0.0 ?x6)))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (< 0.0 ?x16))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x16)))
 (not $x23)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (< 0.0 ?x16))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x16)))
 (not $x23)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x55 (= 0.0 ?x34)))
 (not $x55)))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x16)))
 (not $x23)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let ((?x119 (- ?x31)))
 (let ((?x116 (/ ?x119 ?x34)))
 (let ((?x120 (- ?x116)))
 (let ((?x104 (* g ?x120)))
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let ((?x24 (/ 1.0 ?x16)))
 (let ((?x25 (* g ?x24)))
 (let ((?x27 (/ ?x18 ?x16)))
 (let ((?x28 (+ (- 1.0) ?x27)))
 (let ((?x29 (- ?x28)))
 (let ((?x30 (* g ?x29)))
 (let (($x98 (= ?x104 ?x30)))
 (let ((?x117 (ite $x98 ?x25 ?x104)))
 (or (and (distinct ?x117 ?x104) true)))))))))))))))))))
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
 (let ((?x6 (- x)))
 (> 0.0 ?x6)))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (< 0.0 ?x34))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x55 (= 0.0 ?x34)))
 (not $x55)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (< 0.0 ?x34))))
(assert
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x16)))
 (not $x23)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let (($x55 (= 0.0 ?x34)))
 (not $x55)))))
(assert
 (let ((?x31 (/ 1.0 exp!1)))
 (let ((?x34 (+ 1.0 ?x31)))
 (let ((?x119 (- ?x31)))
 (let ((?x116 (/ ?x119 ?x34)))
 (let ((?x120 (- ?x116)))
 (let ((?x104 (* g ?x120)))
 (let ((?x18 (* 1.0 exp!1)))
 (let ((?x16 (+ 1.0 ?x18)))
 (let ((?x24 (/ 1.0 ?x16)))
 (let ((?x25 (* g ?x24)))
 (or (and (distinct ?x25 ?x104) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
