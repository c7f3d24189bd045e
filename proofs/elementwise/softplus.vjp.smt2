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
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let (($x59 (= 0.0 ?x20)))
 (not $x59)))))
(assert
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (< 0.0 ?x20))))
(assert
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let (($x59 (= 0.0 ?x20)))
 (not $x59)))))
(assert
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let (($x59 (= 0.0 ?x20)))
 (not $x59)))))
(assert
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let ((?x11 (- ?x19)))
 (let ((?x14 (/ ?x11 ?x20)))
 (let ((?x15 (+ 1.0 ?x14)))
 (let ((?x8 (* g ?x15)))
 (let ((?x22 (/ 1.0 ?x20)))
 (let ((?x17 (* g ?x22)))
 (or (and (distinct ?x17 ?x8) true)))))))))))
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
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x9)))
 (< 0.0 ?x23))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x9)))
 (let (($x119 (= 0.0 ?x23)))
 (not $x119)))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x9)))
 (< 0.0 ?x23))))
(assert
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let (($x59 (= 0.0 ?x20)))
 (not $x59)))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x9)))
 (let (($x119 (= 0.0 ?x23)))
 (not $x119)))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x23 (+ 1.0 ?x9)))
 (let ((?x57 (/ ?x9 ?x23)))
 (let ((?x124 (* g ?x57)))
 (let ((?x19 (/ 1.0 exp!1)))
 (let ((?x20 (+ 1.0 ?x19)))
 (let ((?x22 (/ 1.0 ?x20)))
 (let ((?x17 (* g ?x22)))
 (or (and (distinct ?x17 ?x124) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
