; certjax: rule estimators.score_loo_baseline_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!63 () Real)
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
 (let ((?x69 (- ?x9)))
 (let ((?x70 (/ ?x69 ?x18)))
 (let ((?x71 (+ 1.0 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x73 (* ?x55 ?x72)))
 (let ((?x58 (- b)))
 (let ((?x68 (+ |f[0]| ?x58)))
 (let ((?x74 (* ?x68 ?x73)))
 (let ((?x61 (* |f[0]| 1.0)))
 (let ((?x59 (* ?x58 1.0)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x65 (* 0.0 ?x62)))
 (let ((?x63 (- ?x62)))
 (let ((?x56 (/ 1.0 exp!3)))
 (let ((?x64 (* ?x56 ?x63)))
 (let ((?x66 (+ ?x64 ?x65)))
 (let ((?x67 (* ?x55 ?x66)))
 (or (and (distinct ?x67 ?x74) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!63 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!63)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!63 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!63)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!63 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!63)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!63 log!63)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!63 log!63)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!63 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!63)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!63 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!91 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (< 0.0 ?x76))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let (($x269 (= 0.0 ?x76)))
 (not $x269)))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (< 0.0 ?x76))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let (($x269 (= 0.0 ?x76)))
 (not $x269)))))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let ((?x114 (/ ?x75 ?x76)))
 (let ((?x110 (- ?x114)))
 (let ((?x149 (/ 1.0 exp!5)))
 (let ((?x115 (* ?x149 ?x110)))
 (let ((?x58 (- b)))
 (let ((?x68 (+ |f[0]| ?x58)))
 (let ((?x107 (* ?x68 ?x115)))
 (let ((?x61 (* |f[0]| 1.0)))
 (let ((?x59 (* ?x58 1.0)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x65 (* 0.0 ?x62)))
 (let ((?x63 (- ?x62)))
 (let ((?x94 (/ ?x75 exp!5)))
 (let ((?x165 (* ?x94 ?x63)))
 (let ((?x167 (+ ?x165 ?x65)))
 (let ((?x113 (* ?x149 ?x167)))
 (or (and (distinct ?x113 ?x107) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!63 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!63)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!63 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!63)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!63 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!63)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!63 log!63)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!63 log!63)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!63 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!63)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x79 (< log!91 logits)))
 (= $x79 (< exp!4 exp!1))))
(assert
 (let (($x317 (< logits log!91)))
 (= $x317 (< exp!1 exp!4))))
(assert
 (let (($x309 (< log!91 log!63)))
 (= $x309 (< exp!4 exp!3))))
(assert
 (let (($x305 (< log!63 log!91)))
 (= $x305 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x307 (> log!91 0.0)))
 (= $x307 (> exp!4 1.0))))
(assert
 (let ((?x314 (+ 1.0 log!91)))
 (>= exp!4 ?x314)))
(assert
 (let ((?x75 (* 1.0 exp!1)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let (($x300 (> ?x76 0.0)))
 (=> $x300 (= exp!4 ?x76))))))
(assert
 (let (($x79 (< log!91 logits)))
 (= $x79 (< exp!5 exp!1))))
(assert
 (let (($x317 (< logits log!91)))
 (= $x317 (< exp!1 exp!5))))
(assert
 (let (($x309 (< log!91 log!63)))
 (= $x309 (< exp!5 exp!3))))
(assert
 (let (($x305 (< log!63 log!91)))
 (= $x305 (< exp!3 exp!5))))
(assert
 (let (($x173 (< log!91 log!91)))
 (= $x173 (< exp!5 exp!4))))
(assert
 (let (($x173 (< log!91 log!91)))
 (= $x173 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x307 (> log!91 0.0)))
 (= $x307 (> exp!5 1.0))))
(assert
 (let ((?x314 (+ 1.0 log!91)))
 (>= exp!5 ?x314)))
(assert
 (let ((?x75 (* 1.0 exp!1)))
(let ((?x76 (+ 1.0 ?x75)))
(let (($x300 (> ?x76 0.0)))
(=> $x300 (= exp!5 ?x76))))))
(check-sat)
(pop 1)
