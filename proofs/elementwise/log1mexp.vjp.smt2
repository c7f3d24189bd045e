; certjax: rule elementwise.log1mexp, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x41 (- log!3)))
 (< ?x41 x)))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x25 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x25)))
 (< 0.0 ?x35)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x25 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x25)))
 (let (($x24 (= 0.0 ?x35)))
 (not $x24))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x25 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x25)))
 (< 0.0 ?x35)))))
(assert
 (let ((?x23 (/ 1.0 exp!2)))
 (let ((?x34 (+ (- 1.0) ?x23)))
 (let (($x36 (= 0.0 ?x34)))
 (not $x36)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x25 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x25)))
 (let (($x24 (= 0.0 ?x35)))
 (not $x24))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x25 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x25)))
 (let ((?x44 (+ 1.0 ?x25)))
 (let ((?x45 (- ?x44)))
 (let ((?x46 (/ ?x45 ?x35)))
 (let ((?x47 (* g ?x46)))
 (let ((?x23 (/ 1.0 exp!2)))
 (let ((?x34 (+ (- 1.0) ?x23)))
 (let ((?x32 (- g)))
 (let ((?x31 (/ ?x32 ?x34)))
 (or (and (distinct ?x31 ?x47) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!1)))
(assert
 (= (< x log!3) (< exp!2 exp!1)))
(assert
 (= (< log!3 x) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> x 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x41 (- log!3)))
 (< x ?x41)))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x51 (- ?x18)))
 (let ((?x48 (+ 1.0 ?x51)))
 (< 0.0 ?x48)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x51 (- ?x18)))
 (let ((?x48 (+ 1.0 ?x51)))
 (let (($x52 (= 0.0 ?x48)))
 (not $x52))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x51 (- ?x18)))
 (let ((?x48 (+ 1.0 ?x51)))
 (< 0.0 ?x48)))))
(assert
 (let ((?x23 (/ 1.0 exp!2)))
 (let ((?x34 (+ (- 1.0) ?x23)))
 (let (($x36 (= 0.0 ?x34)))
 (not $x36)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x51 (- ?x18)))
 (let ((?x48 (+ 1.0 ?x51)))
 (let (($x52 (= 0.0 ?x48)))
 (not $x52))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x51 (- ?x18)))
 (let ((?x48 (+ 1.0 ?x51)))
 (let ((?x103 (/ ?x51 ?x48)))
 (let ((?x101 (* g ?x103)))
 (let ((?x23 (/ 1.0 exp!2)))
 (let ((?x34 (+ (- 1.0) ?x23)))
 (let ((?x32 (- g)))
 (let ((?x31 (/ ?x32 ?x34)))
 (or (and (distinct ?x31 ?x101) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!1)))
(assert
 (= (< x log!3) (< exp!2 exp!1)))
(assert
 (= (< log!3 x) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> x 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 x)))
(check-sat)
(pop 1)
