; certjax: rule estimators.score_BernoulliLogits, obligation 'score_identity@0', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!58 () Real)
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
 (let ((?x66 (- ?x9)))
 (let ((?x67 (/ ?x66 ?x18)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let ((?x69 (- ?x68)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x70 (* ?x55 ?x69)))
 (let ((?x71 (* |f[0]| ?x70)))
 (let ((?x59 (* |f[0]| 1.0)))
 (let ((?x57 (* 0.0 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x63 (* 0.0 ?x60)))
 (let ((?x61 (- ?x60)))
 (let ((?x56 (/ 1.0 exp!3)))
 (let ((?x62 (* ?x56 ?x61)))
 (let ((?x64 (+ ?x62 ?x63)))
 (let ((?x65 (* ?x55 ?x64)))
 (or (and (distinct ?x65 ?x71) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!58 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!58)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!58 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!58)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!58 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!58)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!58 log!58)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!58 log!58)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!58 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!58)))
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
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!58 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!86 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x72 (* 1.0 exp!1)))
 (let ((?x73 (+ 1.0 ?x72)))
 (< 0.0 ?x73))))
(assert
 (let ((?x72 (* 1.0 exp!1)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let (($x244 (= 0.0 ?x73)))
 (not $x244)))))
(assert
 (let ((?x72 (* 1.0 exp!1)))
 (let ((?x73 (+ 1.0 ?x72)))
 (< 0.0 ?x73))))
(assert
 (let ((?x72 (* 1.0 exp!1)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let (($x244 (= 0.0 ?x73)))
 (not $x244)))))
(assert
 (let ((?x72 (* 1.0 exp!1)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x118 (/ ?x72 ?x73)))
 (let ((?x121 (- ?x118)))
 (let ((?x130 (/ 1.0 exp!5)))
 (let ((?x122 (* ?x130 ?x121)))
 (let ((?x91 (* |f[0]| ?x122)))
 (let ((?x59 (* |f[0]| 1.0)))
 (let ((?x57 (* 0.0 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x63 (* 0.0 ?x60)))
 (let ((?x61 (- ?x60)))
 (let ((?x131 (/ ?x72 exp!5)))
 (let ((?x116 (* ?x131 ?x61)))
 (let ((?x120 (+ ?x116 ?x63)))
 (let ((?x117 (* ?x130 ?x120)))
 (or (and (distinct ?x117 ?x91) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!58 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!58)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!58 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!58)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!58 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!58)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!58 log!58)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!58 log!58)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!58 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!58)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x76 (< log!86 logits)))
 (= $x76 (< exp!4 exp!1))))
(assert
 (let (($x291 (< logits log!86)))
 (= $x291 (< exp!1 exp!4))))
(assert
 (let (($x283 (< log!86 log!58)))
 (= $x283 (< exp!4 exp!3))))
(assert
 (let (($x279 (< log!58 log!86)))
 (= $x279 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x281 (> log!86 0.0)))
 (= $x281 (> exp!4 1.0))))
(assert
 (let ((?x288 (+ 1.0 log!86)))
 (>= exp!4 ?x288)))
(assert
 (let ((?x72 (* 1.0 exp!1)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let (($x274 (> ?x73 0.0)))
 (=> $x274 (= exp!4 ?x73))))))
(assert
 (let (($x76 (< log!86 logits)))
 (= $x76 (< exp!5 exp!1))))
(assert
 (let (($x291 (< logits log!86)))
 (= $x291 (< exp!1 exp!5))))
(assert
 (let (($x283 (< log!86 log!58)))
 (= $x283 (< exp!5 exp!3))))
(assert
 (let (($x279 (< log!58 log!86)))
 (= $x279 (< exp!3 exp!5))))
(assert
 (let (($x161 (< log!86 log!86)))
 (= $x161 (< exp!5 exp!4))))
(assert
 (let (($x161 (< log!86 log!86)))
 (= $x161 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x281 (> log!86 0.0)))
 (= $x281 (> exp!5 1.0))))
(assert
 (let ((?x288 (+ 1.0 log!86)))
 (>= exp!5 ?x288)))
(assert
 (let ((?x72 (* 1.0 exp!1)))
(let ((?x73 (+ 1.0 ?x72)))
(let (($x274 (> ?x73 0.0)))
(=> $x274 (= exp!5 ?x73))))))
(check-sat)
(pop 1)
