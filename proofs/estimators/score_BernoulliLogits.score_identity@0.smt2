; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!64 () Real)
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
 (let ((?x55 (- ?x18)))
 (let ((?x56 (/ ?x55 ?x19)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let ((?x58 (- ?x57)))
 (let ((?x53 (/ ?x18 exp!2)))
 (let ((?x59 (* ?x53 ?x58)))
 (let ((?x60 (* |f[0]| ?x59)))
 (let ((?x46 (* |f[0]| 1.0)))
 (let ((?x44 (* 0.0 1.0)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x51 (* 0.0 ?x47)))
 (let ((?x48 (- ?x47)))
 (let ((?x49 (/ 1.0 exp!2)))
 (let ((?x50 (* ?x49 ?x48)))
 (let ((?x52 (+ ?x50 ?x51)))
 (let ((?x54 (* ?x53 ?x52)))
 (or (and (distinct ?x54 ?x60) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!64 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!64) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!64 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!64)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!64 () Real)
(declare-fun log!92 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (< 0.0 ?x62))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let (($x195 (= 0.0 ?x62)))
 (not $x195)))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (< 0.0 ?x62))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let (($x195 (= 0.0 ?x62)))
 (not $x195)))))
(assert
 (let ((?x61 (* 1.0 exp!1)))
 (let ((?x62 (+ 1.0 ?x61)))
 (let ((?x119 (/ ?x61 ?x62)))
 (let ((?x124 (- ?x119)))
 (let ((?x99 (/ 1.0 exp!3)))
 (let ((?x123 (* ?x99 ?x124)))
 (let ((?x125 (* |f[0]| ?x123)))
 (let ((?x46 (* |f[0]| 1.0)))
 (let ((?x44 (* 0.0 1.0)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x51 (* 0.0 ?x47)))
 (let ((?x48 (- ?x47)))
 (let ((?x116 (/ ?x61 exp!3)))
 (let ((?x117 (* ?x116 ?x48)))
 (let ((?x98 (+ ?x117 ?x51)))
 (let ((?x118 (* ?x99 ?x98)))
 (or (and (distinct ?x118 ?x125) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!64 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!64) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!64 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!64)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!92 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!92) (< exp!1 exp!3)))
(assert
 (= (< log!92 log!64) (< exp!3 exp!2)))
(assert
 (= (< log!64 log!92) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!92 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!92)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
