; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'value@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x25 (- 1.0)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x27 (* b ?x26)))
 (let ((?x22 (+ (- 1.0) 1.0)))
 (let ((?x23 (* |f[0]| ?x22)))
 (let ((?x28 (+ ?x23 ?x27)))
 (or (and (distinct 0.0 ?x28) true)))))))))
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
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x29 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x29)))
 (< 0.0 ?x30))))
(assert
 (let ((?x25 (- 1.0)))
 (let ((?x26 (+ 1.0 ?x25)))
 (let ((?x27 (* b ?x26)))
 (let ((?x22 (+ (- 1.0) 1.0)))
 (let ((?x23 (* |f[0]| ?x22)))
 (let ((?x28 (+ ?x23 ?x27)))
 (or (and (distinct 0.0 ?x28) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(check-sat)
(pop 1)
