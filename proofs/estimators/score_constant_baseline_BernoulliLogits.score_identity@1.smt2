; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'score_identity@1', verdict proved
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
(declare-fun log!65 () Real)
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
 (= (< log!65 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!65) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!65 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!65)))
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
(declare-fun log!65 () Real)
(declare-fun log!93 () Real)
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
 (let ((?x134 (/ ?x64 ?x65)))
 (let ((?x139 (- ?x134)))
 (let ((?x136 (+ 1.0 ?x139)))
 (let ((?x113 (/ ?x64 exp!3)))
 (let ((?x142 (* ?x113 ?x136)))
 (let ((?x44 (- b)))
 (let ((?x56 (+ |f[1]| ?x44)))
 (let ((?x159 (* ?x56 ?x142)))
 (let ((?x49 (* |f[1]| 1.0)))
 (let ((?x47 (* ?x44 1.0)))
 (let ((?x50 (+ ?x47 ?x49)))
 (let ((?x51 (- ?x50)))
 (let ((?x91 (* ?x113 ?x51)))
 (let ((?x121 (+ ?x50 ?x91)))
 (let ((?x122 (* ?x113 ?x121)))
 (or (and (distinct ?x122 ?x159) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!65 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!65) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!65 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!65)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!93 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!93) (< exp!1 exp!3)))
(assert
 (= (< log!93 log!65) (< exp!3 exp!2)))
(assert
 (= (< log!65 log!93) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!93 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!93)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
