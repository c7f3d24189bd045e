; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@1', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!59 () Real)
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
 (let ((?x70 (* |f[1]| ?x69)))
 (let ((?x58 (* |f[1]| 1.0)))
 (let ((?x56 (* 0.0 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (* ?x55 ?x60)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x63 (* ?x55 ?x62)))
 (or (and (distinct ?x63 ?x70) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!59 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!59)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!59 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!59)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!59 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!59)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!59 log!59)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!59 log!59)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!59 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!59)))
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
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!59 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!87 () Real)
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
 (let (($x232 (= 0.0 ?x72)))
 (not $x232)))))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (< 0.0 ?x72))))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (let (($x232 (= 0.0 ?x72)))
 (not $x232)))))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (let ((?x139 (/ ?x71 ?x72)))
 (let ((?x143 (- ?x139)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let ((?x178 (/ ?x71 exp!5)))
 (let ((?x145 (* ?x178 ?x144)))
 (let ((?x147 (* |f[1]| ?x145)))
 (let ((?x58 (* |f[1]| 1.0)))
 (let ((?x56 (* 0.0 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x179 (* ?x178 ?x60)))
 (let ((?x176 (+ ?x59 ?x179)))
 (let ((?x177 (* ?x178 ?x176)))
 (or (and (distinct ?x177 ?x147) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!59 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!59)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!59 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!59)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!59 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!59)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!59 log!59)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!59 log!59)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!59 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!59)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x75 (< log!87 logits)))
 (= $x75 (< exp!4 exp!1))))
(assert
 (let (($x262 (< logits log!87)))
 (= $x262 (< exp!1 exp!4))))
(assert
 (let (($x257 (< log!87 log!59)))
 (= $x257 (< exp!4 exp!3))))
(assert
 (let (($x254 (< log!59 log!87)))
 (= $x254 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x263 (> log!87 0.0)))
 (= $x263 (> exp!4 1.0))))
(assert
 (let ((?x73 (+ 1.0 log!87)))
 (>= exp!4 ?x73)))
(assert
 (let ((?x71 (* 1.0 exp!1)))
 (let ((?x72 (+ 1.0 ?x71)))
 (let (($x138 (> ?x72 0.0)))
 (=> $x138 (= exp!4 ?x72))))))
(assert
 (let (($x75 (< log!87 logits)))
 (= $x75 (< exp!5 exp!1))))
(assert
 (let (($x262 (< logits log!87)))
 (= $x262 (< exp!1 exp!5))))
(assert
 (let (($x257 (< log!87 log!59)))
 (= $x257 (< exp!5 exp!3))))
(assert
 (let (($x254 (< log!59 log!87)))
 (= $x254 (< exp!3 exp!5))))
(assert
 (let (($x109 (< log!87 log!87)))
 (= $x109 (< exp!5 exp!4))))
(assert
 (let (($x109 (< log!87 log!87)))
 (= $x109 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x263 (> log!87 0.0)))
 (= $x263 (> exp!5 1.0))))
(assert
 (let ((?x73 (+ 1.0 log!87)))
 (>= exp!5 ?x73)))
(assert
 (let ((?x71 (* 1.0 exp!1)))
(let ((?x72 (+ 1.0 ?x71)))
(let (($x138 (> ?x72 0.0)))
(=> $x138 (= exp!5 ?x72))))))
(check-sat)
(pop 1)
