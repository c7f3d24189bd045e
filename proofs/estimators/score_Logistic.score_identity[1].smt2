; certjax: rule estimators.score_Logistic, obligation 'score_identity[1]', verdict proved
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x63)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x169 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x131 ?x154)))
 (let ((?x67 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x67)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x14 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x120 (+ ?x138 ?x113)))
 (let ((?x36 (* ?x81 ?x120)))
 (or (and (distinct ?x36 ?x169) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x63)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x169 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x131 ?x154)))
 (let ((?x67 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x67)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x14 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x120 (+ ?x138 ?x113)))
 (let ((?x36 (* ?x81 ?x120)))
 (or (and (distinct ?x36 ?x169) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x63)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x169 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x131 ?x154)))
 (let ((?x67 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x67)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x14 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x120 (+ ?x138 ?x113)))
 (let ((?x36 (* ?x81 ?x120)))
 (or (and (distinct ?x36 ?x169) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x63)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x169 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x131 ?x154)))
 (let ((?x67 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x67)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x14 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x120 (+ ?x138 ?x113)))
 (let ((?x36 (* ?x81 ?x120)))
 (or (and (distinct ?x36 ?x169) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x166 (+ ?x127 ?x63)))
 (let ((?x81 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x81 ?x166)))
 (let ((?x169 (* f ?x124)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x131 (/ 1.0 exp!4)))
 (let ((?x96 (* ?x131 ?x154)))
 (let ((?x67 (- ?x96)))
 (let ((?x140 (+ ?x97 ?x67)))
 (let ((?x104 (* ?x75 ?x140)))
 (let ((?x175 (* ?x14 ?x104)))
 (let ((?x113 (- ?x175)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x120 (+ ?x138 ?x113)))
 (let ((?x36 (* ?x81 ?x120)))
 (or (and (distinct ?x36 ?x169) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x493 (* ?x155 ?x79)))
 (let ((?x291 (/ ?x493 ?x1182)))
 (let ((?x682 (* 0.0 ?x155)))
 (let ((?x329 (+ ?x682 ?x291)))
 (let ((?x661 (* 2.0 ?x329)))
 (let ((?x973 (- ?x661)))
 (let ((?x520 (+ ?x155 ?x973)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x650 (+ ?x127 ?x520)))
 (let ((?x433 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x869 (* ?x433 exp!2)))
 (let ((?x1057 (* ?x869 ?x650)))
 (let ((?x1030 (* f ?x1057)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x627 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x386 (* ?x627 exp!2)))
 (let ((?x750 (* ?x386 ?x154)))
 (let ((?x983 (- ?x750)))
 (let ((?x495 (+ ?x97 ?x983)))
 (let ((?x868 (* ?x75 ?x495)))
 (let ((?x963 (* ?x14 ?x868)))
 (let ((?x688 (- ?x963)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x378 (+ ?x138 ?x688)))
 (let ((?x748 (* ?x869 ?x378)))
 (or (and (distinct ?x748 ?x1030) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x493 (* ?x155 ?x79)))
 (let ((?x291 (/ ?x493 ?x1182)))
 (let ((?x682 (* 0.0 ?x155)))
 (let ((?x329 (+ ?x682 ?x291)))
 (let ((?x661 (* 2.0 ?x329)))
 (let ((?x973 (- ?x661)))
 (let ((?x520 (+ ?x155 ?x973)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x650 (+ ?x127 ?x520)))
 (let ((?x433 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x869 (* ?x433 exp!2)))
 (let ((?x1057 (* ?x869 ?x650)))
 (let ((?x1030 (* f ?x1057)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x627 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x386 (* ?x627 exp!2)))
 (let ((?x750 (* ?x386 ?x154)))
 (let ((?x983 (- ?x750)))
 (let ((?x495 (+ ?x97 ?x983)))
 (let ((?x868 (* ?x75 ?x495)))
 (let ((?x963 (* ?x14 ?x868)))
 (let ((?x688 (- ?x963)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x378 (+ ?x138 ?x688)))
 (let ((?x748 (* ?x869 ?x378)))
 (or (and (distinct ?x748 ?x1030) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x493 (* ?x155 ?x79)))
 (let ((?x291 (/ ?x493 ?x1182)))
 (let ((?x682 (* 0.0 ?x155)))
 (let ((?x329 (+ ?x682 ?x291)))
 (let ((?x661 (* 2.0 ?x329)))
 (let ((?x973 (- ?x661)))
 (let ((?x520 (+ ?x155 ?x973)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x650 (+ ?x127 ?x520)))
 (let ((?x433 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x869 (* ?x433 exp!2)))
 (let ((?x1057 (* ?x869 ?x650)))
 (let ((?x1030 (* f ?x1057)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x627 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x386 (* ?x627 exp!2)))
 (let ((?x750 (* ?x386 ?x154)))
 (let ((?x983 (- ?x750)))
 (let ((?x495 (+ ?x97 ?x983)))
 (let ((?x868 (* ?x75 ?x495)))
 (let ((?x963 (* ?x14 ?x868)))
 (let ((?x688 (- ?x963)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x378 (+ ?x138 ?x688)))
 (let ((?x748 (* ?x869 ?x378)))
 (or (and (distinct ?x748 ?x1030) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x493 (* ?x155 ?x79)))
 (let ((?x291 (/ ?x493 ?x1182)))
 (let ((?x682 (* 0.0 ?x155)))
 (let ((?x329 (+ ?x682 ?x291)))
 (let ((?x661 (* 2.0 ?x329)))
 (let ((?x973 (- ?x661)))
 (let ((?x520 (+ ?x155 ?x973)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x650 (+ ?x127 ?x520)))
 (let ((?x433 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x869 (* ?x433 exp!2)))
 (let ((?x1057 (* ?x869 ?x650)))
 (let ((?x1030 (* f ?x1057)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x627 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x386 (* ?x627 exp!2)))
 (let ((?x750 (* ?x386 ?x154)))
 (let ((?x983 (- ?x750)))
 (let ((?x495 (+ ?x97 ?x983)))
 (let ((?x868 (* ?x75 ?x495)))
 (let ((?x963 (* ?x14 ?x868)))
 (let ((?x688 (- ?x963)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x378 (+ ?x138 ?x688)))
 (let ((?x748 (* ?x869 ?x378)))
 (or (and (distinct ?x748 ?x1030) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (< 0.0 ?x1182)))))
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
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let (($x635 (= 0.0 ?x1182)))
 (not $x635))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x1182 (+ 1.0 ?x79)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x73 (- ?x14)))
 (let ((?x75 (/ 1.0 (* scale scale))))
 (let ((?x21 (* ?x75 ?x73)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x114 (+ ?x87 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x493 (* ?x155 ?x79)))
 (let ((?x291 (/ ?x493 ?x1182)))
 (let ((?x682 (* 0.0 ?x155)))
 (let ((?x329 (+ ?x682 ?x291)))
 (let ((?x661 (* 2.0 ?x329)))
 (let ((?x973 (- ?x661)))
 (let ((?x520 (+ ?x155 ?x973)))
 (let ((?x148 (/ 1.0 scale)))
 (let ((?x127 (- ?x148)))
 (let ((?x650 (+ ?x127 ?x520)))
 (let ((?x433 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x869 (* ?x433 exp!2)))
 (let ((?x1057 (* ?x869 ?x650)))
 (let ((?x1030 (* f ?x1057)))
 (let ((?x80 (* f 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x107 (+ ?x135 ?x80)))
 (let ((?x97 (- ?x107)))
 (let ((?x154 (* 2.0 ?x97)))
 (let ((?x627 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x386 (* ?x627 exp!2)))
 (let ((?x750 (* ?x386 ?x154)))
 (let ((?x983 (- ?x750)))
 (let ((?x495 (+ ?x97 ?x983)))
 (let ((?x868 (* ?x75 ?x495)))
 (let ((?x963 (* ?x14 ?x868)))
 (let ((?x688 (- ?x963)))
 (let ((?x138 (/ ?x97 scale)))
 (let ((?x378 (+ ?x138 ?x688)))
 (let ((?x748 (* ?x869 ?x378)))
 (or (and (distinct ?x748 ?x1030) true))))))))))))))))))))))))))))))))))))))))))))
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
