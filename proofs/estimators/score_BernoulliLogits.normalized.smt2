; certjax: rule estimators.score_BernoulliLogits, obligation 'normalized', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!28 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x19 (+ 1.0 ?x18)))
 (< 0.0 ?x19))))
(assert
 (let ((?x42 (/ 1.0 exp!2)))
 (let ((?x18 (/ 1.0 exp!1)))
 (let ((?x41 (/ ?x18 exp!2)))
 (let ((?x43 (+ ?x41 ?x42)))
 (or (and (distinct 1.0 ?x43) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!28 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
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
(declare-fun log!28 () Real)
(declare-fun log!38 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x44 (* 1.0 exp!1)))
 (let ((?x45 (+ 1.0 ?x44)))
 (< 0.0 ?x45))))
(assert
 (let ((?x44 (* 1.0 exp!1)))
 (let ((?x95 (/ ?x44 exp!3)))
 (let ((?x98 (/ 1.0 exp!3)))
 (let ((?x96 (+ ?x98 ?x95)))
 (or (and (distinct 1.0 ?x96) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (= (< log!28 logits) (< exp!2 exp!1)))
(assert
 (= (< logits log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!2 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< log!38 logits) (< exp!3 exp!1)))
(assert
 (= (< logits log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
