; certjax: rule estimators.score_BernoulliProbs, obligation 'unbiased', verdict proved
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
 (let ((?x68 (/ (- 1.0) ?x12)))
 (let ((?x72 (* 0.0 ?x68)))
 (let ((?x65 (/ 1.0 probs)))
 (let ((?x73 (+ ?x65 ?x72)))
 (let ((?x62 (* 1.0 exp!1)))
 (let ((?x74 (* ?x62 ?x73)))
 (let ((?x75 (* |f[1]| ?x74)))
 (let ((?x66 (* 0.0 ?x65)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x53 (* 1.0 exp!2)))
 (let ((?x70 (* ?x53 ?x69)))
 (let ((?x71 (* |f[0]| ?x70)))
 (let ((?x76 (+ ?x71 ?x75)))
 (let ((?x60 (/ |f[1]| probs)))
 (let ((?x57 (/ 0.0 ?x12)))
 (let ((?x58 (- ?x57)))
 (let ((?x61 (+ ?x58 ?x60)))
 (let ((?x63 (* ?x62 ?x61)))
 (let ((?x51 (/ 0.0 probs)))
 (let ((?x49 (/ |f[0]| ?x12)))
 (let ((?x50 (- ?x49)))
 (let ((?x52 (+ ?x50 ?x51)))
 (let ((?x54 (* ?x53 ?x52)))
 (let ((?x64 (+ ?x54 ?x63)))
 (or (and (distinct ?x64 ?x76) true)))))))))))))))))))))))))))))
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
