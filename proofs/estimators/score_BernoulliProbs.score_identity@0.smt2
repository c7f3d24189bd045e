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
(declare-fun log!4 () Real)
(declare-fun log!10 () Real)
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
 (let ((?x58 (/ (- 1.0) ?x12)))
 (let ((?x55 (/ 1.0 probs)))
 (let ((?x56 (* 0.0 ?x55)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x53 (* 1.0 exp!2)))
 (let ((?x60 (* ?x53 ?x59)))
 (let ((?x61 (* |f[0]| ?x60)))
 (let ((?x51 (/ 0.0 probs)))
 (let ((?x49 (/ |f[0]| ?x12)))
 (let ((?x50 (- ?x49)))
 (let ((?x52 (+ ?x50 ?x51)))
 (let ((?x54 (* ?x53 ?x52)))
 (or (and (distinct ?x54 ?x61) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!4 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!4)))
(assert
 (let (($x27 (= exp!1 probs)))
 (=> (> probs 0.0) $x27)))
(assert
 (= (< log!10 log!4) (< exp!2 exp!1)))
(assert
 (= (< log!4 log!10) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!10 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!10)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!2 (+ 1.0 (- probs)))))
(check-sat)
(pop 1)
