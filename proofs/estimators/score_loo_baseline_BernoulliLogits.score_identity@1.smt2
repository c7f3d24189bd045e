; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun log!66 () Real)
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
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x23 (= 0.0 ?x19)))
 (not $x23)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x57 (- ?x18)))
 (let ((?x58 (/ ?x57 ?x19)))
 (let ((?x59 (+ 1.0 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (+ 1.0 ?x60)))
 (let ((?x52 (/ 1.0 exp!2)))
 (let ((?x62 (* ?x52 ?x61)))
 (let ((?x44 (- b)))
 (let ((?x56 (+ |f[1]| ?x44)))
 (let ((?x63 (* ?x56 ?x62)))
 (let ((?x49 (* |f[1]| 1.0)))
 (let ((?x47 (* ?x44 1.0)))
 (let ((?x50 (+ ?x47 ?x49)))
 (let ((?x51 (- ?x50)))
 (let ((?x53 (* ?x52 ?x51)))
 (let ((?x54 (+ ?x50 ?x53)))
 (let ((?x55 (* ?x52 ?x54)))
 (or (and (distinct ?x55 ?x63) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!66 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!66) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!66 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!66)))
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
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!66 () Real)
(declare-fun log!94 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (< 0.0 ?x65))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (let (($x219 (= 0.0 ?x65)))
 (not $x219)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (< 0.0 ?x65))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (let (($x219 (= 0.0 ?x65)))
 (not $x219)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (let ((?x114 (/ ?x64 ?x65)))
 (let ((?x99 (- ?x114)))
 (let ((?x113 (+ 1.0 ?x99)))
 (let ((?x162 (/ ?x64 exp!3)))
 (let ((?x91 (* ?x162 ?x113)))
 (let ((?x44 (- b)))
 (let ((?x56 (+ |f[1]| ?x44)))
 (let ((?x121 (* ?x56 ?x91)))
 (let ((?x49 (* |f[1]| 1.0)))
 (let ((?x47 (* ?x44 1.0)))
 (let ((?x50 (+ ?x47 ?x49)))
 (let ((?x51 (- ?x50)))
 (let ((?x155 (* ?x162 ?x51)))
 (let ((?x158 (+ ?x50 ?x155)))
 (let ((?x102 (* ?x162 ?x158)))
 (or (and (distinct ?x102 ?x121) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!66 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!66) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!66 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!66)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!94 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!94) (< exp!1 exp!3)))
(assert
 (= (< log!94 log!66) (< exp!3 exp!2)))
(assert
 (= (< log!66 log!94) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!94 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!94)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
