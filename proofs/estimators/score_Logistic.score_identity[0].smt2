; certjax: rule estimators.score_Logistic, obligation 'score_identity[0]', verdict proved
; 10 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x21 (* ?x87 ?x54)))
 (let ((?x114 (/ ?x21 ?x68)))
 (let ((?x73 (- ?x87)))
 (let ((?x155 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x155)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x52 (* ?x120 ?x112)))
 (let ((?x63 (* f ?x52)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x85 (* ?x128 ?x75)))
 (let ((?x154 (- ?x85)))
 (let ((?x131 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x131 scale)))
 (let ((?x67 (- ?x96)))
 (let ((?x76 (* ?x120 ?x67)))
 (or (and (distinct ?x76 ?x63) true))))))))))))))))))))))))))))))))))
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
; region 2 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x21 (* ?x87 ?x54)))
 (let ((?x114 (/ ?x21 ?x68)))
 (let ((?x73 (- ?x87)))
 (let ((?x155 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x155)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x52 (* ?x120 ?x112)))
 (let ((?x63 (* f ?x52)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x85 (* ?x128 ?x75)))
 (let ((?x154 (- ?x85)))
 (let ((?x131 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x131 scale)))
 (let ((?x67 (- ?x96)))
 (let ((?x76 (* ?x120 ?x67)))
 (or (and (distinct ?x76 ?x63) true))))))))))))))))))))))))))))))))))
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
; region 3 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x21 (* ?x87 ?x54)))
 (let ((?x114 (/ ?x21 ?x68)))
 (let ((?x73 (- ?x87)))
 (let ((?x155 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x155)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x52 (* ?x120 ?x112)))
 (let ((?x63 (* f ?x52)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x85 (* ?x128 ?x75)))
 (let ((?x154 (- ?x85)))
 (let ((?x131 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x131 scale)))
 (let ((?x67 (- ?x96)))
 (let ((?x76 (* ?x120 ?x67)))
 (or (and (distinct ?x76 ?x63) true))))))))))))))))))))))))))))))))))
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
; region 4 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x21 (* ?x87 ?x54)))
 (let ((?x114 (/ ?x21 ?x68)))
 (let ((?x73 (- ?x87)))
 (let ((?x155 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x155)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x52 (* ?x120 ?x112)))
 (let ((?x63 (* f ?x52)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x85 (* ?x128 ?x75)))
 (let ((?x154 (- ?x85)))
 (let ((?x131 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x131 scale)))
 (let ((?x67 (- ?x96)))
 (let ((?x76 (* ?x120 ?x67)))
 (or (and (distinct ?x76 ?x63) true))))))))))))))))))))))))))))))))))
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
; region 5 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (< 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (< 0.0 ?x68))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x102 (= 0.0 ?x68)))
 (not $x102)))))
(assert
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x21 (* ?x87 ?x54)))
 (let ((?x114 (/ ?x21 ?x68)))
 (let ((?x73 (- ?x87)))
 (let ((?x155 (+ ?x73 ?x114)))
 (let ((?x143 (* 2.0 ?x155)))
 (let ((?x168 (- ?x143)))
 (let ((?x92 (+ ?x73 ?x168)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x112 (+ ?x145 ?x92)))
 (let ((?x120 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x52 (* ?x120 ?x112)))
 (let ((?x63 (* f ?x52)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x128 (/ 1.0 exp!4)))
 (let ((?x85 (* ?x128 ?x75)))
 (let ((?x154 (- ?x85)))
 (let ((?x131 (+ ?x97 ?x154)))
 (let ((?x96 (/ ?x131 scale)))
 (let ((?x67 (- ?x96)))
 (let ((?x76 (* ?x120 ?x67)))
 (or (and (distinct ?x76 ?x63) true))))))))))))))))))))))))))))))))))
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
; region 6 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x598 (* ?x73 ?x124)))
 (let ((?x477 (/ ?x598 ?x813)))
 (let ((?x952 (* 0.0 ?x73)))
 (let ((?x372 (+ ?x952 ?x477)))
 (let ((?x315 (* 2.0 ?x372)))
 (let ((?x603 (- ?x315)))
 (let ((?x828 (+ ?x73 ?x603)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x341 (+ ?x145 ?x828)))
 (let ((?x474 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x995 (* ?x474 exp!2)))
 (let ((?x1018 (* ?x995 ?x341)))
 (let ((?x357 (* f ?x1018)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x396 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x472 (* ?x396 exp!2)))
 (let ((?x1020 (* ?x472 ?x75)))
 (let ((?x662 (- ?x1020)))
 (let ((?x975 (+ ?x97 ?x662)))
 (let ((?x524 (/ ?x975 scale)))
 (let ((?x985 (- ?x524)))
 (let ((?x282 (* ?x995 ?x985)))
 (or (and (distinct ?x282 ?x357) true))))))))))))))))))))))))))))))))))))))
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
; region 7 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x598 (* ?x73 ?x124)))
 (let ((?x477 (/ ?x598 ?x813)))
 (let ((?x952 (* 0.0 ?x73)))
 (let ((?x372 (+ ?x952 ?x477)))
 (let ((?x315 (* 2.0 ?x372)))
 (let ((?x603 (- ?x315)))
 (let ((?x828 (+ ?x73 ?x603)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x341 (+ ?x145 ?x828)))
 (let ((?x474 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x995 (* ?x474 exp!2)))
 (let ((?x1018 (* ?x995 ?x341)))
 (let ((?x357 (* f ?x1018)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x396 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x472 (* ?x396 exp!2)))
 (let ((?x1020 (* ?x472 ?x75)))
 (let ((?x662 (- ?x1020)))
 (let ((?x975 (+ ?x97 ?x662)))
 (let ((?x524 (/ ?x975 scale)))
 (let ((?x985 (- ?x524)))
 (let ((?x282 (* ?x995 ?x985)))
 (or (and (distinct ?x282 ?x357) true))))))))))))))))))))))))))))))))))))))
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
; region 8 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x598 (* ?x73 ?x124)))
 (let ((?x477 (/ ?x598 ?x813)))
 (let ((?x952 (* 0.0 ?x73)))
 (let ((?x372 (+ ?x952 ?x477)))
 (let ((?x315 (* 2.0 ?x372)))
 (let ((?x603 (- ?x315)))
 (let ((?x828 (+ ?x73 ?x603)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x341 (+ ?x145 ?x828)))
 (let ((?x474 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x995 (* ?x474 exp!2)))
 (let ((?x1018 (* ?x995 ?x341)))
 (let ((?x357 (* f ?x1018)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x396 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x472 (* ?x396 exp!2)))
 (let ((?x1020 (* ?x472 ?x75)))
 (let ((?x662 (- ?x1020)))
 (let ((?x975 (+ ?x97 ?x662)))
 (let ((?x524 (/ ?x975 scale)))
 (let ((?x985 (- ?x524)))
 (let ((?x282 (* ?x995 ?x985)))
 (or (and (distinct ?x282 ?x357) true))))))))))))))))))))))))))))))))))))))
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
; region 9 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x598 (* ?x73 ?x124)))
 (let ((?x477 (/ ?x598 ?x813)))
 (let ((?x952 (* 0.0 ?x73)))
 (let ((?x372 (+ ?x952 ?x477)))
 (let ((?x315 (* 2.0 ?x372)))
 (let ((?x603 (- ?x315)))
 (let ((?x828 (+ ?x73 ?x603)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x341 (+ ?x145 ?x828)))
 (let ((?x474 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x995 (* ?x474 exp!2)))
 (let ((?x1018 (* ?x995 ?x341)))
 (let ((?x357 (* f ?x1018)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x396 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x472 (* ?x396 exp!2)))
 (let ((?x1020 (* ?x472 ?x75)))
 (let ((?x662 (- ?x1020)))
 (let ((?x975 (+ ?x97 ?x662)))
 (let ((?x524 (/ ?x975 scale)))
 (let ((?x985 (- ?x524)))
 (let ((?x282 (* ?x995 ?x985)))
 (or (and (distinct ?x282 ?x357) true))))))))))))))))))))))))))))))))))))))
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
; region 10 of 10
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (< 0.0 ?x813)))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let (($x426 (= 0.0 ?x813)))
 (not $x426))))))
(assert
 (let ((?x166 (/ 1.0 exp!1)))
 (let ((?x124 (* ?x166 exp!2)))
 (let ((?x813 (+ 1.0 ?x124)))
 (let ((?x148 (/ 1.0 (* scale scale))))
 (let ((?x127 (* 0.0 ?x148)))
 (let ((?x81 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x81 ?x127)))
 (let ((?x73 (- ?x87)))
 (let ((?x598 (* ?x73 ?x124)))
 (let ((?x477 (/ ?x598 ?x813)))
 (let ((?x952 (* 0.0 ?x73)))
 (let ((?x372 (+ ?x952 ?x477)))
 (let ((?x315 (* 2.0 ?x372)))
 (let ((?x603 (- ?x315)))
 (let ((?x828 (+ ?x73 ?x603)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x145 (- ?x58)))
 (let ((?x341 (+ ?x145 ?x828)))
 (let ((?x474 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x995 (* ?x474 exp!2)))
 (let ((?x1018 (* ?x995 ?x341)))
 (let ((?x357 (* f ?x1018)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x75 (* 2.0 ?x97)))
 (let ((?x396 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x472 (* ?x396 exp!2)))
 (let ((?x1020 (* ?x472 ?x75)))
 (let ((?x662 (- ?x1020)))
 (let ((?x975 (+ ?x97 ?x662)))
 (let ((?x524 (/ ?x975 scale)))
 (let ((?x985 (- ?x524)))
 (let ((?x282 (* ?x995 ?x985)))
 (or (and (distinct ?x282 ?x357) true))))))))))))))))))))))))))))))))))))))
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
