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
(declare-fun log!62 () Real)
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
 (let ((?x67 (- ?x9)))
 (let ((?x68 (/ ?x67 ?x18)))
 (let ((?x69 (+ 1.0 ?x68)))
 (let ((?x70 (- ?x69)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x55 (/ 1.0 exp!3)))
 (let ((?x72 (* ?x55 ?x71)))
 (let ((?x57 (- b)))
 (let ((?x66 (+ |f[1]| ?x57)))
 (let ((?x73 (* ?x66 ?x72)))
 (let ((?x60 (* |f[1]| 1.0)))
 (let ((?x58 (* ?x57 1.0)))
 (let ((?x61 (+ ?x58 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x63 (* ?x55 ?x62)))
 (let ((?x64 (+ ?x61 ?x63)))
 (let ((?x65 (* ?x55 ?x64)))
 (or (and (distinct ?x65 ?x73) true))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
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
(declare-fun log!62 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!90 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x74 (* 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x74)))
 (< 0.0 ?x75))))
(assert
 (let ((?x74 (* 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let (($x260 (= 0.0 ?x75)))
 (not $x260)))))
(assert
 (let ((?x74 (* 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x74)))
 (< 0.0 ?x75))))
(assert
 (let ((?x74 (* 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let (($x260 (= 0.0 ?x75)))
 (not $x260)))))
(assert
 (let ((?x74 (* 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let ((?x147 (/ ?x74 ?x75)))
 (let ((?x144 (- ?x147)))
 (let ((?x146 (+ 1.0 ?x144)))
 (let ((?x171 (/ ?x74 exp!5)))
 (let ((?x93 (* ?x171 ?x146)))
 (let ((?x57 (- b)))
 (let ((?x66 (+ |f[1]| ?x57)))
 (let ((?x156 (* ?x66 ?x93)))
 (let ((?x60 (* |f[1]| 1.0)))
 (let ((?x58 (* ?x57 1.0)))
 (let ((?x61 (+ ?x58 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x181 (* ?x171 ?x62)))
 (let ((?x183 (+ ?x61 ?x181)))
 (let ((?x145 (* ?x171 ?x183)))
 (or (and (distinct ?x145 ?x156) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!62 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!62)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!62 log!62)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!62 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!62)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x78 (< log!90 logits)))
 (= $x78 (< exp!4 exp!1))))
(assert
 (let (($x289 (< logits log!90)))
 (= $x289 (< exp!1 exp!4))))
(assert
 (let (($x284 (< log!90 log!62)))
 (= $x284 (< exp!4 exp!3))))
(assert
 (let (($x281 (< log!62 log!90)))
 (= $x281 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x290 (> log!90 0.0)))
 (= $x290 (> exp!4 1.0))))
(assert
 (let ((?x76 (+ 1.0 log!90)))
 (>= exp!4 ?x76)))
(assert
 (let ((?x74 (* 1.0 exp!1)))
 (let ((?x75 (+ 1.0 ?x74)))
 (let (($x103 (> ?x75 0.0)))
 (=> $x103 (= exp!4 ?x75))))))
(assert
 (let (($x78 (< log!90 logits)))
 (= $x78 (< exp!5 exp!1))))
(assert
 (let (($x289 (< logits log!90)))
 (= $x289 (< exp!1 exp!5))))
(assert
 (let (($x284 (< log!90 log!62)))
 (= $x284 (< exp!5 exp!3))))
(assert
 (let (($x281 (< log!62 log!90)))
 (= $x281 (< exp!3 exp!5))))
(assert
 (let (($x143 (< log!90 log!90)))
 (= $x143 (< exp!5 exp!4))))
(assert
 (let (($x143 (< log!90 log!90)))
 (= $x143 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x290 (> log!90 0.0)))
 (= $x290 (> exp!5 1.0))))
(assert
 (let ((?x76 (+ 1.0 log!90)))
 (>= exp!5 ?x76)))
(assert
 (let ((?x74 (* 1.0 exp!1)))
(let ((?x75 (+ 1.0 ?x74)))
(let (($x103 (> ?x75 0.0)))
(=> $x103 (= exp!5 ?x75))))))
(check-sat)
(pop 1)
