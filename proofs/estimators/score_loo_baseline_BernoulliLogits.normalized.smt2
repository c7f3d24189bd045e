; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'normalized', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!28 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x54 (/ 1.0 exp!3)))
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x53 (/ ?x9 exp!3)))
 (let ((?x55 (+ ?x53 ?x54)))
 (or (and (distinct 1.0 ?x55) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x22 (< log!28 logits)))
 (= $x22 (< exp!2 exp!1))))
(assert
 (let (($x25 (< logits log!28)))
 (= $x25 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> log!28 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!28)))
 (>= exp!2 ?x32)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x34 (> ?x18 0.0)))
 (=> $x34 (= exp!2 ?x18))))))
(assert
 (let (($x22 (< log!28 logits)))
 (= $x22 (< exp!3 exp!1))))
(assert
 (let (($x25 (< logits log!28)))
 (= $x25 (< exp!1 exp!3))))
(assert
 (let (($x42 (< log!28 log!28)))
 (= $x42 (< exp!3 exp!2))))
(assert
 (let (($x42 (< log!28 log!28)))
 (= $x42 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x29 (> log!28 0.0)))
 (= $x29 (> exp!3 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!28)))
 (>= exp!3 ?x32)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x34 (> ?x18 0.0)))
(=> $x34 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!28 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!38 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (< 0.0 ?x57))))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x99 (/ ?x56 exp!5)))
 (let ((?x98 (/ 1.0 exp!5)))
 (let ((?x75 (+ ?x98 ?x99)))
 (or (and (distinct 1.0 ?x75) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x22 (< log!28 logits)))
 (= $x22 (< exp!2 exp!1))))
(assert
 (let (($x25 (< logits log!28)))
 (= $x25 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> log!28 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!28)))
 (>= exp!2 ?x32)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x34 (> ?x18 0.0)))
 (=> $x34 (= exp!2 ?x18))))))
(assert
 (let (($x22 (< log!28 logits)))
 (= $x22 (< exp!3 exp!1))))
(assert
 (let (($x25 (< logits log!28)))
 (= $x25 (< exp!1 exp!3))))
(assert
 (let (($x42 (< log!28 log!28)))
 (= $x42 (< exp!3 exp!2))))
(assert
 (let (($x42 (< log!28 log!28)))
 (= $x42 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x29 (> log!28 0.0)))
 (= $x29 (> exp!3 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!28)))
 (>= exp!3 ?x32)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x34 (> ?x18 0.0)))
 (=> $x34 (= exp!3 ?x18))))))
(assert
 (let (($x209 (< log!38 logits)))
 (= $x209 (< exp!4 exp!1))))
(assert
 (let (($x167 (< logits log!38)))
 (= $x167 (< exp!1 exp!4))))
(assert
 (let (($x175 (< log!38 log!28)))
 (= $x175 (< exp!4 exp!3))))
(assert
 (let (($x207 (< log!28 log!38)))
 (= $x207 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x200 (> log!38 0.0)))
 (= $x200 (> exp!4 1.0))))
(assert
 (let ((?x120 (+ 1.0 log!38)))
 (>= exp!4 ?x120)))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let (($x84 (> ?x57 0.0)))
 (=> $x84 (= exp!4 ?x57))))))
(assert
 (let (($x209 (< log!38 logits)))
 (= $x209 (< exp!5 exp!1))))
(assert
 (let (($x167 (< logits log!38)))
 (= $x167 (< exp!1 exp!5))))
(assert
 (let (($x175 (< log!38 log!28)))
 (= $x175 (< exp!5 exp!3))))
(assert
 (let (($x207 (< log!28 log!38)))
 (= $x207 (< exp!3 exp!5))))
(assert
 (let (($x132 (< log!38 log!38)))
 (= $x132 (< exp!5 exp!4))))
(assert
 (let (($x132 (< log!38 log!38)))
 (= $x132 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x200 (> log!38 0.0)))
 (= $x200 (> exp!5 1.0))))
(assert
 (let ((?x120 (+ 1.0 log!38)))
 (>= exp!5 ?x120)))
(assert
 (let ((?x56 (* 1.0 exp!1)))
(let ((?x57 (+ 1.0 ?x56)))
(let (($x84 (> ?x57 0.0)))
(=> $x84 (= exp!5 ?x57))))))
(check-sat)
(pop 1)
