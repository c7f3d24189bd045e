; certjax: rule estimators.score_BernoulliProbs, obligation 'unbiased', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!4 () Real)
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
 (let ((?x99 (/ (- 1.0) ?x12)))
 (let ((?x103 (* 0.0 ?x99)))
 (let ((?x96 (/ 1.0 probs)))
 (let ((?x104 (+ ?x96 ?x103)))
 (let ((?x85 (* 1.0 exp!4)))
 (let ((?x105 (* ?x85 ?x104)))
 (let ((?x106 (* |f[1]| ?x105)))
 (let ((?x97 (* 0.0 ?x96)))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x41 (* 1.0 exp!2)))
 (let ((?x101 (* ?x41 ?x100)))
 (let ((?x102 (* |f[0]| ?x101)))
 (let ((?x107 (+ ?x102 ?x106)))
 (let ((?x87 (* |f[1]| 1.0)))
 (let ((?x42 (* 0.0 1.0)))
 (let ((?x88 (+ ?x42 ?x87)))
 (let ((?x92 (/ ?x88 probs)))
 (let ((?x89 (* 0.0 ?x88)))
 (let ((?x90 (/ ?x89 ?x12)))
 (let ((?x91 (- ?x90)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x94 (* ?x85 ?x93)))
 (let ((?x44 (* |f[0]| 1.0)))
 (let ((?x45 (+ ?x42 ?x44)))
 (let ((?x48 (* 0.0 ?x45)))
 (let ((?x49 (/ ?x48 probs)))
 (let ((?x46 (/ ?x45 ?x12)))
 (let ((?x47 (- ?x46)))
 (let ((?x50 (+ ?x47 ?x49)))
 (let ((?x51 (* ?x41 ?x50)))
 (let ((?x95 (+ ?x51 ?x94)))
 (or (and (distinct ?x95 ?x107) true))))))))))))))))))))))))))))))))))))
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
(assert
 (let (($x54 (< log!4 log!10)))
 (= $x54 (< exp!3 exp!2))))
(assert
 (let (($x57 (< log!10 log!4)))
 (= $x57 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x61 (> log!4 0.0)))
 (= $x61 (> exp!3 1.0))))
(assert
 (let ((?x64 (+ 1.0 log!4)))
 (>= exp!3 ?x64)))
(assert
 (let (($x67 (= exp!3 probs)))
 (let (($x66 (> probs 0.0)))
 (=> $x66 $x67))))
(assert
 (let (($x54 (< log!4 log!10)))
 (= $x54 (< exp!4 exp!2))))
(assert
 (let (($x57 (< log!10 log!4)))
 (= $x57 (< exp!2 exp!4))))
(assert
 (let (($x74 (< log!4 log!4)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x74 (< log!4 log!4)))
 (= $x74 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x61 (> log!4 0.0)))
 (= $x61 (> exp!4 1.0))))
(assert
 (let ((?x64 (+ 1.0 log!4)))
 (>= exp!4 ?x64)))
(assert
 (let (($x83 (= exp!4 probs)))
(let (($x66 (> probs 0.0)))
(=> $x66 $x83))))
(check-sat)
(pop 1)
