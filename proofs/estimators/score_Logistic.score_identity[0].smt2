; certjax: rule estimators.score_Logistic, obligation 'score_identity[0]', verdict proved
; 20 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 3 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 4 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 5 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
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
 (< 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 6 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
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
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x392 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x934 (* ?x392 exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 7 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
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
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x392 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x934 (* ?x392 exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 8 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
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
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x392 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x934 (* ?x392 exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 9 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
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
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x392 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x934 (* ?x392 exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 10 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (< 0.0 unknown!8))
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
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x392 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x934 (* ?x392 exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 11 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 12 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 13 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 14 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 15 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!255 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!321 () Real)
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
 (< 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (< 0.0 ?x28))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x102 (= 0.0 ?x28)))
 (not $x102)))))
(assert
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x40 (* ?x87 ?x61)))
 (let ((?x114 (/ ?x40 ?x28)))
 (let ((?x73 (- ?x87)))
 (let ((?x131 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x131)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x57 (* ?x120 ?x112)))
 (let ((?x43 (* f ?x57)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x98 (* ?x128 ?x75)))
 (let ((?x154 (- ?x98)))
 (let ((?x155 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x155 scale)))
 (let ((?x69 (- ?x96)))
 (let ((?x76 (* ?x120 ?x69)))
 (or (and (distinct ?x76 ?x43) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 16 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
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
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x934 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 17 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
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
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x934 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 18 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
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
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x934 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 19 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
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
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x934 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 20 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (< 0.0 unknown!8))
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
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (< 0.0 ?x297))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let (($x308 (= 0.0 ?x297)))
 (not $x308)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x297 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x378 (* ?x73 ?x124)))
 (let ((?x904 (/ ?x378 ?x297)))
 (let ((?x658 (* 0.0 ?x73)))
 (let ((?x497 (+ ?x658 ?x904)))
 (let ((?x807 (* 2.0 ?x497)))
 (let ((?x731 (- ?x807)))
 (let ((?x530 (+ ?x73 ?x731)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x183 (+ ?x145 ?x530)))
 (let ((?x350 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x402 (* ?x350 exp!2)))
 (let ((?x561 (* ?x402 ?x183)))
 (let ((?x735 (* f ?x561)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x934 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x405 (* ?x934 ?x75)))
 (let ((?x281 (- ?x405)))
 (let ((?x181 (+ ?x97 ?x281)))
 (let ((?x614 (/ ?x181 scale)))
 (let ((?x616 (- ?x614)))
 (let ((?x805 (* ?x402 ?x616)))
 (or (and (distinct ?x805 ?x735) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!255) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!255 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!255)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!321) (< exp!1 exp!5)))
(assert
 (= (< log!321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!321) (< exp!2 exp!5)))
(assert
 (= (< log!321 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!321) (< exp!3 exp!5)))
(assert
 (= (< log!321 log!255) (< exp!5 exp!4)))
(assert
 (= (< log!255 log!321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!321)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!255) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!255) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
