; certjax: rule estimators.score_Logistic, obligation 'score_identity[1]', verdict proved
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x262 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x607 (* ?x262 exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x262 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x607 (* ?x262 exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x262 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x607 (* ?x262 exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x262 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x607 (* ?x262 exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x262 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x607 (* ?x262 exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x143 (* ?x114 ?x61)))
 (let ((?x168 (/ ?x143 ?x28)))
 (let ((?x131 (- ?x114)))
 (let ((?x92 (+ ?x131 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x57 (- ?x112)))
 (let ((?x43 (+ ?x131 ?x57)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x43)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x138 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x155 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x155 ?x154)))
 (let ((?x69 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x69)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x11 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x120 (+ ?x139 ?x113)))
 (let ((?x27 (* ?x81 ?x120)))
 (or (and (distinct ?x27 ?x138) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x607 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x607 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x607 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
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
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x607 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (< 0.0 ?x909))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x909 (+ 1.0 ?x79)))
 (let (($x877 (= 0.0 ?x909)))
 (not $x877)))))
(assert
 (let ((?x79 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x909 (+ 1.0 ?x79)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x73 (- ?x11)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x40 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x40)))
 (let ((?x131 (- ?x114)))
 (let ((?x529 (* ?x131 ?x79)))
 (let ((?x1117 (/ ?x529 ?x909)))
 (let ((?x433 (* 0.0 ?x131)))
 (let ((?x219 (+ ?x433 ?x1117)))
 (let ((?x640 (* 2.0 ?x219)))
 (let ((?x1012 (- ?x640)))
 (let ((?x426 (+ ?x131 ?x1012)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x510 (+ ?x127 ?x426)))
 (let ((?x1056 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x929 (* ?x1056 exp!2)))
 (let ((?x1010 (* ?x929 ?x510)))
 (let ((?x483 (* f ?x1010)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x607 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1016 (* ?x607 ?x154)))
 (let ((?x1058 (- ?x1016)))
 (let ((?x191 (+ ?x97 ?x1058)))
 (let ((?x360 (* ?x75 ?x191)))
 (let ((?x303 (* ?x11 ?x360)))
 (let ((?x337 (- ?x303)))
 (let ((?x139 (/ ?x97 scale)))
 (let ((?x228 (+ ?x139 ?x337)))
 (let ((?x883 (* ?x929 ?x228)))
 (or (and (distinct ?x883 ?x483) true))))))))))))))))))))))))))))))))))))))))))
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
