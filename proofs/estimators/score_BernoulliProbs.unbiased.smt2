; certjax: rule estimators.score_BernoulliProbs, obligation 'unbiased', verdict proved
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
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (< 0.0 ?x12))))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let ((?x92 (/ (- 1.0) ?x12)))
 (let ((?x96 (* 0.0 ?x92)))
 (let ((?x89 (/ 1.0 probs)))
 (let ((?x97 (+ ?x89 ?x96)))
 (let ((?x81 (* 1.0 exp!4)))
 (let ((?x98 (* ?x81 ?x97)))
 (let ((?x99 (* |f[1]| ?x98)))
 (let ((?x90 (* 0.0 ?x89)))
 (let ((?x93 (+ ?x90 ?x92)))
 (let ((?x41 (* 1.0 exp!2)))
 (let ((?x94 (* ?x41 ?x93)))
 (let ((?x95 (* |f[0]| ?x94)))
 (let ((?x100 (+ ?x95 ?x99)))
 (let ((?x85 (/ |f[1]| probs)))
 (let ((?x82 (/ 0.0 ?x12)))
 (let ((?x83 (- ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x87 (* ?x81 ?x86)))
 (let ((?x45 (/ 0.0 probs)))
 (let ((?x43 (/ |f[0]| ?x12)))
 (let ((?x44 (- ?x43)))
 (let ((?x46 (+ ?x44 ?x45)))
 (let ((?x47 (* ?x41 ?x46)))
 (let ((?x88 (+ ?x47 ?x87)))
 (or (and (distinct ?x88 ?x100) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x21 (> log!10 0.0)))
 (= $x21 (> exp!1 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!10)))
 (>= exp!1 ?x24)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x26 (> ?x12 0.0)))
 (=> $x26 (= exp!1 ?x12))))))
(assert
 (let (($x30 (< log!10 log!10)))
 (= $x30 (< exp!2 exp!1))))
(assert
 (let (($x30 (< log!10 log!10)))
 (= $x30 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x21 (> log!10 0.0)))
 (= $x21 (> exp!2 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!10)))
 (>= exp!2 ?x24)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x26 (> ?x12 0.0)))
 (=> $x26 (= exp!2 ?x12))))))
(assert
 (let (($x50 (< log!4 log!10)))
 (= $x50 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!10 log!4)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x57 (> log!4 0.0)))
 (= $x57 (> exp!3 1.0))))
(assert
 (let ((?x60 (+ 1.0 log!4)))
 (>= exp!3 ?x60)))
(assert
 (let (($x63 (= exp!3 probs)))
 (let (($x62 (> probs 0.0)))
 (=> $x62 $x63))))
(assert
 (let (($x50 (< log!4 log!10)))
 (= $x50 (< exp!4 exp!2))))
(assert
 (let (($x53 (< log!10 log!4)))
 (= $x53 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!4 log!4)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x70 (< log!4 log!4)))
 (= $x70 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x57 (> log!4 0.0)))
 (= $x57 (> exp!4 1.0))))
(assert
 (let ((?x60 (+ 1.0 log!4)))
 (>= exp!4 ?x60)))
(assert
 (let (($x79 (= exp!4 probs)))
(let (($x62 (> probs 0.0)))
(=> $x62 $x79))))
(check-sat)
(pop 1)
