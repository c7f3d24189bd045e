; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'score_identity[0]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun expc!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!17 () Real)
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
 (let ((?x80 (/ 0.0 scale)))
 (let ((?x81 (- ?x80)))
 (let ((?x76 (/ 1.0 (* scale scale))))
 (let ((?x77 (* 0.0 ?x76)))
 (let ((?x74 (/ (- 1.0) scale)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x79 (- ?x78)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x61 (/ (/ (* 1.0 expc!1) exp!3) exp!4)))
 (let ((?x83 (* ?x61 ?x82)))
 (let ((?x63 (- b)))
 (let ((?x72 (+ f ?x63)))
 (let ((?x84 (* ?x72 ?x83)))
 (let ((?x66 (* f 1.0)))
 (let ((?x64 (* ?x63 1.0)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x68 (- ?x67)))
 (let ((?x69 (/ ?x68 scale)))
 (let ((?x70 (- ?x69)))
 (let ((?x71 (* ?x61 ?x70)))
 (or (and (distinct ?x71 ?x84) true)))))))))))))))))))))))
(assert
 (<= (/ 70368742238105.0 140737488355328.0) expc!1))
(assert
 (>= (/ 70368742238233.0 140737488355328.0) expc!1))
(assert
 (> exp!2 0.0))
(assert
 (let (($x34 (> log!17 0.0)))
 (= $x34 (> exp!2 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!17)))
 (>= exp!2 ?x33)))
(assert
 (let (($x36 (= exp!2 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x36))))
(assert
 (let (($x26 (< log!17 log!17)))
 (= $x26 (< exp!3 exp!2))))
(assert
 (let (($x26 (< log!17 log!17)))
 (= $x26 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x34 (> log!17 0.0)))
 (= $x34 (> exp!3 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!17)))
 (>= exp!3 ?x33)))
(assert
 (let (($x45 (= exp!3 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x45))))
(assert
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!4 exp!3)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun expc!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!17 () Real)
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
 (let ((?x80 (/ 0.0 scale)))
 (let ((?x81 (- ?x80)))
 (let ((?x76 (/ 1.0 (* scale scale))))
 (let ((?x77 (* 0.0 ?x76)))
 (let ((?x74 (/ (- 1.0) scale)))
 (let ((?x78 (+ ?x74 ?x77)))
 (let ((?x89 (+ ?x78 ?x81)))
 (let ((?x47 (/ (* 1.0 expc!1) exp!3)))
 (let ((?x85 (* ?x47 exp!4)))
 (let ((?x331 (* ?x85 ?x89)))
 (let ((?x63 (- b)))
 (let ((?x72 (+ f ?x63)))
 (let ((?x349 (* ?x72 ?x331)))
 (let ((?x66 (* f 1.0)))
 (let ((?x64 (* ?x63 1.0)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x86 (/ ?x67 scale)))
 (let ((?x88 (- ?x86)))
 (let ((?x348 (* ?x85 ?x88)))
 (or (and (distinct ?x348 ?x349) true))))))))))))))))))))))
(assert
 (<= (/ 70368742238105.0 140737488355328.0) expc!1))
(assert
 (>= (/ 70368742238233.0 140737488355328.0) expc!1))
(assert
 (> exp!2 0.0))
(assert
 (let (($x34 (> log!17 0.0)))
 (= $x34 (> exp!2 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!17)))
 (>= exp!2 ?x33)))
(assert
 (let (($x36 (= exp!2 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x36))))
(assert
 (let (($x26 (< log!17 log!17)))
 (= $x26 (< exp!3 exp!2))))
(assert
 (let (($x26 (< log!17 log!17)))
 (= $x26 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x34 (> log!17 0.0)))
 (= $x34 (> exp!3 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!17)))
 (>= exp!3 ?x33)))
(assert
 (let (($x45 (= exp!3 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x45))))
(assert
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!4 exp!3)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
