; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x596 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1167 (* ?x596 exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x596 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1167 (* ?x596 exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x596 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1167 (* ?x596 exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x596 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1167 (* ?x596 exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x596 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1167 (* ?x596 exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (let (($x82 (= exp!3 scale)))
 (=> (> scale 0.0) $x82)))
(assert
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!327 () Real)
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!327 () Real)
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!327 () Real)
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!327 () Real)
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!327 () Real)
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1167 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1167 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1167 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1167 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!261 () Real)
(declare-fun log!327 () Real)
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
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (< 0.0 ?x414))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x414 (+ 1.0 ?x94)))
 (let (($x540 (= 0.0 ?x414)))
 (not $x540)))))
(assert
 (let ((?x94 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x414 (+ 1.0 ?x94)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x131 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x98 ?x131)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x831 (* ?x92 ?x94)))
 (let ((?x843 (/ ?x831 ?x414)))
 (let ((?x383 (* 0.0 ?x92)))
 (let ((?x269 (+ ?x383 ?x843)))
 (let ((?x581 (* 2.0 ?x269)))
 (let ((?x930 (- ?x581)))
 (let ((?x779 (+ ?x92 ?x930)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x40 (- ?x73)))
 (let ((?x1044 (+ ?x40 ?x779)))
 (let ((?x591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x628 (* ?x591 exp!2)))
 (let ((?x773 (* ?x628 ?x1044)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x618 (* ?x87 ?x773)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x139 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x139)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1167 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1240 (* ?x1167 ?x96)))
 (let ((?x1010 (- ?x1240)))
 (let ((?x721 (+ ?x129 ?x1010)))
 (let ((?x213 (* ?x98 ?x721)))
 (let ((?x217 (* ?x11 ?x213)))
 (let ((?x1138 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x608 (+ ?x75 ?x1138)))
 (let ((?x1222 (* ?x628 ?x608)))
 (or (and (distinct ?x1222 ?x618) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!327 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!327) (< exp!1 exp!5)))
(assert
 (= (< log!327 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!327) (< exp!2 exp!5)))
(assert
 (= (< log!327 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!327) (< exp!3 exp!5)))
(assert
 (= (< log!327 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!327) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!327 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!327)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!327) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!327) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
