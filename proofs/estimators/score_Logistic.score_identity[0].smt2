; certjax: rule estimators.score_Logistic, obligation 'score_identity[0]', verdict proved
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x539 (* ?x36 ?x108)))
 (let ((?x599 (- ?x539)))
 (let ((?x407 (+ ?x157 ?x599)))
 (let ((?x964 (/ ?x407 scale)))
 (let ((?x591 (- ?x964)))
 (let ((?x582 (* ?x132 ?x591)))
 (or (and (distinct ?x582 ?x148) true)))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (= 0.0 ?x195)))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (= 0.0 ?x195)))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x1406 (* ?x108 ?x36)))
 (let ((?x991 (- ?x1406)))
 (let ((?x500 (+ ?x157 ?x991)))
 (let ((?x862 (/ ?x500 scale)))
 (let ((?x1750 (- ?x862)))
 (let ((?x834 (* ?x401 ?x1750)))
 (or (and (distinct ?x834 ?x393) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777))))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x158 (/ 1.0 exp!1)))
 (let ((?x108 (* ?x158 exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x297 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x362 (* ?x297 exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x539 (* ?x36 ?x108)))
 (let ((?x599 (- ?x539)))
 (let ((?x407 (+ ?x157 ?x599)))
 (let ((?x964 (/ ?x407 scale)))
 (let ((?x591 (- ?x964)))
 (let ((?x582 (* ?x132 ?x591)))
 (or (and (distinct ?x582 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x94 (* ?x129 ?x37)))
 (let ((?x77 (/ ?x94 ?x46)))
 (let ((?x79 (- ?x129)))
 (let ((?x152 (+ ?x79 ?x77)))
 (let ((?x123 (* 2.0 ?x152)))
 (let ((?x156 (- ?x123)))
 (let ((?x126 (+ ?x79 ?x156)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x115 (+ ?x30 ?x126)))
 (let ((?x132 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x75 (* ?x132 ?x115)))
 (let ((?x148 (* f ?x75)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x72 (/ 1.0 exp!4)))
 (let ((?x159 (* ?x72 ?x36)))
 (let ((?x67 (- ?x159)))
 (let ((?x100 (+ ?x157 ?x67)))
 (let ((?x53 (/ ?x100 scale)))
 (let ((?x136 (- ?x53)))
 (let ((?x127 (* ?x132 ?x136)))
 (or (and (distinct ?x127 ?x148) true))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (= 0.0 ?x195))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (= 0.0 ?x195))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x1406 (* ?x108 ?x36)))
 (let ((?x991 (- ?x1406)))
 (let ((?x500 (+ ?x157 ?x991)))
 (let ((?x862 (/ ?x500 scale)))
 (let ((?x1750 (- ?x862)))
 (let ((?x834 (* ?x401 ?x1750)))
 (or (and (distinct ?x834 ?x393) true)))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x843 (* ?x79 (/ 1.0 2.0))))
 (let ((?x935 (+ ?x843 ?x285)))
 (let ((?x406 (* 2.0 ?x935)))
 (let ((?x452 (- ?x406)))
 (let ((?x856 (+ ?x79 ?x452)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x536 (+ ?x30 ?x856)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x559 (* ?x401 ?x536)))
 (let ((?x393 (* f ?x559)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x393) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (< 0.0 ?x195))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let (($x777 (= 0.0 ?x195)))
 (not $x777)))))
(assert
 (let ((?x65 (/ 1.0 (* scale scale))))
 (let ((?x118 (* 0.0 ?x65)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x128 ?x118)))
 (let ((?x79 (- ?x129)))
 (let ((?x1450 (* 0.0 ?x79)))
 (let ((?x108 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x195 (+ 1.0 ?x108)))
 (let ((?x468 (* ?x79 ?x108)))
 (let ((?x285 (/ ?x468 ?x195)))
 (let ((?x408 (+ ?x285 ?x1450)))
 (let ((?x256 (* 2.0 ?x408)))
 (let ((?x1002 (- ?x256)))
 (let ((?x1453 (+ ?x79 ?x1002)))
 (let ((?x169 (/ 0.0 scale)))
 (let ((?x30 (- ?x169)))
 (let ((?x1403 (+ ?x30 ?x1453)))
 (let ((?x614 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x401 (* ?x614 exp!2)))
 (let ((?x723 (* ?x401 ?x1403)))
 (let ((?x773 (* f ?x723)))
 (let ((?x138 (* f 1.0)))
 (let ((?x114 (* 0.0 1.0)))
 (let ((?x112 (+ ?x114 ?x138)))
 (let ((?x157 (- ?x112)))
 (let ((?x36 (* 2.0 ?x157)))
 (let ((?x362 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x561 (* ?x362 ?x36)))
 (let ((?x659 (- ?x561)))
 (let ((?x418 (+ ?x157 ?x659)))
 (let ((?x555 (/ ?x418 scale)))
 (let ((?x835 (- ?x555)))
 (let ((?x222 (* ?x401 ?x835)))
 (or (and (distinct ?x222 ?x773) true))))))))))))))))))))))))))))))))))))
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
