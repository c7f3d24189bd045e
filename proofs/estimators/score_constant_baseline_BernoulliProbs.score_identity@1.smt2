; certjax: rule estimators.score_constant_baseline_BernoulliProbs, obligation 'score_identity@1', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
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
 (let ((?x60 (/ (- 1.0) ?x12)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ 1.0 probs)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x56 (* 1.0 exp!2)))
 (let ((?x63 (* ?x56 ?x62)))
 (let ((?x52 (- b)))
 (let ((?x53 (+ |f[1]| ?x52)))
 (let ((?x64 (* ?x53 ?x63)))
 (let ((?x54 (/ ?x53 probs)))
 (let ((?x48 (/ 0.0 ?x12)))
 (let ((?x49 (- ?x48)))
 (let ((?x55 (+ ?x49 ?x54)))
 (let ((?x57 (* ?x56 ?x55)))
 (or (and (distinct ?x57 ?x64) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!1 (+ 1.0 (- probs)))))
(assert
 (= (< log!5 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!5) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!5 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!5)))
(assert
 (let (($x45 (= exp!2 probs)))
(=> (> probs 0.0) $x45)))
(check-sat)
(pop 1)
