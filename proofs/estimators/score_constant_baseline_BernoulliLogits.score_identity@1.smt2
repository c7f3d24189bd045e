; certjax: rule estimators.score_constant_baseline_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!53 () Real)
(assert
 true)
(assert
 (< 0.0 logits))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (< 0.0 ?x18))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x22 (= 0.0 ?x18)))
 (not $x22)))))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let ((?x64 (- ?x9)))
 (let ((?x65 (/ ?x64 ?x18)))
 (let ((?x66 (+ 1.0 ?x65)))
 (let ((?x67 (- ?x66)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let ((?x55 (/ 1.0 exp!3)))
 (let ((?x69 (* ?x55 ?x68)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[1]| ?x58)))
 (let ((?x70 (* ?x59 ?x69)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (* ?x60 ?x55)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x63 (* ?x55 ?x62)))
 (or (and (distinct ?x63 ?x70) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!53 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!53)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!53 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!53)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!53 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!53)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!53 log!53)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!53 log!53)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!53 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!53)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x36 (> ?x18 0.0)))
(=> $x36 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!53 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!74 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (< 0.0 ?x72))))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (let (($x256 (= 0.0 ?x72)))
 (not $x256)))))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (< 0.0 ?x72))))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (let (($x256 (= 0.0 ?x72)))
 (not $x256)))))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (let ((?x90 (/ ?x71 ?x72)))
 (let ((?x153 (- ?x90)))
 (let ((?x155 (+ 1.0 ?x153)))
 (let ((?x102 (/ ?x71 exp!5)))
 (let ((?x218 (* ?x102 ?x155)))
 (let ((?x58 (- b)))
 (let ((?x59 (+ |f[1]| ?x58)))
 (let ((?x219 (* ?x59 ?x218)))
 (let ((?x60 (- ?x59)))
 (let ((?x106 (* ?x60 ?x102)))
 (let ((?x107 (+ ?x59 ?x106)))
 (let ((?x108 (* ?x102 ?x107)))
 (or (and (distinct ?x108 ?x219) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!53 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!53)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!53 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!53)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!53 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!53)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!53 log!53)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!53 log!53)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!53 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!53)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x75 (< log!74 logits)))
 (= $x75 (< exp!4 exp!1))))
(assert
 (let (($x285 (< logits log!74)))
 (= $x285 (< exp!1 exp!4))))
(assert
 (let (($x280 (< log!74 log!53)))
 (= $x280 (< exp!4 exp!3))))
(assert
 (let (($x277 (< log!53 log!74)))
 (= $x277 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x286 (> log!74 0.0)))
 (= $x286 (> exp!4 1.0))))
(assert
 (let ((?x73 (+ 1.0 log!74)))
 (>= exp!4 ?x73)))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (let (($x111 (> ?x72 0.0)))
 (=> $x111 (= exp!4 ?x72))))))
(assert
 (let (($x75 (< log!74 logits)))
 (= $x75 (< exp!5 exp!1))))
(assert
 (let (($x285 (< logits log!74)))
 (= $x285 (< exp!1 exp!5))))
(assert
 (let (($x280 (< log!74 log!53)))
 (= $x280 (< exp!5 exp!3))))
(assert
 (let (($x277 (< log!53 log!74)))
 (= $x277 (< exp!3 exp!5))))
(assert
 (let (($x123 (< log!74 log!74)))
 (= $x123 (< exp!5 exp!4))))
(assert
 (let (($x123 (< log!74 log!74)))
 (= $x123 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x286 (> log!74 0.0)))
 (= $x286 (> exp!5 1.0))))
(assert
 (let ((?x73 (+ 1.0 log!74)))
 (>= exp!5 ?x73)))
(assert
 (let ((?x71 (* 1.0 exp!1)))
(let ((?x72 (+ 1.0 ?x71)))
(let (($x111 (> ?x72 0.0)))
(=> $x111 (= exp!5 ?x72))))))
(check-sat)
(pop 1)
