; certjax: rule estimators.enumerate_BernoulliLogits, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
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
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x46 (* |f[1]| ?x45)))
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x41 (/ ?x18 exp!2)))
 (let ((?x42 (* |f[0]| ?x41)))
 (let ((?x47 (+ ?x42 ?x46)))
 (or (and (distinct ?x47 ?x47) true)))))))))
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
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!33 () Real)
(declare-fun log!45 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x48 (* 1.0 exp!1)))
 (let ((?x49 (+ 1.0 ?x48)))
 (< 0.0 ?x49))))
(assert
 (let ((?x48 (* 1.0 exp!1)))
 (let ((?x49 (+ 1.0 ?x48)))
 (< 0.0 ?x49))))
(assert
 (let ((?x48 (* 1.0 exp!1)))
 (let ((?x100 (/ ?x48 exp!3)))
 (let ((?x101 (* |f[1]| ?x100)))
 (let ((?x94 (/ 1.0 exp!3)))
 (let ((?x109 (* |f[0]| ?x94)))
 (let ((?x80 (+ ?x109 ?x101)))
 (or (and (distinct ?x80 ?x80) true)))))))))
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
 (= (< log!45 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!45) (< exp!1 exp!3)))
(assert
 (= (< log!45 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!45) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!45 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!45)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
