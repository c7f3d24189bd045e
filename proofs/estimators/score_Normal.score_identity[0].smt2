; certjax: rule estimators.score_Normal, obligation 'score_identity[0]', verdict proved
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
(declare-fun f () Real)
(declare-fun log!14 () Real)
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
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x78 (- ?x77)))
 (let ((?x70 (/ 1.0 (* scale scale))))
 (let ((?x71 (* ?x70 0.0)))
 (let ((?x68 (/ (- 1.0) scale)))
 (let ((?x72 (+ ?x68 ?x71)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x14 (/ ?x13 scale)))
 (let ((?x16 (* ?x14 (- (/ 1.0 2.0)))))
 (let ((?x75 (* ?x16 ?x72)))
 (let ((?x73 (* (- (/ 1.0 2.0)) ?x72)))
 (let ((?x74 (* ?x14 ?x73)))
 (let ((?x76 (+ ?x74 ?x75)))
 (let ((?x79 (+ ?x76 ?x78)))
 (let ((?x65 (/ (/ (* 1.0 expc!2) exp!3) exp!1)))
 (let ((?x80 (* ?x65 ?x79)))
 (let ((?x81 (* f ?x80)))
 (let ((?x36 (* f ?x14)))
 (let ((?x37 (* (- (/ 1.0 2.0)) ?x36)))
 (let ((?x35 (* f ?x16)))
 (let ((?x38 (+ ?x35 ?x37)))
 (let ((?x39 (/ ?x38 scale)))
 (let ((?x40 (- ?x39)))
 (let ((?x66 (* ?x65 ?x40)))
 (or (and (distinct ?x66 ?x81) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!14 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!14)))
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
 (let ((?x50 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x50 log!14) (< exp!3 exp!1))))
(assert
 (let ((?x50 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!14 ?x50) (< exp!1 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x50 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x50 0.0) (> exp!3 1.0))))
(assert
 (let ((?x50 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x50))))
(check-sat)
(pop 1)
