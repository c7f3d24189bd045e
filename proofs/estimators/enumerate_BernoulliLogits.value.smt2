; certjax: rule estimators.enumerate_BernoulliLogits, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!27 () Real)
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
 (< 0.0 ?x18))))
(assert
 (let ((?x57 (/ 1.0 exp!3)))
 (let ((?x58 (* |f[1]| ?x57)))
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x54 (/ ?x9 exp!3)))
 (let ((?x55 (* |f[0]| ?x54)))
 (let ((?x59 (+ ?x55 ?x58)))
 (or (and (distinct ?x59 ?x59) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x23 (< log!27 logits)))
 (= $x23 (< exp!2 exp!1))))
(assert
 (let (($x26 (< logits log!27)))
 (= $x26 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x30 (> log!27 0.0)))
 (= $x30 (> exp!2 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!27)))
 (>= exp!2 ?x33)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x35 (> ?x18 0.0)))
 (=> $x35 (= exp!2 ?x18))))))
(assert
 (let (($x23 (< log!27 logits)))
 (= $x23 (< exp!3 exp!1))))
(assert
 (let (($x26 (< logits log!27)))
 (= $x26 (< exp!1 exp!3))))
(assert
 (let (($x43 (< log!27 log!27)))
 (= $x43 (< exp!3 exp!2))))
(assert
 (let (($x43 (< log!27 log!27)))
 (= $x43 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x30 (> log!27 0.0)))
 (= $x30 (> exp!3 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!27)))
 (>= exp!3 ?x33)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
(let ((?x18 (+ 1.0 ?x9)))
(let (($x35 (> ?x18 0.0)))
(=> $x35 (= exp!3 ?x18))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun logits () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[1]| () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun log!27 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!39 () Real)
(assert
 true)
(assert
 (> 0.0 logits))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x61 (+ 1.0 ?x60)))
 (< 0.0 ?x61))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x61 (+ 1.0 ?x60)))
 (< 0.0 ?x61))))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x123 (/ ?x60 exp!5)))
 (let ((?x125 (* |f[1]| ?x123)))
 (let ((?x105 (/ 1.0 exp!5)))
 (let ((?x121 (* |f[0]| ?x105)))
 (let ((?x95 (+ ?x121 ?x125)))
 (or (and (distinct ?x95 ?x95) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> logits 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 logits)))
(assert
 (let (($x23 (< log!27 logits)))
 (= $x23 (< exp!2 exp!1))))
(assert
 (let (($x26 (< logits log!27)))
 (= $x26 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x30 (> log!27 0.0)))
 (= $x30 (> exp!2 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!27)))
 (>= exp!2 ?x33)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x35 (> ?x18 0.0)))
 (=> $x35 (= exp!2 ?x18))))))
(assert
 (let (($x23 (< log!27 logits)))
 (= $x23 (< exp!3 exp!1))))
(assert
 (let (($x26 (< logits log!27)))
 (= $x26 (< exp!1 exp!3))))
(assert
 (let (($x43 (< log!27 log!27)))
 (= $x43 (< exp!3 exp!2))))
(assert
 (let (($x43 (< log!27 log!27)))
 (= $x43 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x30 (> log!27 0.0)))
 (= $x30 (> exp!3 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!27)))
 (>= exp!3 ?x33)))
(assert
 (let ((?x9 (/ 1.0 exp!1)))
 (let ((?x18 (+ 1.0 ?x9)))
 (let (($x35 (> ?x18 0.0)))
 (=> $x35 (= exp!3 ?x18))))))
(assert
 (let (($x85 (< log!39 logits)))
 (= $x85 (< exp!4 exp!1))))
(assert
 (let (($x79 (< logits log!39)))
 (= $x79 (< exp!1 exp!4))))
(assert
 (let (($x69 (< log!39 log!27)))
 (= $x69 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!27 log!39)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x73 (> log!39 0.0)))
 (= $x73 (> exp!4 1.0))))
(assert
 (let ((?x68 (+ 1.0 log!39)))
 (>= exp!4 ?x68)))
(assert
 (let ((?x60 (* 1.0 exp!1)))
 (let ((?x61 (+ 1.0 ?x60)))
 (let (($x66 (> ?x61 0.0)))
 (=> $x66 (= exp!4 ?x61))))))
(assert
 (let (($x85 (< log!39 logits)))
 (= $x85 (< exp!5 exp!1))))
(assert
 (let (($x79 (< logits log!39)))
 (= $x79 (< exp!1 exp!5))))
(assert
 (let (($x69 (< log!39 log!27)))
 (= $x69 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!27 log!39)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x90 (< log!39 log!39)))
 (= $x90 (< exp!5 exp!4))))
(assert
 (let (($x90 (< log!39 log!39)))
 (= $x90 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x73 (> log!39 0.0)))
 (= $x73 (> exp!5 1.0))))
(assert
 (let ((?x68 (+ 1.0 log!39)))
 (>= exp!5 ?x68)))
(assert
 (let ((?x60 (* 1.0 exp!1)))
(let ((?x61 (+ 1.0 ?x60)))
(let (($x66 (> ?x61 0.0)))
(=> $x66 (= exp!5 ?x61))))))
(check-sat)
(pop 1)
