; certjax: rule estimators.score_loo_baseline_Normal, obligation 'score_identity[1]', verdict proved
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
 (let ((?x84 (/ 1.0 scale)))
 (let ((?x85 (- ?x84)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x77 (- ?x13)))
 (let ((?x41 (/ 1.0 (* scale scale))))
 (let ((?x78 (* ?x41 ?x77)))
 (let ((?x76 (/ 0.0 scale)))
 (let ((?x79 (+ ?x76 ?x78)))
 (let ((?x14 (/ ?x13 scale)))
 (let ((?x16 (* ?x14 (- (/ 1.0 2.0)))))
 (let ((?x82 (* ?x16 ?x79)))
 (let ((?x80 (* (- (/ 1.0 2.0)) ?x79)))
 (let ((?x81 (* ?x14 ?x80)))
 (let ((?x83 (+ ?x81 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x74 (/ (/ (* 1.0 expc!2) exp!3) exp!1)))
 (let ((?x87 (* ?x74 ?x86)))
 (let ((?x36 (- b)))
 (let ((?x37 (+ f ?x36)))
 (let ((?x88 (* ?x37 ?x87)))
 (let ((?x43 (* ?x14 ?x37)))
 (let ((?x44 (* (- (/ 1.0 2.0)) ?x43)))
 (let ((?x42 (* ?x16 ?x37)))
 (let ((?x45 (+ ?x42 ?x44)))
 (let ((?x46 (* ?x41 ?x45)))
 (let ((?x47 (* ?x13 ?x46)))
 (let ((?x48 (- ?x47)))
 (let ((?x38 (- ?x37)))
 (let ((?x39 (/ ?x38 scale)))
 (let ((?x49 (+ ?x39 ?x48)))
 (let ((?x75 (* ?x74 ?x49)))
 (or (and (distinct ?x75 ?x88) true)))))))))))))))))))))))))))))))))))
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
 (let ((?x59 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x59 log!17) (< exp!3 exp!1))))
(assert
 (let ((?x59 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!17 ?x59) (< exp!1 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x59 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x59 0.0) (> exp!3 1.0))))
(assert
 (let ((?x59 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x59))))
(check-sat)
(pop 1)
