; certjax: rule estimators.enumerate_BernoulliProbs, obligation 'unbiased', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun probs () Real)
(declare-fun exp!2 () Real)
(declare-fun |f[1]| () Real)
(declare-fun exp!4 () Real)
(declare-fun |f[0]| () Real)
(declare-fun exp!1 () Real)
(declare-fun log!4 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x94 (/ (- 1.0) ?x12)))
 (let ((?x98 (* 0.0 ?x94)))
 (let ((?x91 (/ 1.0 probs)))
 (let ((?x99 (+ ?x91 ?x98)))
 (let ((?x42 (* 1.0 exp!2)))
 (let ((?x100 (* ?x42 ?x99)))
 (let ((?x101 (* |f[1]| ?x100)))
 (let ((?x92 (* 0.0 ?x91)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x83 (* 1.0 exp!4)))
 (let ((?x96 (* ?x83 ?x95)))
 (let ((?x97 (* |f[0]| ?x96)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x84 (* |f[0]| ?x83)))
 (let ((?x88 (* 0.0 ?x84)))
 (let ((?x89 (/ ?x88 probs)))
 (let ((?x85 (/ ?x84 ?x12)))
 (let ((?x86 (- ?x85)))
 (let ((?x43 (* |f[1]| ?x42)))
 (let ((?x47 (/ ?x43 probs)))
 (let ((?x44 (* 0.0 ?x43)))
 (let ((?x45 (/ ?x44 ?x12)))
 (let ((?x46 (- ?x45)))
 (let ((?x48 (+ ?x46 ?x47)))
 (let ((?x87 (+ ?x48 ?x86)))
 (let ((?x90 (+ ?x87 ?x89)))
 (or (and (distinct ?x90 ?x102) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x22 (> log!4 0.0)))
 (= $x22 (> exp!1 1.0))))
(assert
 (let ((?x25 (+ 1.0 log!4)))
 (>= exp!1 ?x25)))
(assert
 (let (($x28 (= exp!1 probs)))
 (let (($x27 (> probs 0.0)))
 (=> $x27 $x28))))
(assert
 (let (($x31 (< log!4 log!4)))
 (= $x31 (< exp!2 exp!1))))
(assert
 (let (($x31 (< log!4 log!4)))
 (= $x31 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x22 (> log!4 0.0)))
 (= $x22 (> exp!2 1.0))))
(assert
 (let ((?x25 (+ 1.0 log!4)))
 (>= exp!2 ?x25)))
(assert
 (let (($x40 (= exp!2 probs)))
 (let (($x27 (> probs 0.0)))
 (=> $x27 $x40))))
(assert
 (let (($x52 (< log!10 log!4)))
 (= $x52 (< exp!3 exp!2))))
(assert
 (let (($x55 (< log!4 log!10)))
 (= $x55 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x59 (> log!10 0.0)))
 (= $x59 (> exp!3 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!10)))
 (>= exp!3 ?x62)))
(assert
 (let ((?x11 (- probs)))
 (let ((?x12 (+ 1.0 ?x11)))
 (let (($x64 (> ?x12 0.0)))
 (=> $x64 (= exp!3 ?x12))))))
(assert
 (let (($x52 (< log!10 log!4)))
 (= $x52 (< exp!4 exp!2))))
(assert
 (let (($x55 (< log!4 log!10)))
 (= $x55 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!10 log!10)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x72 (< log!10 log!10)))
 (= $x72 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x59 (> log!10 0.0)))
 (= $x59 (> exp!4 1.0))))
(assert
 (let ((?x62 (+ 1.0 log!10)))
 (>= exp!4 ?x62)))
(assert
 (let ((?x11 (- probs)))
(let ((?x12 (+ 1.0 ?x11)))
(let (($x64 (> ?x12 0.0)))
(=> $x64 (= exp!4 ?x12))))))
(check-sat)
(pop 1)
