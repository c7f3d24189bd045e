; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x181 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1024 (* ?x181 exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x181 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1024 (* ?x181 exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x181 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1024 (* ?x181 exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x181 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1024 (* ?x181 exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x181 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1024 (* ?x181 exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x166 (+ ?x27 ?x43)))
 (let ((?x65 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x65 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x138 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x155 (* ?x154 ?x98)))
 (let ((?x96 (- ?x155)))
 (let ((?x69 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x69 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x65 ?x104)))
 (or (and (distinct ?x145 ?x138) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x1024 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x1024 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x1024 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x1024 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!260 () Real)
(declare-fun log!326 () Real)
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (< 0.0 ?x796))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let (($x147 (= 0.0 ?x796)))
 (not $x147)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x796 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x40 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x367 (* ?x131 ?x79)))
 (let ((?x943 (/ ?x367 ?x796)))
 (let ((?x487 (* 0.0 ?x131)))
 (let ((?x618 (+ ?x487 ?x943)))
 (let ((?x198 (* 2.0 ?x618)))
 (let ((?x359 (- ?x198)))
 (let ((?x881 (+ ?x131 ?x359)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x27 (- ?x81)))
 (let ((?x321 (+ ?x27 ?x881)))
 (let ((?x761 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x520 (* ?x761 exp!2)))
 (let ((?x427 (* ?x520 ?x321)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x1044 (* ?x83 ?x427)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x98 (* 2.0 ?x129)))
 (let ((?x1024 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x267 (* ?x1024 ?x98)))
 (let ((?x609 (- ?x267)))
 (let ((?x459 (+ ?x129 ?x609)))
 (let ((?x651 (/ ?x459 scale)))
 (let ((?x494 (- ?x651)))
 (let ((?x234 (* ?x520 ?x494)))
 (or (and (distinct ?x234 ?x1044) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!326 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!326) (< exp!1 exp!5)))
(assert
 (= (< log!326 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!326) (< exp!2 exp!5)))
(assert
 (= (< log!326 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!326) (< exp!3 exp!5)))
(assert
 (= (< log!326 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!326) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!326 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!326)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!326) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!326) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
