; certjax: rule estimators.score_Normal, obligation 'score_identity[1]', verdict proved
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
 (let ((?x81 (/ 1.0 scale)))
 (let ((?x82 (- ?x81)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x74 (- ?x13)))
 (let ((?x38 (/ 1.0 (* scale scale))))
 (let ((?x75 (* ?x38 ?x74)))
 (let ((?x73 (/ 0.0 scale)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x14 (/ ?x13 scale)))
 (let ((?x16 (* ?x14 (- (/ 1.0 2.0)))))
 (let ((?x79 (* ?x16 ?x76)))
 (let ((?x77 (* (- (/ 1.0 2.0)) ?x76)))
 (let ((?x78 (* ?x14 ?x77)))
 (let ((?x80 (+ ?x78 ?x79)))
 (let ((?x83 (+ ?x80 ?x82)))
 (let ((?x71 (/ (/ (* 1.0 expc!2) exp!3) exp!1)))
 (let ((?x84 (* ?x71 ?x83)))
 (let ((?x85 (* f ?x84)))
 (let ((?x40 (* f ?x14)))
 (let ((?x41 (* (- (/ 1.0 2.0)) ?x40)))
 (let ((?x39 (* f ?x16)))
 (let ((?x42 (+ ?x39 ?x41)))
 (let ((?x43 (* ?x38 ?x42)))
 (let ((?x44 (* ?x13 ?x43)))
 (let ((?x45 (- ?x44)))
 (let ((?x35 (- f)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x46 (+ ?x36 ?x45)))
 (let ((?x72 (* ?x71 ?x46)))
 (or (and (distinct ?x72 ?x85) true)))))))))))))))))))))))))))))))))
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
 (let ((?x56 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x56 log!14) (< exp!3 exp!1))))
(assert
 (let ((?x56 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!14 ?x56) (< exp!1 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x56 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x56 0.0) (> exp!3 1.0))))
(assert
 (let ((?x56 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x56))))
(check-sat)
(pop 1)
