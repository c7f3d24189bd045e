; certjax: rule estimators.score_constant_baseline_BernoulliProbs, obligation 'unbiased', verdict proved
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
(declare-fun b () Real)
(declare-fun exp!1 () Real)
(declare-fun log!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!5 () Real)
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
 (let ((?x102 (/ (- 1.0) ?x12)))
 (let ((?x106 (* 0.0 ?x102)))
 (let ((?x99 (/ 1.0 probs)))
 (let ((?x107 (+ ?x99 ?x106)))
 (let ((?x87 (* 1.0 exp!4)))
 (let ((?x108 (* ?x87 ?x107)))
 (let ((?x109 (* |f[1]| ?x108)))
 (let ((?x100 (* 0.0 ?x99)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x41 (* 1.0 exp!2)))
 (let ((?x104 (* ?x41 ?x103)))
 (let ((?x105 (* |f[0]| ?x104)))
 (let ((?x110 (+ ?x105 ?x109)))
 (let ((?x90 (* |f[1]| 1.0)))
 (let ((?x43 (- b)))
 (let ((?x88 (* ?x43 1.0)))
 (let ((?x91 (+ ?x88 ?x90)))
 (let ((?x95 (/ ?x91 probs)))
 (let ((?x92 (* 0.0 ?x91)))
 (let ((?x93 (/ ?x92 ?x12)))
 (let ((?x94 (- ?x93)))
 (let ((?x96 (+ ?x94 ?x95)))
 (let ((?x97 (* ?x87 ?x96)))
 (let ((?x46 (* |f[0]| 1.0)))
 (let ((?x44 (* 1.0 ?x43)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x50 (* 0.0 ?x47)))
 (let ((?x51 (/ ?x50 probs)))
 (let ((?x48 (/ ?x47 ?x12)))
 (let ((?x49 (- ?x48)))
 (let ((?x52 (+ ?x49 ?x51)))
 (let ((?x53 (* ?x41 ?x52)))
 (let ((?x98 (+ ?x53 ?x97)))
 (or (and (distinct ?x98 ?x110) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x21 (> log!11 0.0)))
 (= $x21 (> exp!1 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!11)))
 (>= exp!1 ?x24)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x26 (> ?x12 0.0)))
 (=> $x26 (= exp!1 ?x12))))))
(assert
 (let (($x30 (< log!11 log!11)))
 (= $x30 (< exp!2 exp!1))))
(assert
 (let (($x30 (< log!11 log!11)))
 (= $x30 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x21 (> log!11 0.0)))
 (= $x21 (> exp!2 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!11)))
 (>= exp!2 ?x24)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x26 (> ?x12 0.0)))
 (=> $x26 (= exp!2 ?x12))))))
(assert
 (let (($x56 (< log!5 log!11)))
 (= $x56 (< exp!3 exp!2))))
(assert
 (let (($x59 (< log!11 log!5)))
 (= $x59 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x63 (> log!5 0.0)))
 (= $x63 (> exp!3 1.0))))
(assert
 (let ((?x66 (+ 1.0 log!5)))
 (>= exp!3 ?x66)))
(assert
 (let (($x69 (= exp!3 probs)))
 (let (($x68 (> probs 0.0)))
 (=> $x68 $x69))))
(assert
 (let (($x56 (< log!5 log!11)))
 (= $x56 (< exp!4 exp!2))))
(assert
 (let (($x59 (< log!11 log!5)))
 (= $x59 (< exp!2 exp!4))))
(assert
 (let (($x76 (< log!5 log!5)))
 (= $x76 (< exp!4 exp!3))))
(assert
 (let (($x76 (< log!5 log!5)))
 (= $x76 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x63 (> log!5 0.0)))
 (= $x63 (> exp!4 1.0))))
(assert
 (let ((?x66 (+ 1.0 log!5)))
 (>= exp!4 ?x66)))
(assert
 (let (($x85 (= exp!4 probs)))
(let (($x68 (> probs 0.0)))
(=> $x68 $x85))))
(check-sat)
(pop 1)
