; certjax: rule estimators.score_Logistic, obligation 'score_identity[0]', verdict proved
; 20 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 20
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
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
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
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
 (< 0.0 unknown!7))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x496 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x942 (* ?x496 exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x496 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x942 (* ?x496 exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x496 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x942 (* ?x496 exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x496 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x942 (* ?x496 exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (< 0.0 unknown!7))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x496 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x942 (* ?x496 exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!250 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!316 () Real)
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
 (< 0.0 unknown!7))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x942 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x942 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x942 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun unknown!2 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x942 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
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
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!250 () Real)
(declare-fun log!316 () Real)
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
 (< 0.0 unknown!7))
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
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (< 0.0 ?x934))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x934 (+ 1.0 ?x124)))
 (let (($x225 (= 0.0 ?x934)))
 (not $x225)))))
(assert
 (let ((?x124 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x934 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x668 (* ?x73 ?x124)))
 (let ((?x291 (/ ?x668 ?x934)))
 (let ((?x654 (* 0.0 ?x73)))
 (let ((?x394 (+ ?x654 ?x291)))
 (let ((?x384 (* 2.0 ?x394)))
 (let ((?x523 (- ?x384)))
 (let ((?x439 (+ ?x73 ?x523)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x145 (- ?x65)))
 (let ((?x221 (+ ?x145 ?x439)))
 (let ((?x336 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x813 (* ?x336 exp!2)))
 (let ((?x390 (* ?x813 ?x221)))
 (let ((?x295 (* f ?x390)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x942 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x852 (* ?x942 ?x75)))
 (let ((?x812 (- ?x852)))
 (let ((?x895 (+ ?x97 ?x812)))
 (let ((?x583 (/ ?x895 scale)))
 (let ((?x725 (- ?x583)))
 (let ((?x419 (* ?x813 ?x725)))
 (or (and (distinct ?x419 ?x295) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!250 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!250) (< exp!1 exp!4)))
(assert
 (= (< log!250 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!250) (< exp!2 exp!4)))
(assert
 (= (< log!250 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!250) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!250 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!250)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!316 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!316) (< exp!1 exp!5)))
(assert
 (= (< log!316 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!316) (< exp!2 exp!5)))
(assert
 (= (< log!316 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!316) (< exp!3 exp!5)))
(assert
 (= (< log!316 log!250) (< exp!5 exp!4)))
(assert
 (= (< log!250 log!316) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!316 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!316)))
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
 (= (< 0.0 log!250) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!250) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!316) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!316) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
