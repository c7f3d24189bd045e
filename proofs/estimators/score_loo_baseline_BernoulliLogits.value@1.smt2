; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'value@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!37 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x48 (- 1.0)))
 (let ((?x49 (+ 1.0 ?x48)))
 (let ((?x50 (* b ?x49)))
 (let ((?x45 (+ (- 1.0) 1.0)))
 (let ((?x46 (* |f[1]| ?x45)))
 (let ((?x51 (+ ?x46 ?x50)))
 (or (and (distinct 0.0 ?x51) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!37 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!53 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x53 (+ 1.0 ?x52)))
 (< 0.0 ?x53))))
(assert
 (let ((?x48 (- 1.0)))
 (let ((?x49 (+ 1.0 ?x48)))
 (let ((?x50 (* b ?x49)))
 (let ((?x45 (+ (- 1.0) 1.0)))
 (let ((?x46 (* |f[1]| ?x45)))
 (let ((?x51 (+ ?x46 ?x50)))
 (or (and (distinct 0.0 ?x51) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!37 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!53 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!53) (< exp!1 exp!3)))
(assert
 (= (< log!53 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!53) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!53 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!53)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
