; certjax: rule estimators.enumerate_BernoulliLogits, obligation 'defined', verdict proved
; 30 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!2 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 3 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 4 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 5 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 6 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 7 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 8 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 9 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 10 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 11 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!2 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 12 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 13 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 14 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 15 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 16 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 17 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (= 0.0 ?x18))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 18 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 19 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 20 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (< 0.0 ?x18))))
(assert
 (let ((?x15 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x15)))
 (let (($x46 (= 0.0 ?x18)))
 (not $x46)))))
(assert
 (not (and (< 0.0 (+ 1.0 (/ 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 21 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!2 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (= 0.0 ?x77))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 22 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (> 0.0 unknown!4))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 23 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (= 0.0 ?x77))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 24 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 25 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 26 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (= 0.0 unknown!4))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 27 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (= 0.0 ?x77))))
(assert
 (= 0.0 unknown!1))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 28 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (> 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 29 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (= 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 30 of 30
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (< 0.0 unknown!4))
(assert
 (< 0.0 unknown!2))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (< 0.0 ?x77))))
(assert
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x77 (+ 1.0 ?x59)))
 (let (($x65 (= 0.0 ?x77)))
 (not $x65)))))
(assert
 (not (and (< 0.0 (+ 1.0 (* 1.0 exp!1))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
