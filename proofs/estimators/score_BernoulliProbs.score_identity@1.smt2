; certjax: rule estimators.score_BernoulliProbs, obligation 'score_identity@1', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!12 () Real)
(declare-fun log!7 () Real)
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
 (let ((?x63 (/ (- 1.0) ?x12)))
 (let ((?x64 (* 0.0 ?x63)))
 (let ((?x61 (/ 1.0 probs)))
 (let ((?x65 (+ ?x61 ?x64)))
 (let ((?x59 (* 1.0 exp!2)))
 (let ((?x66 (* ?x59 ?x65)))
 (let ((?x67 (* |f[1]| ?x66)))
 (let ((?x52 (* |f[1]| 1.0)))
 (let ((?x50 (* 0.0 1.0)))
 (let ((?x53 (+ ?x50 ?x52)))
 (let ((?x57 (/ ?x53 probs)))
 (let ((?x54 (* 0.0 ?x53)))
 (let ((?x55 (/ ?x54 ?x12)))
 (let ((?x56 (- ?x55)))
 (let ((?x58 (+ ?x56 ?x57)))
 (let ((?x60 (* ?x59 ?x58)))
 (or (and (distinct ?x60 ?x67) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!1 (+ 1.0 (- probs)))))
(assert
 (= (< log!7 log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 log!7) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!7 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!7)))
(assert
 (let (($x45 (= exp!2 probs)))
(=> (> probs 0.0) $x45)))
(check-sat)
(pop 1)
