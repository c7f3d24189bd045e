; certjax: rule estimators.score_loo_baseline_Normal, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun expc!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
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
 (let ((?x80 (/ 0.0 scale)))
 (let ((?x81 (- ?x80)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x74 (* ?x73 0.0)))
 (let ((?x71 (/ (- 1.0) scale)))
 (let ((?x75 (+ ?x71 ?x74)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x14 (/ ?x13 scale)))
 (let ((?x16 (* ?x14 (- (/ 1.0 2.0)))))
 (let ((?x78 (* ?x16 ?x75)))
 (let ((?x76 (* (- (/ 1.0 2.0)) ?x75)))
 (let ((?x77 (* ?x14 ?x76)))
 (let ((?x79 (+ ?x77 ?x78)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x68 (/ (/ (* 1.0 expc!2) exp!3) exp!1)))
 (let ((?x83 (* ?x68 ?x82)))
 (let ((?x36 (- b)))
 (let ((?x37 (+ f ?x36)))
 (let ((?x84 (* ?x37 ?x83)))
 (let ((?x39 (* ?x14 ?x37)))
 (let ((?x40 (* (- (/ 1.0 2.0)) ?x39)))
 (let ((?x38 (* ?x16 ?x37)))
 (let ((?x41 (+ ?x38 ?x40)))
 (let ((?x42 (/ ?x41 scale)))
 (let ((?x43 (- ?x42)))
 (let ((?x69 (* ?x68 ?x43)))
 (or (and (distinct ?x69 ?x84) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (let (($x30 (= exp!1 scale)))
 (=> (> scale 0.0) $x30)))
(assert
 (<= (/ 275110601550785630444973123331185011181750735474721319491421067405180518544051493886023452525917290251.0 689600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (> expc!2 0.0))
(assert
 (>= (/ 275110601550785630444973123331185011181805757595132600508578932594819481455948506113976547474082709749.0 689600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (let ((?x53 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x53 log!17) (< exp!3 exp!1))))
(assert
 (let ((?x53 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!17 ?x53) (< exp!1 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x53 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x53 0.0) (> exp!3 1.0))))
(assert
 (let ((?x53 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x53))))
(check-sat)
(pop 1)
