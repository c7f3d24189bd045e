; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[0]', verdict proved
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
 (let ((?x408 (* ?x159 ?x61)))
 (let ((?x316 (- ?x408)))
 (let ((?x211 (+ ?x122 ?x316)))
 (let ((?x439 (/ ?x211 scale)))
 (let ((?x462 (- ?x439)))
 (let ((?x720 (* ?x169 ?x462)))
 (or (and (distinct ?x720 ?x71) true)))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (= 0.0 ?x893)))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (= 0.0 ?x893)))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x528 (* ?x61 ?x159)))
 (let ((?x843 (- ?x528)))
 (let ((?x320 (+ ?x122 ?x843)))
 (let ((?x240 (/ ?x320 scale)))
 (let ((?x766 (- ?x240)))
 (let ((?x611 (* ?x366 ?x766)))
 (or (and (distinct ?x611 ?x531) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893)))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940))))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x456 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x254 (* ?x456 exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x408 (* ?x159 ?x61)))
 (let ((?x316 (- ?x408)))
 (let ((?x211 (+ ?x122 ?x316)))
 (let ((?x439 (/ ?x211 scale)))
 (let ((?x462 (- ?x439)))
 (let ((?x720 (* ?x169 ?x462)))
 (or (and (distinct ?x720 ?x71) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (= 0.0 ?x893))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (= 0.0 ?x893))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x528 (* ?x61 ?x159)))
 (let ((?x843 (- ?x528)))
 (let ((?x320 (+ ?x122 ?x843)))
 (let ((?x240 (/ ?x320 scale)))
 (let ((?x766 (- ?x240)))
 (let ((?x611 (* ?x366 ?x766)))
 (or (and (distinct ?x611 ?x531) true)))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
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
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x495 (* ?x152 (/ 1.0 2.0))))
 (let ((?x820 (+ ?x495 ?x747)))
 (let ((?x302 (* 2.0 ?x820)))
 (let ((?x334 (- ?x302)))
 (let ((?x300 (+ ?x152 ?x334)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x279 (+ ?x131 ?x300)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x955 (* ?x366 ?x279)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x531 (* ?x24 ?x955)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x531) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (< 0.0 ?x893))))
(assert
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
 (let ((?x893 (+ 1.0 ?x61)))
 (let (($x940 (= 0.0 ?x893)))
 (not $x940)))))
(assert
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x94 (* 0.0 ?x79)))
 (let ((?x118 (/ (- 1.0) scale)))
 (let ((?x77 (+ ?x118 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1481 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x893 (+ 1.0 ?x61)))
 (let ((?x647 (* ?x152 ?x61)))
 (let ((?x747 (/ ?x647 ?x893)))
 (let ((?x734 (+ ?x747 ?x1481)))
 (let ((?x368 (* 2.0 ?x734)))
 (let ((?x266 (- ?x368)))
 (let ((?x1484 (+ ?x152 ?x266)))
 (let ((?x128 (/ 0.0 scale)))
 (let ((?x131 (- ?x128)))
 (let ((?x1434 (+ ?x131 ?x1484)))
 (let ((?x606 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x366 (* ?x606 exp!2)))
 (let ((?x736 (* ?x366 ?x1434)))
 (let ((?x93 (- b)))
 (let ((?x24 (+ f ?x93)))
 (let ((?x822 (* ?x24 ?x736)))
 (let ((?x157 (* f 1.0)))
 (let ((?x138 (* ?x93 1.0)))
 (let ((?x154 (+ ?x138 ?x157)))
 (let ((?x122 (- ?x154)))
 (let ((?x159 (* 2.0 ?x122)))
 (let ((?x254 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x348 (* ?x254 ?x159)))
 (let ((?x215 (- ?x348)))
 (let ((?x225 (+ ?x122 ?x215)))
 (let ((?x859 (/ ?x225 scale)))
 (let ((?x684 (- ?x859)))
 (let ((?x553 (* ?x366 ?x684)))
 (or (and (distinct ?x553 ?x822) true))))))))))))))))))))))))))))))))))))))
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
