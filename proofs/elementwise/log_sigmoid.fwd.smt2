; certjax: rule elementwise.log_sigmoid, obligation 'fwd', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun log!39 () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x6 (- x)))
 (> 0.0 ?x6)))
(assert
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (< 0.0 ?x25))))
(assert
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (< 0.0 ?x25))))
(assert
 (or (and (distinct (- log!39) (- log!39)) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!39 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!39)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun log!42 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!39 () Real)
(declare-fun exp!2 () Real)
(assert
 (let ((?x6 (- x)))
 (< 0.0 ?x6)))
(assert
 (let ((?x55 (* 1.0 exp!0)))
 (let ((?x59 (+ 1.0 ?x55)))
 (< 0.0 ?x59))))
(assert
 (let ((?x55 (* 1.0 exp!0)))
 (let ((?x59 (+ 1.0 ?x55)))
 (< 0.0 ?x59))))
(assert
 (or (and (distinct (- (+ (- x) log!42)) (- (+ (- x) log!42))) true)))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!39 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!39)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!0)) 0.0) (= exp!1 (+ 1.0 (/ 1.0 exp!0)))))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!42 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!42)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!0)) 0.0) (= exp!2 (+ 1.0 (* 1.0 exp!0)))))
(check-sat)
(pop 1)
