; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'mass_conserved', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!51 () Real)
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
 (= (< log!51 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!51) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!51 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!51)))
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
(declare-fun log!51 () Real)
(declare-fun log!70 () Real)
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
 (let ((?x76 (/ ?x53 exp!3)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x217 (/ ?x53 ?x54)))
 (let ((?x224 (- ?x217)))
 (let ((?x95 (+ 1.0 ?x224)))
 (let ((?x135 (* ?x95 ?x76)))
 (let ((?x93 (/ 1.0 exp!3)))
 (let ((?x94 (* ?x224 ?x93)))
 (let ((?x136 (+ ?x94 ?x135)))
 (or (and (distinct 0.0 ?x136) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!51 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!51) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!51 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!51)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!70 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!70) (< exp!1 exp!3)))
(assert
 (= (< log!70 log!51) (< exp!3 exp!2)))
(assert
 (= (< log!51 log!70) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!70 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!70)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
