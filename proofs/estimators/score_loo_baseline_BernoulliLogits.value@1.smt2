; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'value@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!30 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x42 (+ logits log!30)))
 (let ((?x43 (- ?x42)))
 (let ((?x44 (+ logits ?x43)))
 (let ((?x45 (- ?x44)))
 (let ((?x46 (+ ?x44 ?x45)))
 (let ((?x23 (- b)))
 (let ((?x24 (+ |f[1]| ?x23)))
 (let ((?x47 (* ?x24 ?x46)))
 (or (and (distinct 0.0 ?x47) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!30 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun log!40 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x48 (* 1.0 exp!1)))
 (let ((?x49 (+ 1.0 ?x48)))
 (< 0.0 ?x49))))
(assert
 (let ((?x60 (- log!40)))
 (let ((?x58 (+ logits ?x60)))
 (let ((?x56 (- ?x58)))
 (let ((?x55 (+ ?x58 ?x56)))
 (let ((?x23 (- b)))
 (let ((?x24 (+ |f[1]| ?x23)))
 (let ((?x54 (* ?x24 ?x55)))
 (or (and (distinct 0.0 ?x54) true))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!30 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!40 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
