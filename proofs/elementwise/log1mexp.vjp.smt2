; certjax: rule elementwise.log1mexp, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (> 0.0 x))
(assert
 (< (- (/ 2731.0 3940.0)) x))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x23 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (< 0.0 ?x6)))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x23 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (let (($x25 (= 0.0 ?x6)))
 (not $x25))))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x23 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (< 0.0 ?x6)))))
(assert
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x16 (+ (- 1.0) ?x7)))
 (let (($x14 (= 0.0 ?x16)))
 (not $x14)))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x23 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (let (($x25 (= 0.0 ?x6)))
 (not $x25))))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x23 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (let ((?x26 (+ 1.0 ?x10)))
 (let ((?x27 (- ?x26)))
 (let ((?x28 (/ ?x27 ?x6)))
 (let ((?x29 (* g ?x28)))
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x16 (+ (- 1.0) ?x7)))
 (let ((?x9 (- g)))
 (let ((?x18 (/ ?x9 ?x16)))
 (or (and (distinct ?x18 ?x29) true))))))))))))))
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
 (> (- (/ 2731.0 3940.0)) x))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x33 (- ?x23)))
 (let ((?x30 (+ 1.0 ?x33)))
 (< 0.0 ?x30)))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x33 (- ?x23)))
 (let ((?x30 (+ 1.0 ?x33)))
 (let (($x34 (= 0.0 ?x30)))
 (not $x34))))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x33 (- ?x23)))
 (let ((?x30 (+ 1.0 ?x33)))
 (< 0.0 ?x30)))))
(assert
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x16 (+ (- 1.0) ?x7)))
 (let (($x14 (= 0.0 ?x16)))
 (not $x14)))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x33 (- ?x23)))
 (let ((?x30 (+ 1.0 ?x33)))
 (let (($x34 (= 0.0 ?x30)))
 (not $x34))))))
(assert
 (let ((?x23 (* 1.0 exp!1)))
 (let ((?x33 (- ?x23)))
 (let ((?x30 (+ 1.0 ?x33)))
 (let ((?x44 (/ ?x33 ?x30)))
 (let ((?x57 (* g ?x44)))
 (let ((?x7 (/ 1.0 exp!1)))
 (let ((?x16 (+ (- 1.0) ?x7)))
 (let ((?x9 (- g)))
 (let ((?x18 (/ ?x9 ?x16)))
 (or (and (distinct ?x18 ?x57) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
