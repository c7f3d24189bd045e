; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[0]', verdict proved
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x386 (* ?x159 ?x61)))
 (let ((?x352 (- ?x386)))
 (let ((?x417 (+ ?x122 ?x352)))
 (let ((?x252 (/ ?x417 scale)))
 (let ((?x940 (- ?x252)))
 (let ((?x926 (* ?x169 ?x940)))
 (or (and (distinct ?x926 ?x71) true)))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (= 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (= 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x1468 (* ?x61 ?x159)))
 (let ((?x335 (- ?x1468)))
 (let ((?x942 (+ ?x122 ?x335)))
 (let ((?x747 (/ ?x942 scale)))
 (let ((?x1044 (- ?x747)))
 (let ((?x802 (* ?x447 ?x1044)))
 (or (and (distinct ?x802 ?x489) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241)))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x728 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x309 (* ?x728 exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x386 (* ?x159 ?x61)))
 (let ((?x352 (- ?x386)))
 (let ((?x417 (+ ?x122 ?x352)))
 (let ((?x252 (/ ?x417 scale)))
 (let ((?x940 (- ?x252)))
 (let ((?x926 (* ?x169 ?x940)))
 (or (and (distinct ?x926 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x158 (+ ?x131 ?x148)))
 (let ((?x169 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x169 ?x158)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x71 (* ?x24 ?x108)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x100 (* ?x67 ?x159)))
 (let ((?x53 (- ?x100)))
 (let ((?x136 (+ ?x122 ?x53)))
 (let ((?x155 (/ ?x136 scale)))
 (let ((?x125 (- ?x155)))
 (let ((?x30 (* ?x169 ?x125)))
 (or (and (distinct ?x30 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (= 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (= 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x1468 (* ?x61 ?x159)))
 (let ((?x335 (- ?x1468)))
 (let ((?x942 (+ ?x122 ?x335)))
 (let ((?x747 (/ ?x942 scale)))
 (let ((?x1044 (- ?x747)))
 (let ((?x802 (* ?x447 ?x1044)))
 (or (and (distinct ?x802 ?x489) true)))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x400 (* ?x152 (/ 1.0 2.0))))
 (let ((?x172 (+ ?x400 ?x653)))
 (let ((?x896 (* 2.0 ?x172)))
 (let ((?x284 (- ?x896)))
 (let ((?x533 (+ ?x152 ?x284)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x311 (+ ?x131 ?x533)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x969 (* ?x447 ?x311)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x489 (* ?x24 ?x969)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x489) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (< 0.0 ?x241))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let (($x239 (= 0.0 ?x241)))
 (not $x239)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1487 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x241 (+ 1.0 ?x61)))
 (let ((?x792 (* ?x152 ?x61)))
 (let ((?x653 (/ ?x792 ?x241)))
 (let ((?x483 (+ ?x653 ?x1487)))
 (let ((?x874 (* 2.0 ?x483)))
 (let ((?x495 (- ?x874)))
 (let ((?x1490 (+ ?x152 ?x495)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1440 (+ ?x131 ?x1490)))
 (let ((?x765 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x447 (* ?x765 exp!2)))
 (let ((?x714 (* ?x447 ?x1440)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x983 (* ?x24 ?x714)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x309 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x965 (* ?x309 ?x159)))
 (let ((?x571 (- ?x965)))
 (let ((?x852 (+ ?x122 ?x571)))
 (let ((?x355 (/ ?x852 scale)))
 (let ((?x262 (- ?x355)))
 (let ((?x538 (* ?x447 ?x262)))
 (or (and (distinct ?x538 ?x983) true))))))))))))))))))))))))))))))))))))))
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
