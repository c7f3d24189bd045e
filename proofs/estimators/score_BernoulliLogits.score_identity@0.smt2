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
(declare-fun log!47 () Real)
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
 (let ((?x61 (- ?x9)))
 (let ((?x62 (/ ?x61 ?x18)))
 (let ((?x63 (+ 1.0 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x55 (/ ?x9 exp!3)))
 (let ((?x65 (* ?x55 ?x64)))
 (let ((?x66 (* |f[0]| ?x65)))
 (let ((?x58 (/ 1.0 exp!3)))
 (let ((?x57 (- |f[0]|)))
 (let ((?x59 (* ?x57 ?x58)))
 (let ((?x60 (* ?x55 ?x59)))
 (or (and (distinct ?x60 ?x66) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!47 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!47)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!47 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!47)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!47 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!47)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!47 log!47)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!47 log!47)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!47 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!47)))
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
(declare-fun log!47 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!67 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (< 0.0 ?x68))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let (($x239 (= 0.0 ?x68)))
 (not $x239)))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (< 0.0 ?x68))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let (($x239 (= 0.0 ?x68)))
 (not $x239)))))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let ((?x100 (/ ?x67 ?x68)))
 (let ((?x101 (- ?x100)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x124 (* ?x178 ?x101)))
 (let ((?x125 (* |f[0]| ?x124)))
 (let ((?x180 (/ ?x67 exp!5)))
 (let ((?x57 (- |f[0]|)))
 (let ((?x120 (* ?x57 ?x180)))
 (let ((?x121 (* ?x178 ?x120)))
 (or (and (distinct ?x121 ?x125) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x24 (< log!47 logits)))
 (= $x24 (< exp!2 exp!1))))
(assert
 (let (($x27 (< logits log!47)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x31 (> log!47 0.0)))
 (= $x31 (> exp!2 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!47)))
 (>= exp!2 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!2 ?x18))))))
(assert
 (let (($x24 (< log!47 logits)))
 (= $x24 (< exp!3 exp!1))))
(assert
 (let (($x27 (< logits log!47)))
 (= $x27 (< exp!1 exp!3))))
(assert
 (let (($x44 (< log!47 log!47)))
 (= $x44 (< exp!3 exp!2))))
(assert
 (let (($x44 (< log!47 log!47)))
 (= $x44 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x31 (> log!47 0.0)))
 (= $x31 (> exp!3 1.0))))
(assert
 (let ((?x34 (+ 1.0 log!47)))
 (>= exp!3 ?x34)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x36 (> ?x18 0.0)))
 (=> $x36 (= exp!3 ?x18))))))
(assert
 (let (($x71 (< log!67 logits)))
 (= $x71 (< exp!4 exp!1))))
(assert
 (let (($x286 (< logits log!67)))
 (= $x286 (< exp!1 exp!4))))
(assert
 (let (($x278 (< log!67 log!47)))
 (= $x278 (< exp!4 exp!3))))
(assert
 (let (($x274 (< log!47 log!67)))
 (= $x274 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x276 (> log!67 0.0)))
 (= $x276 (> exp!4 1.0))))
(assert
 (let ((?x283 (+ 1.0 log!67)))
 (>= exp!4 ?x283)))
(assert
 (let ((?x67 (* 1.0 exp!1)))
 (let ((?x68 (+ 1.0 ?x67)))
 (let (($x269 (> ?x68 0.0)))
 (=> $x269 (= exp!4 ?x68))))))
(assert
 (let (($x71 (< log!67 logits)))
 (= $x71 (< exp!5 exp!1))))
(assert
 (let (($x286 (< logits log!67)))
 (= $x286 (< exp!1 exp!5))))
(assert
 (let (($x278 (< log!67 log!47)))
 (= $x278 (< exp!5 exp!3))))
(assert
 (let (($x274 (< log!47 log!67)))
 (= $x274 (< exp!3 exp!5))))
(assert
 (let (($x184 (< log!67 log!67)))
 (= $x184 (< exp!5 exp!4))))
(assert
 (let (($x184 (< log!67 log!67)))
 (= $x184 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x276 (> log!67 0.0)))
 (= $x276 (> exp!5 1.0))))
(assert
 (let ((?x283 (+ 1.0 log!67)))
 (>= exp!5 ?x283)))
(assert
 (let ((?x67 (* 1.0 exp!1)))
(let ((?x68 (+ 1.0 ?x67)))
(let (($x269 (> ?x68 0.0)))
(=> $x269 (= exp!5 ?x68))))))
(check-sat)
(pop 1)
