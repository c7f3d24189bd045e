; certjax: rule elementwise.softplus, obligation 'fwd', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun log!36 () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (or (and (distinct log!36 log!36) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!36 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!36)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun log!38 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!36 () Real)
(declare-fun exp!2 () Real)
(assert
 (< 0.0 x))
(assert
 (let ((?x53 (/ 1.0 exp!0)))
 (let ((?x57 (+ 1.0 ?x53)))
 (< 0.0 ?x57))))
(assert
 (let ((?x53 (/ 1.0 exp!0)))
 (let ((?x57 (+ 1.0 ?x53)))
 (< 0.0 ?x57))))
(assert
 (or (and (distinct (+ x log!38) (+ x log!38)) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!36 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!36)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (* 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!0)))))
(check-sat)
(pop 1)
