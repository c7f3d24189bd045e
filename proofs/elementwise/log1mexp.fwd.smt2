; certjax: rule elementwise.log1mexp, obligation 'fwd', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!11 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x20 (- log!3)))
 (< ?x20 x)))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (< 0.0 ?x40)))))
(assert
 (or (and (distinct log!11 log!11) true)))
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
(assert
 (= (< log!11 log!3) (< exp!3 exp!1)))
(assert
 (= (< log!3 log!11) (< exp!1 exp!3)))
(assert
 (= (< log!11 x) (< exp!3 exp!2)))
(assert
 (= (< x log!11) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!11 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!11)))
(assert
 (=> (> (- (+ (* 1.0 exp!2) (- 1.0))) 0.0) (= exp!3 (- (+ (* 1.0 exp!2) (- 1.0))))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!14 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!11 () Real)
(declare-fun exp!4 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x20 (- log!3)))
 (= x ?x20)))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x65 (- ?x38)))
 (let ((?x67 (+ 1.0 ?x65)))
 (< 0.0 ?x67)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x65 (- ?x38)))
 (let ((?x67 (+ 1.0 ?x65)))
 (< 0.0 ?x67)))))
(assert
 (or (and (distinct log!14 log!14) true)))
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
(assert
 (= (< log!11 log!3) (< exp!3 exp!1)))
(assert
 (= (< log!3 log!11) (< exp!1 exp!3)))
(assert
 (= (< log!11 x) (< exp!3 exp!2)))
(assert
 (= (< x log!11) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!11 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!11)))
(assert
 (=> (> (- (+ (* 1.0 exp!2) (- 1.0))) 0.0) (= exp!3 (- (+ (* 1.0 exp!2) (- 1.0))))))
(assert
 (= (< log!14 log!3) (< exp!4 exp!1)))
(assert
 (= (< log!3 log!14) (< exp!1 exp!4)))
(assert
 (= (< log!14 x) (< exp!4 exp!2)))
(assert
 (= (< x log!14) (< exp!2 exp!4)))
(assert
 (= (< log!14 log!11) (< exp!4 exp!3)))
(assert
 (= (< log!11 log!14) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!14 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!14)))
(assert
 (=> (> (+ 1.0 (- (* 1.0 exp!2))) 0.0) (= exp!4 (+ 1.0 (- (* 1.0 exp!2))))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!14 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!11 () Real)
(declare-fun exp!4 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x20 (- log!3)))
 (< x ?x20)))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x65 (- ?x38)))
 (let ((?x67 (+ 1.0 ?x65)))
 (< 0.0 ?x67)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x65 (- ?x38)))
 (let ((?x67 (+ 1.0 ?x65)))
 (< 0.0 ?x67)))))
(assert
 (or (and (distinct log!14 log!14) true)))
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
(assert
 (= (< log!11 log!3) (< exp!3 exp!1)))
(assert
 (= (< log!3 log!11) (< exp!1 exp!3)))
(assert
 (= (< log!11 x) (< exp!3 exp!2)))
(assert
 (= (< x log!11) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!11 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!11)))
(assert
 (=> (> (- (+ (* 1.0 exp!2) (- 1.0))) 0.0) (= exp!3 (- (+ (* 1.0 exp!2) (- 1.0))))))
(assert
 (= (< log!14 log!3) (< exp!4 exp!1)))
(assert
 (= (< log!3 log!14) (< exp!1 exp!4)))
(assert
 (= (< log!14 x) (< exp!4 exp!2)))
(assert
 (= (< x log!14) (< exp!2 exp!4)))
(assert
 (= (< log!14 log!11) (< exp!4 exp!3)))
(assert
 (= (< log!11 log!14) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!14 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!14)))
(assert
 (=> (> (+ 1.0 (- (* 1.0 exp!2))) 0.0) (= exp!4 (+ 1.0 (- (* 1.0 exp!2))))))
(check-sat)
(pop 1)
