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
(declare-fun log!9 () Real)
(declare-fun log!15 () Real)
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
 (let ((?x51 (- b)))
 (let ((?x69 (+ |f[0]| ?x51)))
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let ((?x66 (/ (- 1.0) ?x12)))
 (let ((?x63 (/ 1.0 probs)))
 (let ((?x64 (* 0.0 ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x61 (* 1.0 exp!2)))
 (let ((?x68 (* ?x61 ?x67)))
 (let ((?x70 (* ?x68 ?x69)))
 (let ((?x54 (* |f[0]| 1.0)))
 (let ((?x52 (* 1.0 ?x51)))
 (let ((?x55 (+ ?x52 ?x54)))
 (let ((?x58 (* 0.0 ?x55)))
 (let ((?x59 (/ ?x58 probs)))
 (let ((?x56 (/ ?x55 ?x12)))
 (let ((?x57 (- ?x56)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x62 (* ?x61 ?x60)))
 (or (and (distinct ?x62 ?x70) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (let (($x27 (= exp!1 probs)))
 (=> (> probs 0.0) $x27)))
(assert
 (= (< log!15 log!9) (< exp!2 exp!1)))
(assert
 (= (< log!9 log!15) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!15 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!15)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
