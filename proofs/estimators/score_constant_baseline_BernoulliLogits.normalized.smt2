; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'normalized', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!26 () Real)
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
 (let (($x22 (< log!26 logits)))
 (= $x22 (< exp!2 exp!1))))
(assert
 (let (($x25 (< logits log!26)))
 (= $x25 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> log!26 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!26)))
 (>= exp!2 ?x32)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x34 (> ?x18 0.0)))
 (=> $x34 (= exp!2 ?x18))))))
(assert
 (let (($x22 (< log!26 logits)))
 (= $x22 (< exp!3 exp!1))))
(assert
 (let (($x25 (< logits log!26)))
 (= $x25 (< exp!1 exp!3))))
(assert
 (let (($x42 (< log!26 log!26)))
 (= $x42 (< exp!3 exp!2))))
(assert
 (let (($x42 (< log!26 log!26)))
 (= $x42 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x29 (> log!26 0.0)))
 (= $x29 (> exp!3 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!26)))
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
(declare-fun log!26 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!36 () Real)
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
 (let ((?x129 (/ ?x56 exp!5)))
 (let ((?x128 (/ 1.0 exp!5)))
 (let ((?x151 (+ ?x128 ?x129)))
 (or (and (distinct 1.0 ?x151) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x22 (< log!26 logits)))
 (= $x22 (< exp!2 exp!1))))
(assert
 (let (($x25 (< logits log!26)))
 (= $x25 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> log!26 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!26)))
 (>= exp!2 ?x32)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x34 (> ?x18 0.0)))
 (=> $x34 (= exp!2 ?x18))))))
(assert
 (let (($x22 (< log!26 logits)))
 (= $x22 (< exp!3 exp!1))))
(assert
 (let (($x25 (< logits log!26)))
 (= $x25 (< exp!1 exp!3))))
(assert
 (let (($x42 (< log!26 log!26)))
 (= $x42 (< exp!3 exp!2))))
(assert
 (let (($x42 (< log!26 log!26)))
 (= $x42 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x29 (> log!26 0.0)))
 (= $x29 (> exp!3 1.0))))
(assert
 (let ((?x32 (+ 1.0 log!26)))
 (>= exp!3 ?x32)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x34 (> ?x18 0.0)))
 (=> $x34 (= exp!3 ?x18))))))
(assert
 (let (($x209 (< log!36 logits)))
 (= $x209 (< exp!4 exp!1))))
(assert
 (let (($x167 (< logits log!36)))
 (= $x167 (< exp!1 exp!4))))
(assert
 (let (($x175 (< log!36 log!26)))
 (= $x175 (< exp!4 exp!3))))
(assert
 (let (($x207 (< log!26 log!36)))
 (= $x207 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x200 (> log!36 0.0)))
 (= $x200 (> exp!4 1.0))))
(assert
 (let ((?x85 (+ 1.0 log!36)))
 (>= exp!4 ?x85)))
(assert
 (let ((?x56 (* 1.0 exp!1)))
 (let ((?x57 (+ 1.0 ?x56)))
 (let (($x83 (> ?x57 0.0)))
 (=> $x83 (= exp!4 ?x57))))))
(assert
 (let (($x209 (< log!36 logits)))
 (= $x209 (< exp!5 exp!1))))
(assert
 (let (($x167 (< logits log!36)))
 (= $x167 (< exp!1 exp!5))))
(assert
 (let (($x175 (< log!36 log!26)))
 (= $x175 (< exp!5 exp!3))))
(assert
 (let (($x207 (< log!26 log!36)))
 (= $x207 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!36 log!36)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!36 log!36)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x200 (> log!36 0.0)))
 (= $x200 (> exp!5 1.0))))
(assert
 (let ((?x85 (+ 1.0 log!36)))
 (>= exp!5 ?x85)))
(assert
 (let ((?x56 (* 1.0 exp!1)))
(let ((?x57 (+ 1.0 ?x56)))
(let (($x83 (> ?x57 0.0)))
(=> $x83 (= exp!5 ?x57))))))
(check-sat)
(pop 1)
