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
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x41 (+ logits log!30)))
 (let ((?x42 (- ?x41)))
 (let ((?x43 (+ logits ?x42)))
 (let ((?x44 (- ?x43)))
 (let ((?x45 (+ ?x43 ?x44)))
 (let ((?x22 (- b)))
 (let ((?x23 (+ |f[1]| ?x22)))
 (let ((?x46 (* ?x23 ?x45)))
 (or (and (distinct 0.0 ?x46) true)))))))))))
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
 (let ((?x47 (* 1.0 exp!1)))
 (let ((?x48 (+ 1.0 ?x47)))
 (< 0.0 ?x48))))
(assert
 (let ((?x59 (- log!40)))
 (let ((?x57 (+ logits ?x59)))
 (let ((?x55 (- ?x57)))
 (let ((?x54 (+ ?x57 ?x55)))
 (let ((?x22 (- b)))
 (let ((?x23 (+ |f[1]| ?x22)))
 (let ((?x53 (* ?x23 ?x54)))
 (or (and (distinct 0.0 ?x53) true))))))))))
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
