; certjax: rule estimators.score_loo_baseline_BernoulliProbs, obligation 'score_identity@0', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun b () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!13 () Real)
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
 (let (($x16 (= 0.0 probs)))
 (not $x16)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x18 (= 0.0 ?x12)))
 (not $x18)))))
(assert
 (let ((?x43 (- b)))
 (let ((?x60 (+ |f[0]| ?x43)))
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let ((?x57 (/ (- 1.0) ?x12)))
 (let ((?x54 (/ 1.0 probs)))
 (let ((?x55 (* 0.0 ?x54)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x41 (* 1.0 exp!2)))
 (let ((?x59 (* ?x41 ?x58)))
 (let ((?x61 (* ?x59 ?x60)))
 (let ((?x46 (* |f[0]| 1.0)))
 (let ((?x44 (* 1.0 ?x43)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x50 (* 0.0 ?x47)))
 (let ((?x51 (/ ?x50 probs)))
 (let ((?x48 (/ ?x47 ?x12)))
 (let ((?x49 (- ?x48)))
 (let ((?x52 (+ ?x49 ?x51)))
 (let ((?x53 (* ?x41 ?x52)))
 (or (and (distinct ?x53 ?x61) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x21 (> log!13 0.0)))
 (= $x21 (> exp!1 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!13)))
 (>= exp!1 ?x24)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x26 (> ?x12 0.0)))
 (=> $x26 (= exp!1 ?x12))))))
(assert
 (let (($x30 (< log!13 log!13)))
 (= $x30 (< exp!2 exp!1))))
(assert
 (let (($x30 (< log!13 log!13)))
 (= $x30 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x21 (> log!13 0.0)))
 (= $x21 (> exp!2 1.0))))
(assert
 (let ((?x24 (+ 1.0 log!13)))
 (>= exp!2 ?x24)))
(assert
 (let ((?x11 (- probs)))
(let ((?x12 (+ 1.0 ?x11)))
(let (($x26 (> ?x12 0.0)))
(=> $x26 (= exp!2 ?x12))))))
(check-sat)
(pop 1)
