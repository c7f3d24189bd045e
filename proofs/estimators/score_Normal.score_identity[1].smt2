; certjax: rule estimators.score_Normal, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun expc!1 () Real)
(declare-fun f () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x94 (/ 1.0 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x19 (- loc)))
 (let ((?x20 (+ z ?x19)))
 (let ((?x87 (- ?x20)))
 (let ((?x74 (/ 1.0 (* scale scale))))
 (let ((?x88 (* ?x74 ?x87)))
 (let ((?x86 (/ 0.0 scale)))
 (let ((?x89 (+ ?x86 ?x88)))
 (let ((?x21 (/ ?x20 scale)))
 (let ((?x76 (* ?x21 (- (/ 1.0 2.0)))))
 (let ((?x92 (* ?x76 ?x89)))
 (let ((?x90 (* (- (/ 1.0 2.0)) ?x89)))
 (let ((?x91 (* ?x21 ?x90)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x66 (/ (/ (* 1.0 expc!1) exp!2) exp!4)))
 (let ((?x97 (* ?x66 ?x96)))
 (let ((?x98 (* f ?x97)))
 (let ((?x69 (* f 1.0)))
 (let ((?x67 (* 1.0 0.0)))
 (let ((?x70 (+ ?x67 ?x69)))
 (let ((?x78 (* ?x21 ?x70)))
 (let ((?x79 (* (- (/ 1.0 2.0)) ?x78)))
 (let ((?x77 (* ?x76 ?x70)))
 (let ((?x80 (+ ?x77 ?x79)))
 (let ((?x81 (* ?x74 ?x80)))
 (let ((?x82 (* ?x20 ?x81)))
 (let ((?x83 (- ?x82)))
 (let ((?x71 (- ?x70)))
 (let ((?x72 (/ ?x71 scale)))
 (let ((?x84 (+ ?x72 ?x83)))
 (let ((?x85 (* ?x66 ?x84)))
 (or (and (distinct ?x85 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let (($x35 (< log!14 ?x24)))
 (= $x35 (< exp!3 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!14)))
 (= $x38 (< exp!2 exp!3)))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x42 (> log!14 0.0)))
 (= $x42 (> exp!3 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!14)))
 (>= exp!3 ?x45)))
(assert
 (let (($x48 (= exp!3 scale)))
 (let (($x47 (> scale 0.0)))
 (=> $x47 $x48))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x35 (< log!14 ?x24)))
 (= $x35 (< exp!4 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!14)))
 (= $x38 (< exp!2 exp!4)))))
(assert
 (let (($x55 (< log!14 log!14)))
 (= $x55 (< exp!4 exp!3))))
(assert
 (let (($x55 (< log!14 log!14)))
 (= $x55 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x42 (> log!14 0.0)))
 (= $x42 (> exp!4 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!14)))
 (>= exp!4 ?x45)))
(assert
 (let (($x64 (= exp!4 scale)))
(let (($x47 (> scale 0.0)))
(=> $x47 $x64))))
(check-sat)
(pop 1)
