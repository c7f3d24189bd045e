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
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x5 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (< 0.0 ?x6)))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x5 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (let (($x25 (= 0.0 ?x6)))
 (not $x25))))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x5 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (< 0.0 ?x6)))))
(assert
 (let ((?x11 (/ 1.0 exp!1)))
 (let ((?x13 (+ (- 1.0) ?x11)))
 (let (($x18 (= 0.0 ?x13)))
 (not $x18)))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x5 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (let (($x25 (= 0.0 ?x6)))
 (not $x25))))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x10 (+ ?x5 (- 1.0))))
 (let ((?x6 (- ?x10)))
 (let ((?x27 (+ 1.0 ?x10)))
 (let ((?x28 (- ?x27)))
 (let ((?x29 (/ ?x28 ?x6)))
 (let ((?x30 (* g ?x29)))
 (let ((?x11 (/ 1.0 exp!1)))
 (let ((?x13 (+ (- 1.0) ?x11)))
 (let ((?x19 (- g)))
 (let ((?x26 (/ ?x19 ?x13)))
 (or (and (distinct ?x26 ?x30) true))))))))))))))
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
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x34 (- ?x5)))
 (let ((?x31 (+ 1.0 ?x34)))
 (< 0.0 ?x31)))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x34 (- ?x5)))
 (let ((?x31 (+ 1.0 ?x34)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35))))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x34 (- ?x5)))
 (let ((?x31 (+ 1.0 ?x34)))
 (< 0.0 ?x31)))))
(assert
 (let ((?x11 (/ 1.0 exp!1)))
 (let ((?x13 (+ (- 1.0) ?x11)))
 (let (($x18 (= 0.0 ?x13)))
 (not $x18)))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x34 (- ?x5)))
 (let ((?x31 (+ 1.0 ?x34)))
 (let (($x35 (= 0.0 ?x31)))
 (not $x35))))))
(assert
 (let ((?x5 (* 1.0 exp!1)))
 (let ((?x34 (- ?x5)))
 (let ((?x31 (+ 1.0 ?x34)))
 (let ((?x58 (/ ?x34 ?x31)))
 (let ((?x56 (* g ?x58)))
 (let ((?x11 (/ 1.0 exp!1)))
 (let ((?x13 (+ (- 1.0) ?x11)))
 (let ((?x19 (- g)))
 (let ((?x26 (/ ?x19 ?x13)))
 (or (and (distinct ?x26 ?x56) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
