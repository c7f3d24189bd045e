; certjax: rule estimators.score_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x1043 (* ?x67 ?x61)))
 (let ((?x302 (- ?x1043)))
 (let ((?x459 (+ ?x157 ?x302)))
 (let ((?x785 (* ?x36 ?x459)))
 (let ((?x744 (* ?x11 ?x785)))
 (let ((?x647 (- ?x744)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x922 (+ ?x154 ?x647)))
 (let ((?x764 (* ?x128 ?x922)))
 (or (and (distinct ?x764 ?x71) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (= 0.0 ?x847)))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (= 0.0 ?x847)))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x1192 (* ?x61 ?x67)))
 (let ((?x319 (- ?x1192)))
 (let ((?x1560 (+ ?x157 ?x319)))
 (let ((?x840 (* ?x36 ?x1560)))
 (let ((?x1719 (* ?x11 ?x840)))
 (let ((?x527 (- ?x1719)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x689 (+ ?x154 ?x527)))
 (let ((?x991 (* ?x328 ?x689)))
 (or (and (distinct ?x991 ?x832) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847)))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x160 (/ 1.0 exp!1)))
 (let ((?x61 (* ?x160 exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x638 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x567 (* ?x638 exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x83 (= exp!3 scale)))
 (=> (> scale 0.0) $x83)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x1043 (* ?x67 ?x61)))
 (let ((?x302 (- ?x1043)))
 (let ((?x459 (+ ?x157 ?x302)))
 (let ((?x785 (* ?x36 ?x459)))
 (let ((?x744 (* ?x11 ?x785)))
 (let ((?x647 (- ?x744)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x922 (+ ?x154 ?x647)))
 (let ((?x764 (* ?x128 ?x922)))
 (or (and (distinct ?x764 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!271 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x123 (* ?x77 ?x37)))
 (let ((?x156 (/ ?x123 ?x46)))
 (let ((?x152 (- ?x77)))
 (let ((?x126 (+ ?x152 ?x156)))
 (let ((?x115 (* 2.0 ?x126)))
 (let ((?x75 (- ?x115)))
 (let ((?x148 (+ ?x152 ?x75)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x158 (+ ?x118 ?x148)))
 (let ((?x128 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x108 (* ?x128 ?x158)))
 (let ((?x71 (* f ?x108)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x100 (/ 1.0 exp!4)))
 (let ((?x53 (* ?x100 ?x67)))
 (let ((?x136 (- ?x53)))
 (let ((?x155 (+ ?x157 ?x136)))
 (let ((?x125 (* ?x36 ?x155)))
 (let ((?x120 (* ?x11 ?x125)))
 (let ((?x32 (- ?x120)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x132 (+ ?x154 ?x32)))
 (let ((?x131 (* ?x128 ?x132)))
 (or (and (distinct ?x131 ?x71) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (= 0.0 ?x847))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (= 0.0 ?x847))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x1192 (* ?x61 ?x67)))
 (let ((?x319 (- ?x1192)))
 (let ((?x1560 (+ ?x157 ?x319)))
 (let ((?x840 (* ?x36 ?x1560)))
 (let ((?x1719 (* ?x11 ?x840)))
 (let ((?x527 (- ?x1719)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x689 (+ ?x154 ?x527)))
 (let ((?x991 (* ?x328 ?x689)))
 (or (and (distinct ?x991 ?x832) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x416 (* ?x152 (/ 1.0 2.0))))
 (let ((?x357 (+ ?x416 ?x426)))
 (let ((?x409 (* 2.0 ?x357)))
 (let ((?x1187 (- ?x409)))
 (let ((?x420 (+ ?x152 ?x1187)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1121 (+ ?x118 ?x420)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x786 (* ?x328 ?x1121)))
 (let ((?x832 (* f ?x786)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x832) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!271 () Real)
(declare-fun log!349 () Real)
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
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (< 0.0 ?x847))))
(assert
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
 (let ((?x847 (+ 1.0 ?x61)))
 (let (($x525 (= 0.0 ?x847)))
 (not $x525)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x79 (- ?x11)))
 (let ((?x36 (/ 1.0 (* scale scale))))
 (let ((?x94 (* ?x36 ?x79)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x77 (+ ?x129 ?x94)))
 (let ((?x152 (- ?x77)))
 (let ((?x1552 (* 0.0 ?x152)))
 (let ((?x61 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x847 (+ 1.0 ?x61)))
 (let ((?x219 (* ?x152 ?x61)))
 (let ((?x426 (/ ?x219 ?x847)))
 (let ((?x583 (+ ?x426 ?x1552)))
 (let ((?x451 (* 2.0 ?x583)))
 (let ((?x1143 (- ?x451)))
 (let ((?x1104 (+ ?x152 ?x1143)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x118 (- ?x65)))
 (let ((?x1604 (+ ?x118 ?x1104)))
 (let ((?x589 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x328 (* ?x589 exp!2)))
 (let ((?x1602 (* ?x328 ?x1604)))
 (let ((?x614 (* f ?x1602)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x67 (* 2.0 ?x157)))
 (let ((?x567 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1182 (* ?x567 ?x67)))
 (let ((?x1180 (- ?x1182)))
 (let ((?x976 (+ ?x157 ?x1180)))
 (let ((?x652 (* ?x36 ?x976)))
 (let ((?x1122 (* ?x11 ?x652)))
 (let ((?x234 (- ?x1122)))
 (let ((?x154 (/ ?x157 scale)))
 (let ((?x761 (+ ?x154 ?x234)))
 (let ((?x211 (* ?x328 ?x761)))
 (or (and (distinct ?x211 ?x614) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!271 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!271) (< exp!1 exp!4)))
(assert
 (= (< log!271 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!271) (< exp!2 exp!4)))
(assert
 (= (< log!271 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!271) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!271 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!271)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!349 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!349) (< exp!1 exp!5)))
(assert
 (= (< log!349 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!349) (< exp!2 exp!5)))
(assert
 (= (< log!349 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!349) (< exp!3 exp!5)))
(assert
 (= (< log!349 log!271) (< exp!5 exp!4)))
(assert
 (= (< log!271 log!349) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!349 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!349)))
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
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!271) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!271) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!349) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!349) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
