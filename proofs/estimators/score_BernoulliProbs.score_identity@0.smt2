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
 (let ((?x55 (/ (- 1.0) ?x12)))
 (let ((?x52 (/ 1.0 probs)))
 (let ((?x53 (* 0.0 ?x52)))
 (let ((?x56 (+ ?x53 ?x55)))
 (let ((?x41 (* 1.0 exp!2)))
 (let ((?x57 (* ?x41 ?x56)))
 (let ((?x58 (* |f[0]| ?x57)))
 (let ((?x44 (* |f[0]| 1.0)))
 (let ((?x42 (* 0.0 1.0)))
 (let ((?x45 (+ ?x42 ?x44)))
 (let ((?x48 (* 0.0 ?x45)))
 (let ((?x49 (/ ?x48 probs)))
 (let ((?x46 (/ ?x45 ?x12)))
 (let ((?x47 (- ?x46)))
 (let ((?x50 (+ ?x47 ?x49)))
 (let ((?x51 (* ?x41 ?x50)))
 (or (and (distinct ?x51 ?x58) true)))))))))))))))))))))
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
(check-sat)
(pop 1)
