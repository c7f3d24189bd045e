; certjax: rule estimators.enumerate_BernoulliProbs, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!4 () Real)
(assert
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (and $x7 $x9))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let ((?x74 (* 1.0 exp!4)))
 (let ((?x75 (* |f[1]| ?x74)))
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (* |f[0]| ?x38)))
 (let ((?x76 (+ ?x39 ?x75)))
 (or (and (distinct ?x76 ?x76) true))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x18 (> log!10 0.0)))
 (= $x18 (> exp!1 1.0))))
(assert
 (let ((?x21 (+ 1.0 log!10)))
 (>= exp!1 ?x21)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x23 (> ?x12 0.0)))
 (=> $x23 (= exp!1 ?x12))))))
(assert
 (let (($x27 (< log!10 log!10)))
 (= $x27 (< exp!2 exp!1))))
(assert
 (let (($x27 (< log!10 log!10)))
 (= $x27 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x18 (> log!10 0.0)))
 (= $x18 (> exp!2 1.0))))
(assert
 (let ((?x21 (+ 1.0 log!10)))
 (>= exp!2 ?x21)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x23 (> ?x12 0.0)))
 (=> $x23 (= exp!2 ?x12))))))
(assert
 (let (($x43 (< log!4 log!10)))
 (= $x43 (< exp!3 exp!2))))
(assert
 (let (($x46 (< log!10 log!4)))
 (= $x46 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x50 (> log!4 0.0)))
 (= $x50 (> exp!3 1.0))))
(assert
 (let ((?x53 (+ 1.0 log!4)))
 (>= exp!3 ?x53)))
(assert
 (let (($x55 (> probs 0.0)))
 (=> $x55 (= exp!3 probs))))
(assert
 (let (($x43 (< log!4 log!10)))
 (= $x43 (< exp!4 exp!2))))
(assert
 (let (($x46 (< log!10 log!4)))
 (= $x46 (< exp!2 exp!4))))
(assert
 (let (($x63 (< log!4 log!4)))
 (= $x63 (< exp!4 exp!3))))
(assert
 (let (($x63 (< log!4 log!4)))
 (= $x63 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x50 (> log!4 0.0)))
 (= $x50 (> exp!4 1.0))))
(assert
 (let ((?x53 (+ 1.0 log!4)))
 (>= exp!4 ?x53)))
(assert
 (let (($x55 (> probs 0.0)))
(=> $x55 (= exp!4 probs))))
(check-sat)
(pop 1)
