; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[1]', verdict proved
; 32 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (= 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 3 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 4 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (= 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x173 (* ?x53 ?x142)))
 (let ((?x672 (- ?x173)))
 (let ((?x592 (+ ?x122 ?x672)))
 (let ((?x545 (* ?x159 ?x592)))
 (let ((?x1092 (* ?x11 ?x545)))
 (let ((?x646 (- ?x1092)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x1291 (+ ?x36 ?x646)))
 (let ((?x963 (* ?x65 ?x1291)))
 (or (and (distinct ?x963 ?x69) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 5 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 6 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 7 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (= 0.0 ?x572)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 8 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 9 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 10 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 11 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 12 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (= 0.0 ?x572)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x684 (* ?x142 ?x53)))
 (let ((?x1649 (- ?x684)))
 (let ((?x633 (+ ?x122 ?x1649)))
 (let ((?x368 (* ?x159 ?x633)))
 (let ((?x793 (* ?x11 ?x368)))
 (let ((?x744 (- ?x793)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x1091 (+ ?x36 ?x744)))
 (let ((?x286 (* ?x430 ?x1091)))
 (or (and (distinct ?x286 ?x649) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 13 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 14 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 15 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 16 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x254 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x263 (* ?x254 exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 17 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!355 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (= 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 18 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!355 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 19 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!355 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 20 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!355 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (= 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x173 (* ?x53 ?x142)))
 (let ((?x672 (- ?x173)))
 (let ((?x592 (+ ?x122 ?x672)))
 (let ((?x545 (* ?x159 ?x592)))
 (let ((?x1092 (* ?x11 ?x545)))
 (let ((?x646 (- ?x1092)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x1291 (+ ?x36 ?x646)))
 (let ((?x963 (* ?x65 ?x1291)))
 (or (and (distinct ?x963 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 21 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!355 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 22 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun log!277 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!355 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (< 0.0 ?x46))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let (($x85 (= 0.0 ?x46)))
 (not $x85)))))
(assert
 (let ((?x37 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x46 (+ 1.0 ?x37)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x115 (* ?x156 ?x37)))
 (let ((?x75 (/ ?x115 ?x46)))
 (let ((?x126 (- ?x156)))
 (let ((?x148 (+ ?x126 ?x75)))
 (let ((?x158 (* 2.0 ?x148)))
 (let ((?x108 (- ?x158)))
 (let ((?x71 (+ ?x126 ?x108)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x160 (+ ?x94 ?x71)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x61 (* ?x65 ?x160)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x69 (* ?x129 ?x61)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x136 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x136 ?x53)))
 (let ((?x125 (- ?x155)))
 (let ((?x120 (+ ?x122 ?x125)))
 (let ((?x32 (* ?x159 ?x120)))
 (let ((?x132 (* ?x11 ?x32)))
 (let ((?x127 (- ?x132)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x169 (+ ?x36 ?x127)))
 (let ((?x118 (* ?x65 ?x169)))
 (or (and (distinct ?x118 ?x69) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 23 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (= 0.0 ?x572))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 24 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 25 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 26 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 27 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 28 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (= 0.0 ?x572))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x684 (* ?x142 ?x53)))
 (let ((?x1649 (- ?x684)))
 (let ((?x633 (+ ?x122 ?x1649)))
 (let ((?x368 (* ?x159 ?x633)))
 (let ((?x793 (* ?x11 ?x368)))
 (let ((?x744 (- ?x793)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x1091 (+ ?x36 ?x744)))
 (let ((?x286 (* ?x430 ?x1091)))
 (or (and (distinct ?x286 ?x649) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 29 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 30 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 31 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x185 (* ?x126 (/ 1.0 2.0))))
 (let ((?x1062 (+ ?x185 ?x496)))
 (let ((?x401 (* 2.0 ?x1062)))
 (let ((?x1153 (- ?x401)))
 (let ((?x837 (+ ?x126 ?x1153)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x860 (+ ?x94 ?x837)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x539 (* ?x430 ?x860)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x649 (* ?x129 ?x539)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x649) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 32 of 32
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!41 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!277 () Real)
(declare-fun log!355 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!11))
(assert
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (< 0.0 ?x572))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let (($x1276 (= 0.0 ?x572)))
 (not $x1276)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1634 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x572 (+ 1.0 ?x142)))
 (let ((?x1131 (* ?x126 ?x142)))
 (let ((?x496 (/ ?x1131 ?x572)))
 (let ((?x935 (+ ?x496 ?x1634)))
 (let ((?x618 (* 2.0 ?x935)))
 (let ((?x1079 (- ?x618)))
 (let ((?x304 (+ ?x126 ?x1079)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1686 (+ ?x94 ?x304)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x430 (* ?x589 exp!2)))
 (let ((?x1684 (* ?x430 ?x1686)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x599 (* ?x129 ?x1684)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x263 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x224 (* ?x263 ?x53)))
 (let ((?x812 (- ?x224)))
 (let ((?x416 (+ ?x122 ?x812)))
 (let ((?x677 (* ?x159 ?x416)))
 (let ((?x256 (* ?x11 ?x677)))
 (let ((?x215 (- ?x256)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x235 (+ ?x36 ?x215)))
 (let ((?x1226 (* ?x430 ?x235)))
 (or (and (distinct ?x1226 ?x599) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!41 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!41) (< exp!1 exp!3)))
(assert
 (= (< log!41 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!41) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!41 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!41)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!277 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!277) (< exp!1 exp!4)))
(assert
 (= (< log!277 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!277) (< exp!2 exp!4)))
(assert
 (= (< log!277 log!41) (< exp!4 exp!3)))
(assert
 (= (< log!41 log!277) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!277 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!277)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!355 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!355) (< exp!1 exp!5)))
(assert
 (= (< log!355 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!355) (< exp!2 exp!5)))
(assert
 (= (< log!355 log!41) (< exp!5 exp!3)))
(assert
 (= (< log!41 log!355) (< exp!3 exp!5)))
(assert
 (= (< log!355 log!277) (< exp!5 exp!4)))
(assert
 (= (< log!277 log!355) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!355 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!355)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!41) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!41) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!277) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!277) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!355) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!355) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
