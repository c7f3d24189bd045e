; certjax: rule estimators.enumerate_BernoulliProbs, obligation 'unbiased', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!1 () Real)
(declare-fun |f[0]| () Real)
(declare-fun log!16 () Real)
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
 (let ((?x70 (/ (- 1.0) ?x12)))
 (let ((?x74 (* 0.0 ?x70)))
 (let ((?x67 (/ 1.0 probs)))
 (let ((?x75 (+ ?x67 ?x74)))
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x76 (* ?x49 ?x75)))
 (let ((?x77 (* |f[1]| ?x76)))
 (let ((?x68 (* 0.0 ?x67)))
 (let ((?x71 (+ ?x68 ?x70)))
 (let ((?x59 (* 1.0 exp!1)))
 (let ((?x72 (* ?x59 ?x71)))
 (let ((?x73 (* |f[0]| ?x72)))
 (let ((?x78 (+ ?x73 ?x77)))
 (let ((?x60 (* |f[0]| ?x59)))
 (let ((?x64 (* 0.0 ?x60)))
 (let ((?x65 (/ ?x64 probs)))
 (let ((?x61 (/ ?x60 ?x12)))
 (let ((?x62 (- ?x61)))
 (let ((?x50 (* |f[1]| ?x49)))
 (let ((?x54 (/ ?x50 probs)))
 (let ((?x51 (* 0.0 ?x50)))
 (let ((?x52 (/ ?x51 ?x12)))
 (let ((?x53 (- ?x52)))
 (let ((?x55 (+ ?x53 ?x54)))
 (let ((?x63 (+ ?x55 ?x62)))
 (let ((?x66 (+ ?x63 ?x65)))
 (or (and (distinct ?x66 ?x78) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
(assert
 (=> (> (+ 1.0 (- probs)) 0.0) (= exp!1 (+ 1.0 (- probs)))))
(assert
 (= (< log!10 log!16) (< exp!2 exp!1)))
(assert
 (= (< log!16 log!10) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!10 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!10)))
(assert
 (let (($x46 (= exp!2 probs)))
(=> (> probs 0.0) $x46)))
(check-sat)
(pop 1)
