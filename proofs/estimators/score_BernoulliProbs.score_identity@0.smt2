; certjax: rule estimators.score_BernoulliProbs, obligation 'score_identity@0', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!7 () Real)
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
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let ((?x64 (/ (- 1.0) ?x12)))
 (let ((?x61 (/ 1.0 probs)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x59 (* 1.0 exp!2)))
 (let ((?x66 (* ?x59 ?x65)))
 (let ((?x67 (* |f[0]| ?x66)))
 (let ((?x52 (* |f[0]| 1.0)))
 (let ((?x50 (* 0.0 1.0)))
 (let ((?x53 (+ ?x50 ?x52)))
 (let ((?x56 (* 0.0 ?x53)))
 (let ((?x57 (/ ?x56 probs)))
 (let ((?x54 (/ ?x53 ?x12)))
 (let ((?x55 (- ?x54)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x60 (* ?x59 ?x58)))
 (or (and (distinct ?x60 ?x67) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!7 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!7)))
(assert
 (let (($x27 (= exp!1 probs)))
 (=> (> probs 0.0) $x27)))
(assert
 (= (< log!13 log!7) (< exp!2 exp!1)))
(assert
 (= (< log!7 log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
