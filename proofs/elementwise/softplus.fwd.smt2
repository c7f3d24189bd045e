; certjax: rule elementwise.softplus, obligation 'fwd', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!576 () Real)
(declare-fun exp!2 () Real)
(assert
 (< 0.0 x))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (or (and (distinct (+ x log!576) (+ x log!576)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!576 x) (< exp!2 exp!1)))
(assert
 (= (< x log!576) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!576 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!576)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!576 () Real)
(declare-fun exp!2 () Real)
(assert
 (= 0.0 x))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (or (and (distinct (+ x log!576) (+ x log!576)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!576 x) (< exp!2 exp!1)))
(assert
 (= (< x log!576) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!576 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!576)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!581 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!576 () Real)
(declare-fun exp!3 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x39 (* 1.0 exp!1)))
 (let ((?x41 (+ 1.0 ?x39)))
 (< 0.0 ?x41))))
(assert
 (let ((?x39 (* 1.0 exp!1)))
 (let ((?x41 (+ 1.0 ?x39)))
 (< 0.0 ?x41))))
(assert
 (or (and (distinct log!581 log!581) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!576 x) (< exp!2 exp!1)))
(assert
 (= (< x log!576) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!576 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!576)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!581 x) (< exp!3 exp!1)))
(assert
 (= (< x log!581) (< exp!1 exp!3)))
(assert
 (= (< log!581 log!576) (< exp!3 exp!2)))
(assert
 (= (< log!576 log!581) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!581 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!581)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
