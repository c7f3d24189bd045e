; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'score_identity[1]', verdict proved
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
 (let ((?x83 (/ 1.0 scale)))
 (let ((?x84 (- ?x83)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x79 (- ?x8)))
 (let ((?x71 (/ 1.0 (* scale scale))))
 (let ((?x80 (* ?x71 ?x79)))
 (let ((?x78 (/ 0.0 scale)))
 (let ((?x81 (+ ?x78 ?x80)))
 (let ((?x82 (- ?x81)))
 (let ((?x85 (+ ?x82 ?x84)))
 (let ((?x61 (/ (/ (* 1.0 expc!1) exp!3) exp!4)))
 (let ((?x86 (* ?x61 ?x85)))
 (let ((?x63 (- b)))
 (let ((?x77 (+ f ?x63)))
 (let ((?x87 (* ?x77 ?x86)))
 (let ((?x66 (* f 1.0)))
 (let ((?x64 (* ?x63 1.0)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x68 (- ?x67)))
 (let ((?x72 (* ?x71 ?x68)))
 (let ((?x73 (* ?x8 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x69 (/ ?x68 scale)))
 (let ((?x75 (+ ?x69 ?x74)))
 (let ((?x76 (* ?x61 ?x75)))
 (or (and (distinct ?x76 ?x87) true)))))))))))))))))))))))))))))
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
 (let ((?x83 (/ 1.0 scale)))
 (let ((?x84 (- ?x83)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x79 (- ?x8)))
 (let ((?x71 (/ 1.0 (* scale scale))))
 (let ((?x80 (* ?x71 ?x79)))
 (let ((?x78 (/ 0.0 scale)))
 (let ((?x81 (+ ?x78 ?x80)))
 (let ((?x468 (+ ?x81 ?x84)))
 (let ((?x47 (/ (* 1.0 expc!1) exp!3)))
 (let ((?x88 (* ?x47 exp!4)))
 (let ((?x355 (* ?x88 ?x468)))
 (let ((?x63 (- b)))
 (let ((?x77 (+ f ?x63)))
 (let ((?x465 (* ?x77 ?x355)))
 (let ((?x66 (* f 1.0)))
 (let ((?x64 (* ?x63 1.0)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x89 (* ?x71 ?x67)))
 (let ((?x91 (* ?x8 ?x89)))
 (let ((?x461 (- ?x91)))
 (let ((?x68 (- ?x67)))
 (let ((?x69 (/ ?x68 scale)))
 (let ((?x92 (+ ?x69 ?x461)))
 (let ((?x447 (* ?x88 ?x92)))
 (or (and (distinct ?x447 ?x465) true)))))))))))))))))))))))))))))
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
