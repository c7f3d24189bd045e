; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'score_identity[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x97 (/ 1.0 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x93 (- ?x8)))
 (let ((?x63 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x63 ?x93)))
 (let ((?x92 (/ 0.0 scale)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x99 (+ ?x96 ?x98)))
 (let ((?x89 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x100 (* ?x89 ?x99)))
 (let ((?x53 (- b)))
 (let ((?x91 (+ f ?x53)))
 (let ((?x101 (* ?x91 ?x100)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x64 (* ?x63 ?x60)))
 (let ((?x65 (* ?x8 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x61 (/ ?x60 scale)))
 (let ((?x67 (+ ?x61 ?x66)))
 (let ((?x90 (* ?x89 ?x67)))
 (or (and (distinct ?x90 ?x101) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x97 (/ 1.0 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x93 (- ?x8)))
 (let ((?x63 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x63 ?x93)))
 (let ((?x92 (/ 0.0 scale)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x545 (+ ?x95 ?x98)))
 (let ((?x549 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x546 (* ?x549 ?x545)))
 (let ((?x53 (- b)))
 (let ((?x91 (+ f ?x53)))
 (let ((?x389 (* ?x91 ?x546)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x106 (* ?x63 ?x59)))
 (let ((?x527 (* ?x8 ?x106)))
 (let ((?x551 (- ?x527)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (/ ?x60 scale)))
 (let ((?x405 (+ ?x61 ?x551)))
 (let ((?x398 (* ?x549 ?x405)))
 (or (and (distinct ?x398 ?x389) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
