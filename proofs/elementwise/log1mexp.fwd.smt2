; certjax: rule elementwise.log1mexp, obligation 'fwd', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (> (- (/ 1453635.0 2097152.0)) x))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (< 0.0 ?x21)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (< 0.0 ?x21)))))
(assert
 (or (and (distinct log!12 log!12) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (=> (> (+ 1.0 (- (* 1.0 exp!0))) 0.0) (= exp!1 (+ 1.0 (- (* 1.0 exp!0))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun log!9 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!2 () Real)
(assert
 (> 0.0 x))
(assert
 (< (- (/ 1453635.0 2097152.0)) x))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x56 (+ ?x23 (- 1.0))))
 (let ((?x31 (- ?x56)))
 (< 0.0 ?x31)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x56 (+ ?x23 (- 1.0))))
 (let ((?x31 (- ?x56)))
 (< 0.0 ?x31)))))
(assert
 (or (and (distinct log!9 log!9) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (=> (> (+ 1.0 (- (* 1.0 exp!0))) 0.0) (= exp!1 (+ 1.0 (- (* 1.0 exp!0))))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!9 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!9)))
(assert
 (=> (> (- (+ (* 1.0 exp!0) (- 1.0))) 0.0) (= exp!2 (- (+ (* 1.0 exp!0) (- 1.0))))))
(check-sat)
(pop 1)
