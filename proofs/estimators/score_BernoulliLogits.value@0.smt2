; certjax: rule estimators.score_BernoulliLogits, obligation 'value@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!33 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x45 (- 1.0)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x47 (* 0.0 ?x46)))
 (let ((?x43 (+ (- 1.0) 1.0)))
 (let ((?x44 (* |f[0]| ?x43)))
 (let ((?x48 (+ ?x44 ?x47)))
 (or (and (distinct 0.0 ?x48) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!33 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!47 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x49 (* 1.0 exp!1)))
 (let ((?x50 (+ 1.0 ?x49)))
 (< 0.0 ?x50))))
(assert
 (let ((?x45 (- 1.0)))
 (let ((?x46 (+ 1.0 ?x45)))
 (let ((?x47 (* 0.0 ?x46)))
 (let ((?x43 (+ (- 1.0) 1.0)))
 (let ((?x44 (* |f[0]| ?x43)))
 (let ((?x48 (+ ?x44 ?x47)))
 (or (and (distinct 0.0 ?x48) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!33 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!47 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!47) (< exp!1 exp!3)))
(assert
 (= (< log!47 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!47) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!47 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!47)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
