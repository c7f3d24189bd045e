; certjax: rule estimators.enumerate_BernoulliLogits, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
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
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (= 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x20)))
 (< 0.0 ?x24))))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x20)))
 (let (($x43 (= 0.0 ?x24)))
 (not $x43)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
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
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x20)))
 (< 0.0 ?x24))))
(assert
 (let ((?x20 (* 1.0 exp!1)))
 (let ((?x24 (+ 1.0 ?x20)))
 (let (($x43 (= 0.0 ?x24)))
 (not $x43)))))
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
