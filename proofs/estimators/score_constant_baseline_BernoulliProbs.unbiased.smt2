; certjax: rule estimators.score_constant_baseline_BernoulliProbs, obligation 'unbiased', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!1 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun b () Real)
(declare-fun log!8 () Real)
(declare-fun log!14 () Real)
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
 (let ((?x82 (/ (- 1.0) ?x12)))
 (let ((?x86 (* 0.0 ?x82)))
 (let ((?x79 (/ 1.0 probs)))
 (let ((?x87 (+ ?x79 ?x86)))
 (let ((?x76 (* 1.0 exp!1)))
 (let ((?x88 (* ?x76 ?x87)))
 (let ((?x89 (* |f[1]| ?x88)))
 (let ((?x80 (* 0.0 ?x79)))
 (let ((?x83 (+ ?x80 ?x82)))
 (let ((?x61 (* 1.0 exp!2)))
 (let ((?x84 (* ?x61 ?x83)))
 (let ((?x85 (* |f[0]| ?x84)))
 (let ((?x90 (+ ?x85 ?x89)))
 (let ((?x69 (* |f[1]| 1.0)))
 (let ((?x51 (- b)))
 (let ((?x67 (* ?x51 1.0)))
 (let ((?x70 (+ ?x67 ?x69)))
 (let ((?x74 (/ ?x70 probs)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x72 (/ ?x71 ?x12)))
 (let ((?x73 (- ?x72)))
 (let ((?x75 (+ ?x73 ?x74)))
 (let ((?x77 (* ?x76 ?x75)))
 (let ((?x54 (* |f[0]| 1.0)))
 (let ((?x52 (* 1.0 ?x51)))
 (let ((?x55 (+ ?x52 ?x54)))
 (let ((?x58 (* 0.0 ?x55)))
 (let ((?x59 (/ ?x58 probs)))
 (let ((?x56 (/ ?x55 ?x12)))
 (let ((?x57 (- ?x56)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x62 (* ?x61 ?x60)))
 (let ((?x78 (+ ?x62 ?x77)))
 (or (and (distinct ?x78 ?x90) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!8 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!8)))
(assert
 (let (($x27 (= exp!1 probs)))
 (=> (> probs 0.0) $x27)))
(assert
 (= (< log!14 log!8) (< exp!2 exp!1)))
(assert
 (= (< log!8 log!14) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!14 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!14)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
