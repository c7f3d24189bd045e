; certjax: rule elementwise.softplus, obligation 'fwd', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!585 () Real)
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
 (or (and (distinct (+ x log!585) (+ x log!585)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!585 x) (< exp!2 exp!1)))
(assert
 (= (< x log!585) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!585 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!585)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!585 () Real)
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
 (or (and (distinct (+ x log!585) (+ x log!585)) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!585 x) (< exp!2 exp!1)))
(assert
 (= (< x log!585) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!585 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!585)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun log!590 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!585 () Real)
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
 (or (and (distinct log!590 log!590) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(assert
 (= (< log!585 x) (< exp!2 exp!1)))
(assert
 (= (< x log!585) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!585 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!585)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!590 x) (< exp!3 exp!1)))
(assert
 (= (< x log!590) (< exp!1 exp!3)))
(assert
 (= (< log!590 log!585) (< exp!3 exp!2)))
(assert
 (= (< log!585 log!590) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!590 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!590)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
