; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
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
 (let ((?x58 (- ?x18)))
 (let ((?x59 (/ ?x58 ?x19)))
 (let ((?x60 (+ 1.0 ?x59)))
 (let ((?x61 (- ?x60)))
 (let ((?x55 (/ ?x18 exp!2)))
 (let ((?x62 (* ?x55 ?x61)))
 (let ((?x44 (- b)))
 (let ((?x57 (+ |f[0]| ?x44)))
 (let ((?x63 (* ?x57 ?x62)))
 (let ((?x48 (* |f[0]| 1.0)))
 (let ((?x46 (* ?x44 1.0)))
 (let ((?x49 (+ ?x46 ?x48)))
 (let ((?x53 (* 0.0 ?x49)))
 (let ((?x50 (- ?x49)))
 (let ((?x51 (/ 1.0 exp!2)))
 (let ((?x52 (* ?x51 ?x50)))
 (let ((?x54 (+ ?x52 ?x53)))
 (let ((?x56 (* ?x55 ?x54)))
 (or (and (distinct ?x56 ?x63) true)))))))))))))))))))))))
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
(declare-fun |f[0]| () Real)
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
 (let (($x221 (= 0.0 ?x65)))
 (not $x221)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (< 0.0 ?x65))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (let (($x221 (= 0.0 ?x65)))
 (not $x221)))))
(assert
 (let ((?x64 (* 1.0 exp!1)))
 (let ((?x65 (+ 1.0 ?x64)))
 (let ((?x107 (/ ?x64 ?x65)))
 (let ((?x99 (- ?x107)))
 (let ((?x105 (/ 1.0 exp!3)))
 (let ((?x96 (* ?x105 ?x99)))
 (let ((?x44 (- b)))
 (let ((?x57 (+ |f[0]| ?x44)))
 (let ((?x100 (* ?x57 ?x96)))
 (let ((?x48 (* |f[0]| 1.0)))
 (let ((?x46 (* ?x44 1.0)))
 (let ((?x49 (+ ?x46 ?x48)))
 (let ((?x53 (* 0.0 ?x49)))
 (let ((?x50 (- ?x49)))
 (let ((?x92 (/ ?x64 exp!3)))
 (let ((?x93 (* ?x92 ?x50)))
 (let ((?x102 (+ ?x93 ?x53)))
 (let ((?x106 (* ?x105 ?x102)))
 (or (and (distinct ?x106 ?x100) true)))))))))))))))))))))
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
