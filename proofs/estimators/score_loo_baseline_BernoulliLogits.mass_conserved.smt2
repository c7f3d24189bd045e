; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'mass_conserved', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!50 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x21 (= 0.0 ?x18)))
 (not $x21)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x62 (/ 1.0 exp!3)))
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let ((?x22 (- ?x9)))
 (let ((?x23 (/ ?x22 ?x18)))
 (let ((?x24 (+ 1.0 ?x23)))
 (let ((?x25 (- ?x24)))
 (let ((?x61 (+ 1.0 ?x25)))
 (let ((?x63 (* ?x61 ?x62)))
 (let ((?x59 (/ ?x9 exp!3)))
 (let ((?x60 (* ?x25 ?x59)))
 (let ((?x64 (+ ?x60 ?x63)))
 (or (and (distinct 0.0 ?x64) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x28 (< log!50 logits)))
 (= $x28 (< exp!2 exp!1))))
(assert
 (let (($x31 (< logits log!50)))
 (= $x31 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x35 (> log!50 0.0)))
 (= $x35 (> exp!2 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!50)))
 (>= exp!2 ?x38)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x40 (> ?x18 0.0)))
 (=> $x40 (= exp!2 ?x18))))))
(assert
 (let (($x28 (< log!50 logits)))
 (= $x28 (< exp!3 exp!1))))
(assert
 (let (($x31 (< logits log!50)))
 (= $x31 (< exp!1 exp!3))))
(assert
 (let (($x48 (< log!50 log!50)))
 (= $x48 (< exp!3 exp!2))))
(assert
 (let (($x48 (< log!50 log!50)))
 (= $x48 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x35 (> log!50 0.0)))
 (= $x35 (> exp!3 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!50)))
 (>= exp!3 ?x38)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x40 (> ?x18 0.0)))
(=> $x40 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!50 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!69 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let (($x69 (= 0.0 ?x66)))
 (not $x69)))))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (< 0.0 ?x66))))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x139 (/ ?x65 exp!5)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x266 (/ ?x65 ?x66)))
 (let ((?x273 (- ?x266)))
 (let ((?x181 (+ 1.0 ?x273)))
 (let ((?x147 (* ?x181 ?x139)))
 (let ((?x158 (/ 1.0 exp!5)))
 (let ((?x180 (* ?x273 ?x158)))
 (let ((?x149 (+ ?x180 ?x147)))
 (or (and (distinct 0.0 ?x149) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x28 (< log!50 logits)))
 (= $x28 (< exp!2 exp!1))))
(assert
 (let (($x31 (< logits log!50)))
 (= $x31 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x35 (> log!50 0.0)))
 (= $x35 (> exp!2 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!50)))
 (>= exp!2 ?x38)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x40 (> ?x18 0.0)))
 (=> $x40 (= exp!2 ?x18))))))
(assert
 (let (($x28 (< log!50 logits)))
 (= $x28 (< exp!3 exp!1))))
(assert
 (let (($x31 (< logits log!50)))
 (= $x31 (< exp!1 exp!3))))
(assert
 (let (($x48 (< log!50 log!50)))
 (= $x48 (< exp!3 exp!2))))
(assert
 (let (($x48 (< log!50 log!50)))
 (= $x48 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x35 (> log!50 0.0)))
 (= $x35 (> exp!3 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!50)))
 (>= exp!3 ?x38)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x40 (> ?x18 0.0)))
 (=> $x40 (= exp!3 ?x18))))))
(assert
 (let (($x202 (< log!69 logits)))
 (= $x202 (< exp!4 exp!1))))
(assert
 (let (($x216 (< logits log!69)))
 (= $x216 (< exp!1 exp!4))))
(assert
 (let (($x218 (< log!69 log!50)))
 (= $x218 (< exp!4 exp!3))))
(assert
 (let (($x210 (< log!50 log!69)))
 (= $x210 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x268 (> log!69 0.0)))
 (= $x268 (> exp!4 1.0))))
(assert
 (let ((?x244 (+ 1.0 log!69)))
 (>= exp!4 ?x244)))
(assert
 (let ((?x65 (* 1.0 exp!1)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let (($x67 (> ?x66 0.0)))
 (=> $x67 (= exp!4 ?x66))))))
(assert
 (let (($x202 (< log!69 logits)))
 (= $x202 (< exp!5 exp!1))))
(assert
 (let (($x216 (< logits log!69)))
 (= $x216 (< exp!1 exp!5))))
(assert
 (let (($x218 (< log!69 log!50)))
 (= $x218 (< exp!5 exp!3))))
(assert
 (let (($x210 (< log!50 log!69)))
 (= $x210 (< exp!3 exp!5))))
(assert
 (let (($x159 (< log!69 log!69)))
 (= $x159 (< exp!5 exp!4))))
(assert
 (let (($x159 (< log!69 log!69)))
 (= $x159 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x268 (> log!69 0.0)))
 (= $x268 (> exp!5 1.0))))
(assert
 (let ((?x244 (+ 1.0 log!69)))
 (>= exp!5 ?x244)))
(assert
 (let ((?x65 (* 1.0 exp!1)))
(let ((?x66 (+ 1.0 ?x65)))
(let (($x67 (> ?x66 0.0)))
(=> $x67 (= exp!5 ?x66))))))
(check-sat)
(pop 1)
