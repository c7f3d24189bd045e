; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'mass_conserved', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!52 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let (($x22 (= 0.0 ?x19)))
 (not $x22)))))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x50 (/ 1.0 exp!2)))
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (let ((?x23 (- ?x18)))
 (let ((?x24 (/ ?x23 ?x19)))
 (let ((?x25 (+ 1.0 ?x24)))
 (let ((?x26 (- ?x25)))
 (let ((?x48 (+ 1.0 ?x26)))
 (let ((?x51 (* ?x48 ?x50)))
 (let ((?x46 (/ ?x18 exp!2)))
 (let ((?x47 (* ?x26 ?x46)))
 (let ((?x52 (+ ?x47 ?x51)))
 (or (and (distinct 0.0 ?x52) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!52 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!52) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!52 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!52)))
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
(declare-fun exp!2 () Real)
(declare-fun log!52 () Real)
(declare-fun log!71 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x53 (* 1.0 exp!1)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let (($x57 (= 0.0 ?x54)))
 (not $x57)))))
(assert
 (let ((?x53 (* 1.0 exp!1)))
 (let ((?x54 (+ 1.0 ?x53)))
 (< 0.0 ?x54))))
(assert
 (let ((?x53 (* 1.0 exp!1)))
 (let ((?x81 (/ ?x53 exp!3)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x217 (/ ?x53 ?x54)))
 (let ((?x224 (- ?x217)))
 (let ((?x123 (+ 1.0 ?x224)))
 (let ((?x82 (* ?x123 ?x81)))
 (let ((?x120 (/ 1.0 exp!3)))
 (let ((?x121 (* ?x224 ?x120)))
 (let ((?x92 (+ ?x121 ?x82)))
 (or (and (distinct 0.0 ?x92) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!52 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!52) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!52 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!52)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!71 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!71) (< exp!1 exp!3)))
(assert
 (= (< log!71 log!52) (< exp!3 exp!2)))
(assert
 (= (< log!52 log!71) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!71 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!71)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
