; certjax: rule estimators.score_Laplace, obligation 'score_identity[1]', verdict proved
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
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!16 () Real)
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
 (let ((?x80 (/ 1.0 scale)))
 (let ((?x81 (- ?x80)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x76 (- ?x8)))
 (let ((?x69 (/ 1.0 (* scale scale))))
 (let ((?x77 (* ?x69 ?x76)))
 (let ((?x75 (/ 0.0 scale)))
 (let ((?x78 (+ ?x75 ?x77)))
 (let ((?x79 (- ?x78)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x61 (/ (/ (* 1.0 expc!1) exp!3) exp!4)))
 (let ((?x83 (* ?x61 ?x82)))
 (let ((?x84 (* f ?x83)))
 (let ((?x64 (* f 1.0)))
 (let ((?x62 (* 0.0 1.0)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x70 (* ?x69 ?x66)))
 (let ((?x71 (* ?x8 ?x70)))
 (let ((?x72 (- ?x71)))
 (let ((?x67 (/ ?x66 scale)))
 (let ((?x73 (+ ?x67 ?x72)))
 (let ((?x74 (* ?x61 ?x73)))
 (or (and (distinct ?x74 ?x84) true)))))))))))))))))))))))))))
(assert
 (<= (/ 70368742238105.0 140737488355328.0) expc!1))
(assert
 (>= (/ 70368742238233.0 140737488355328.0) expc!1))
(assert
 (> exp!2 0.0))
(assert
 (let (($x34 (> log!16 0.0)))
 (= $x34 (> exp!2 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!16)))
 (>= exp!2 ?x33)))
(assert
 (let (($x36 (= exp!2 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x36))))
(assert
 (let (($x26 (< log!16 log!16)))
 (= $x26 (< exp!3 exp!2))))
(assert
 (let (($x26 (< log!16 log!16)))
 (= $x26 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x34 (> log!16 0.0)))
 (= $x34 (> exp!3 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!16)))
 (>= exp!3 ?x33)))
(assert
 (let (($x45 (= exp!3 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x45))))
(assert
 (= (< (/ (+ z (- loc)) scale) log!16) (< exp!4 exp!3)))
(assert
 (= (< log!16 (/ (+ z (- loc)) scale)) (< exp!3 exp!4)))
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
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!16 () Real)
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
 (let ((?x80 (/ 1.0 scale)))
 (let ((?x81 (- ?x80)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x76 (- ?x8)))
 (let ((?x69 (/ 1.0 (* scale scale))))
 (let ((?x77 (* ?x69 ?x76)))
 (let ((?x75 (/ 0.0 scale)))
 (let ((?x78 (+ ?x75 ?x77)))
 (let ((?x432 (+ ?x78 ?x81)))
 (let ((?x47 (/ (* 1.0 expc!1) exp!3)))
 (let ((?x85 (* ?x47 exp!4)))
 (let ((?x318 (* ?x85 ?x432)))
 (let ((?x429 (* f ?x318)))
 (let ((?x64 (* f 1.0)))
 (let ((?x62 (* 0.0 1.0)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x86 (* ?x69 ?x65)))
 (let ((?x88 (* ?x8 ?x86)))
 (let ((?x425 (- ?x88)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (/ ?x66 scale)))
 (let ((?x89 (+ ?x67 ?x425)))
 (let ((?x411 (* ?x85 ?x89)))
 (or (and (distinct ?x411 ?x429) true)))))))))))))))))))))))))))
(assert
 (<= (/ 70368742238105.0 140737488355328.0) expc!1))
(assert
 (>= (/ 70368742238233.0 140737488355328.0) expc!1))
(assert
 (> exp!2 0.0))
(assert
 (let (($x34 (> log!16 0.0)))
 (= $x34 (> exp!2 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!16)))
 (>= exp!2 ?x33)))
(assert
 (let (($x36 (= exp!2 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x36))))
(assert
 (let (($x26 (< log!16 log!16)))
 (= $x26 (< exp!3 exp!2))))
(assert
 (let (($x26 (< log!16 log!16)))
 (= $x26 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x34 (> log!16 0.0)))
 (= $x34 (> exp!3 1.0))))
(assert
 (let ((?x33 (+ 1.0 log!16)))
 (>= exp!3 ?x33)))
(assert
 (let (($x45 (= exp!3 scale)))
 (let (($x18 (> scale 0.0)))
 (=> $x18 $x45))))
(assert
 (= (< (/ (+ z (- loc)) scale) log!16) (< exp!4 exp!3)))
(assert
 (= (< log!16 (/ (+ z (- loc)) scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
