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
 (let ((?x96 (/ (- 1.0) ?x12)))
 (let ((?x100 (* 0.0 ?x96)))
 (let ((?x93 (/ 1.0 probs)))
 (let ((?x101 (+ ?x93 ?x100)))
 (let ((?x84 (* 1.0 exp!4)))
 (let ((?x102 (* ?x84 ?x101)))
 (let ((?x103 (* |f[1]| ?x102)))
 (let ((?x94 (* 0.0 ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x41 (* 1.0 exp!2)))
 (let ((?x98 (* ?x41 ?x97)))
 (let ((?x99 (* |f[0]| ?x98)))
 (let ((?x104 (+ ?x99 ?x103)))
 (let ((?x44 (- b)))
 (let ((?x88 (+ |f[1]| ?x44)))
 (let ((?x89 (/ ?x88 probs)))
 (let ((?x85 (/ 0.0 ?x12)))
 (let ((?x86 (- ?x85)))
 (let ((?x90 (+ ?x86 ?x89)))
 (let ((?x91 (* ?x84 ?x90)))
 (let ((?x48 (/ 0.0 probs)))
 (let ((?x45 (+ |f[0]| ?x44)))
 (let ((?x46 (/ ?x45 ?x12)))
 (let ((?x47 (- ?x46)))
 (let ((?x49 (+ ?x47 ?x48)))
 (let ((?x50 (* ?x41 ?x49)))
 (let ((?x92 (+ ?x50 ?x91)))
 (or (and (distinct ?x92 ?x104) true))))))))))))))))))))))))))))))))
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
 (let (($x53 (< log!5 log!11)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x56 (< log!11 log!5)))
 (= $x56 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x60 (> log!5 0.0)))
 (= $x60 (> exp!3 1.0))))
(assert
 (let ((?x63 (+ 1.0 log!5)))
 (>= exp!3 ?x63)))
(assert
 (let (($x66 (= exp!3 probs)))
 (let (($x65 (> probs 0.0)))
 (=> $x65 $x66))))
(assert
 (let (($x53 (< log!5 log!11)))
 (= $x53 (< exp!4 exp!2))))
(assert
 (let (($x56 (< log!11 log!5)))
 (= $x56 (< exp!2 exp!4))))
(assert
 (let (($x73 (< log!5 log!5)))
 (= $x73 (< exp!4 exp!3))))
(assert
 (let (($x73 (< log!5 log!5)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x60 (> log!5 0.0)))
 (= $x60 (> exp!4 1.0))))
(assert
 (let ((?x63 (+ 1.0 log!5)))
 (>= exp!4 ?x63)))
(assert
 (let (($x82 (= exp!4 probs)))
(let (($x65 (> probs 0.0)))
(=> $x65 $x82))))
(check-sat)
(pop 1)
