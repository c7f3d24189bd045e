; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x809 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x625 (* ?x809 exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x809 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x625 (* ?x809 exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x809 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x625 (* ?x809 exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x809 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x625 (* ?x809 exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x809 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x625 (* ?x809 exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x61)))
 (let ((?x57 (/ ?x112 ?x28)))
 (let ((?x92 (- ?x168)))
 (let ((?x43 (+ ?x92 ?x57)))
 (let ((?x166 (* 2.0 ?x43)))
 (let ((?x124 (- ?x166)))
 (let ((?x138 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x109 (+ ?x40 ?x138)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x69 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x69 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x98 ?x175)))
 (let ((?x120 (* ?x11 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x65 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x65)))
 (or (and (distinct ?x127 ?x164) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x625 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x625 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x625 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x625 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (< 0.0 ?x434))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let (($x515 (= 0.0 ?x434)))
 (not $x515)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x434 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x769 (* ?x92 ?x94)))
 (let ((?x785 (/ ?x769 ?x434)))
 (let ((?x919 (* 0.0 ?x92)))
 (let ((?x952 (+ ?x919 ?x785)))
 (let ((?x474 (* 2.0 ?x952)))
 (let ((?x511 (- ?x474)))
 (let ((?x236 (+ ?x92 ?x511)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x877 (+ ?x40 ?x236)))
 (let ((?x478 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1239 (* ?x478 exp!2)))
 (let ((?x1101 (* ?x1239 ?x877)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x429 (* ?x87 ?x1101)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x625 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1006 (* ?x625 ?x96)))
 (let ((?x449 (- ?x1006)))
 (let ((?x982 (+ ?x129 ?x449)))
 (let ((?x472 (* ?x98 ?x982)))
 (let ((?x631 (* ?x11 ?x472)))
 (let ((?x619 (- ?x631)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x575 (+ ?x75 ?x619)))
 (let ((?x276 (* ?x1239 ?x575)))
 (or (and (distinct ?x276 ?x429) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
