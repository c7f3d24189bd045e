; certjax: rule estimators.score_constant_baseline_Normal, obligation 'score_identity[0]', verdict proved
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
(declare-fun log!15 () Real)
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
 (let ((?x70 (- b)))
 (let ((?x96 (+ f ?x70)))
 (let ((?x92 (/ 0.0 scale)))
 (let ((?x93 (- ?x92)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x86 (* ?x85 0.0)))
 (let ((?x83 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x83 ?x86)))
 (let ((?x19 (- loc)))
 (let ((?x20 (+ z ?x19)))
 (let ((?x21 (/ ?x20 scale)))
 (let ((?x68 (* ?x21 (- (/ 1.0 2.0)))))
 (let ((?x90 (* ?x68 ?x87)))
 (let ((?x88 (* (- (/ 1.0 2.0)) ?x87)))
 (let ((?x89 (* ?x21 ?x88)))
 (let ((?x91 (+ ?x89 ?x90)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x66 (/ (/ (* 1.0 expc!1) exp!2) exp!4)))
 (let ((?x95 (* ?x66 ?x94)))
 (let ((?x97 (* ?x95 ?x96)))
 (let ((?x73 (* f 1.0)))
 (let ((?x71 (* 1.0 ?x70)))
 (let ((?x74 (+ ?x71 ?x73)))
 (let ((?x76 (* ?x21 ?x74)))
 (let ((?x77 (* (- (/ 1.0 2.0)) ?x76)))
 (let ((?x75 (* ?x68 ?x74)))
 (let ((?x78 (+ ?x75 ?x77)))
 (let ((?x79 (/ ?x78 scale)))
 (let ((?x80 (- ?x79)))
 (let ((?x81 (* ?x66 ?x80)))
 (or (and (distinct ?x81 ?x97) true)))))))))))))))))))))))))))))))))
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
 (let (($x35 (< log!15 ?x24)))
 (= $x35 (< exp!3 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!15)))
 (= $x38 (< exp!2 exp!3)))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x42 (> log!15 0.0)))
 (= $x42 (> exp!3 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!15)))
 (>= exp!3 ?x45)))
(assert
 (let (($x48 (= exp!3 scale)))
 (let (($x47 (> scale 0.0)))
 (=> $x47 $x48))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x35 (< log!15 ?x24)))
 (= $x35 (< exp!4 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!15)))
 (= $x38 (< exp!2 exp!4)))))
(assert
 (let (($x55 (< log!15 log!15)))
 (= $x55 (< exp!4 exp!3))))
(assert
 (let (($x55 (< log!15 log!15)))
 (= $x55 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x42 (> log!15 0.0)))
 (= $x42 (> exp!4 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!15)))
 (>= exp!4 ?x45)))
(assert
 (let (($x64 (= exp!4 scale)))
(let (($x47 (> scale 0.0)))
(=> $x47 $x64))))
(check-sat)
(pop 1)
