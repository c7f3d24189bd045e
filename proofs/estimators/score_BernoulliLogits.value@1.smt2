; certjax: rule estimators.score_BernoulliLogits, obligation 'value@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun |f[1]| () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x24 (- 1.0)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let ((?x26 (* 0.0 ?x25)))
 (let ((?x22 (+ (- 1.0) 1.0)))
 (let ((?x23 (* |f[1]| ?x22)))
 (let ((?x27 (+ ?x23 ?x26)))
 (or (and (distinct 0.0 ?x27) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun |f[1]| () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x28 (* 1.0 exp!1)))
 (let ((?x29 (+ 1.0 ?x28)))
 (< 0.0 ?x29))))
(assert
 (let ((?x24 (- 1.0)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let ((?x26 (* 0.0 ?x25)))
 (let ((?x22 (+ (- 1.0) 1.0)))
 (let ((?x23 (* |f[1]| ?x22)))
 (let ((?x27 (+ ?x23 ?x26)))
 (or (and (distinct 0.0 ?x27) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
