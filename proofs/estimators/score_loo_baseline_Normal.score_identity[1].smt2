; certjax: rule estimators.score_loo_baseline_Normal, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun expc!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!17 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x68 (- b)))
 (let ((?x100 (+ f ?x68)))
 (let ((?x96 (/ 1.0 scale)))
 (let ((?x97 (- ?x96)))
 (let ((?x19 (- loc)))
 (let ((?x20 (+ z ?x19)))
 (let ((?x89 (- ?x20)))
 (let ((?x76 (/ 1.0 (* scale scale))))
 (let ((?x90 (* ?x76 ?x89)))
 (let ((?x88 (/ 0.0 scale)))
 (let ((?x91 (+ ?x88 ?x90)))
 (let ((?x21 (/ ?x20 scale)))
 (let ((?x78 (* ?x21 (- (/ 1.0 2.0)))))
 (let ((?x94 (* ?x78 ?x91)))
 (let ((?x92 (* (- (/ 1.0 2.0)) ?x91)))
 (let ((?x93 (* ?x21 ?x92)))
 (let ((?x95 (+ ?x93 ?x94)))
 (let ((?x98 (+ ?x95 ?x97)))
 (let ((?x66 (/ (/ (* 1.0 expc!1) exp!2) exp!4)))
 (let ((?x99 (* ?x66 ?x98)))
 (let ((?x101 (* ?x99 ?x100)))
 (let ((?x71 (* f 1.0)))
 (let ((?x69 (* 1.0 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x80 (* ?x21 ?x72)))
 (let ((?x81 (* (- (/ 1.0 2.0)) ?x80)))
 (let ((?x79 (* ?x78 ?x72)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x83 (* ?x76 ?x82)))
 (let ((?x84 (* ?x20 ?x83)))
 (let ((?x85 (- ?x84)))
 (let ((?x73 (- ?x72)))
 (let ((?x74 (/ ?x73 scale)))
 (let ((?x86 (+ ?x74 ?x85)))
 (let ((?x87 (* ?x66 ?x86)))
 (or (and (distinct ?x87 ?x101) true))))))))))))))))))))))))))))))))))))))
(assert
 (<= (/ 7186705351674387.0 18014398509481984.0) expc!1))
(assert
 (>= (/ 7186705351687459.0 18014398509481984.0) expc!1))
(assert
 (> exp!2 0.0))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x24 0.0) (> exp!2 1.0))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (>= exp!2 (+ 1.0 ?x24))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x35 (< log!17 ?x24)))
 (= $x35 (< exp!3 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!17)))
 (= $x38 (< exp!2 exp!3)))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x42 (> log!17 0.0)))
 (= $x42 (> exp!3 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!17)))
 (>= exp!3 ?x45)))
(assert
 (let (($x48 (= exp!3 scale)))
 (let (($x47 (> scale 0.0)))
 (=> $x47 $x48))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x35 (< log!17 ?x24)))
 (= $x35 (< exp!4 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!17)))
 (= $x38 (< exp!2 exp!4)))))
(assert
 (let (($x55 (< log!17 log!17)))
 (= $x55 (< exp!4 exp!3))))
(assert
 (let (($x55 (< log!17 log!17)))
 (= $x55 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x42 (> log!17 0.0)))
 (= $x42 (> exp!4 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!17)))
 (>= exp!4 ?x45)))
(assert
 (let (($x64 (= exp!4 scale)))
(let (($x47 (> scale 0.0)))
(=> $x47 $x64))))
(check-sat)
(pop 1)
