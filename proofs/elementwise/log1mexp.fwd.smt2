; certjax: rule elementwise.log1mexp, obligation 'fwd', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!9 () Real)
(declare-fun exp!2 () Real)
(assert
 (> 0.0 x))
(assert
 (< (- (/ 2731.0 3940.0)) x))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x21 (+ ?x20 (- 1.0))))
 (let ((?x22 (- ?x21)))
 (< 0.0 ?x22)))))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x21 (+ ?x20 (- 1.0))))
 (let ((?x22 (- ?x21)))
 (< 0.0 ?x22)))))
(assert
 (or (and (distinct log!9 log!9) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!9 x) (< exp!2 exp!1)))
(assert
 (= (< x log!9) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!9 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!9)))
(assert
 (=> (> (- (+ (* 1.0 exp!1) (- 1.0))) 0.0) (= exp!2 (- (+ (* 1.0 exp!1) (- 1.0))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!9 () Real)
(declare-fun exp!3 () Real)
(assert
 (> 0.0 x))
(assert
 (> (- (/ 2731.0 3940.0)) x))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x41 (- ?x20)))
 (let ((?x42 (+ 1.0 ?x41)))
 (< 0.0 ?x42)))))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x41 (- ?x20)))
 (let ((?x42 (+ 1.0 ?x41)))
 (< 0.0 ?x42)))))
(assert
 (or (and (distinct log!12 log!12) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!9 x) (< exp!2 exp!1)))
(assert
 (= (< x log!9) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!9 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!9)))
(assert
 (=> (> (- (+ (* 1.0 exp!1) (- 1.0))) 0.0) (= exp!2 (- (+ (* 1.0 exp!1) (- 1.0))))))
(assert
 (= (< log!12 x) (< exp!3 exp!1)))
(assert
 (= (< x log!12) (< exp!1 exp!3)))
(assert
 (= (< log!12 log!9) (< exp!3 exp!2)))
(assert
 (= (< log!9 log!12) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!12 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!12)))
(assert
 (=> (> (+ 1.0 (- (* 1.0 exp!1))) 0.0) (= exp!3 (+ 1.0 (- (* 1.0 exp!1))))))
(check-sat)
(pop 1)
