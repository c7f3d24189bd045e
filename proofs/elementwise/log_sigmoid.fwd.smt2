; certjax: rule elementwise.log_sigmoid, obligation 'fwd', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!598 () Real)
(declare-fun exp!2 () Real)
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
 (< 0.0 ?x16))))
(assert
 (or (and (distinct (- (+ (- x) log!598)) (- (+ (- x) log!598))) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!598 x) (< exp!2 exp!1)))
(assert
 (= (< x log!598) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!598 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!598)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!598 () Real)
(declare-fun exp!2 () Real)
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
 (< 0.0 ?x16))))
(assert
 (or (and (distinct (- (+ (- x) log!598)) (- (+ (- x) log!598))) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!598 x) (< exp!2 exp!1)))
(assert
 (= (< x log!598) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!598 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!598)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!604 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!598 () Real)
(declare-fun exp!3 () Real)
(assert
 (let ((?x6 (- x)))
 (> 0.0 ?x6)))
(assert
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x40)))
 (< 0.0 ?x42))))
(assert
 (let ((?x40 (/ 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x40)))
 (< 0.0 ?x42))))
(assert
 (or (and (distinct (- log!604) (- log!604)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!598 x) (< exp!2 exp!1)))
(assert
 (= (< x log!598) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!598 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!598)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!604 x) (< exp!3 exp!1)))
(assert
 (= (< x log!604) (< exp!1 exp!3)))
(assert
 (= (< log!604 log!598) (< exp!3 exp!2)))
(assert
 (= (< log!598 log!604) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!604 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!604)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
