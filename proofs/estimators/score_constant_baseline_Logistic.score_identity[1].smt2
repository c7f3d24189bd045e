; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x180 (* ?x53 ?x142)))
 (let ((?x672 (- ?x180)))
 (let ((?x642 (+ ?x122 ?x672)))
 (let ((?x218 (* ?x159 ?x642)))
 (let ((?x870 (* ?x11 ?x218)))
 (let ((?x855 (- ?x870)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x1291 (+ ?x36 ?x855)))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (= 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (= 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x363 (* ?x142 ?x53)))
 (let ((?x1647 (- ?x363)))
 (let ((?x255 (+ ?x122 ?x1647)))
 (let ((?x1078 (* ?x159 ?x255)))
 (let ((?x537 (* ?x11 ?x1078)))
 (let ((?x884 (- ?x537)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x721 (+ ?x36 ?x884)))
 (let ((?x955 (* ?x607 ?x721)))
 (or (and (distinct ?x955 ?x934) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261)))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x82 (/ 1.0 exp!1)))
 (let ((?x142 (* ?x82 exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x518 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1096 (* ?x518 exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!354 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!354 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!354 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x180 (* ?x53 ?x142)))
 (let ((?x672 (- ?x180)))
 (let ((?x642 (+ ?x122 ?x672)))
 (let ((?x218 (* ?x159 ?x642)))
 (let ((?x870 (* ?x11 ?x218)))
 (let ((?x855 (- ?x870)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x1291 (+ ?x36 ?x855)))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!354 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!354 () Real)
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (= 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (= 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x363 (* ?x142 ?x53)))
 (let ((?x1647 (- ?x363)))
 (let ((?x255 (+ ?x122 ?x1647)))
 (let ((?x1078 (* ?x159 ?x255)))
 (let ((?x537 (* ?x11 ?x1078)))
 (let ((?x884 (- ?x537)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x721 (+ ?x36 ?x884)))
 (let ((?x955 (* ?x607 ?x721)))
 (or (and (distinct ?x955 ?x934) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x667 (* ?x126 (/ 1.0 2.0))))
 (let ((?x177 (+ ?x667 ?x1000)))
 (let ((?x886 (* 2.0 ?x177)))
 (let ((?x918 (- ?x886)))
 (let ((?x710 (+ ?x126 ?x918)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x858 (+ ?x94 ?x710)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x730 (* ?x607 ?x858)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x934 (* ?x129 ?x730)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x934) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
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
(declare-fun log!40 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun log!354 () Real)
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
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (< 0.0 ?x261))))
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
 (let ((?x261 (+ 1.0 ?x142)))
 (let (($x951 (= 0.0 ?x261)))
 (not $x951)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x152 (- ?x11)))
 (let ((?x159 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x159 ?x152)))
 (let ((?x77 (/ 0.0 scale)))
 (let ((?x156 (+ ?x77 ?x123)))
 (let ((?x126 (- ?x156)))
 (let ((?x1632 (* 0.0 ?x126)))
 (let ((?x142 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x261 (+ 1.0 ?x142)))
 (let ((?x519 (* ?x126 ?x142)))
 (let ((?x1000 (/ ?x519 ?x261)))
 (let ((?x810 (+ ?x1000 ?x1632)))
 (let ((?x307 (* 2.0 ?x810)))
 (let ((?x1076 (- ?x307)))
 (let ((?x688 (+ ?x126 ?x1076)))
 (let ((?x79 (/ 1.0 scale)))
 (let ((?x94 (- ?x79)))
 (let ((?x1684 (+ ?x94 ?x688)))
 (let ((?x482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x607 (* ?x482 exp!2)))
 (let ((?x1682 (* ?x607 ?x1684)))
 (let ((?x93 (- b)))
 (let ((?x129 (+ f ?x93)))
 (let ((?x1037 (* ?x129 ?x1682)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x53 (* 2.0 ?x122)))
 (let ((?x1096 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x185 (* ?x1096 ?x53)))
 (let ((?x454 (- ?x185)))
 (let ((?x172 (+ ?x122 ?x454)))
 (let ((?x216 (* ?x159 ?x172)))
 (let ((?x895 (* ?x11 ?x216)))
 (let ((?x233 (- ?x895)))
 (let ((?x36 (/ ?x122 scale)))
 (let ((?x225 (+ ?x36 ?x233)))
 (let ((?x762 (* ?x607 ?x225)))
 (or (and (distinct ?x762 ?x1037) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!40 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!40) (< exp!1 exp!3)))
(assert
 (= (< log!40 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!40) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!40 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!40)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!276 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!40) (< exp!4 exp!3)))
(assert
 (= (< log!40 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!354 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!354) (< exp!1 exp!5)))
(assert
 (= (< log!354 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!354) (< exp!2 exp!5)))
(assert
 (= (< log!354 log!40) (< exp!5 exp!3)))
(assert
 (= (< log!40 log!354) (< exp!3 exp!5)))
(assert
 (= (< log!354 log!276) (< exp!5 exp!4)))
(assert
 (= (< log!276 log!354) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!354 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!354)))
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
 (= (< 0.0 log!40) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!40) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!354) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!354) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
