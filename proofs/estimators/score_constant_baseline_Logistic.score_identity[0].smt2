; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!255 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x166 (+ ?x36 ?x63)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x58 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x169 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x131 (* ?x154 ?x85)))
 (let ((?x96 (- ?x131)))
 (let ((?x67 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x67 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x58 ?x104)))
 (or (and (distinct ?x145 ?x169) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!255 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x166 (+ ?x36 ?x63)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x58 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x169 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x131 (* ?x154 ?x85)))
 (let ((?x96 (- ?x131)))
 (let ((?x67 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x67 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x58 ?x104)))
 (or (and (distinct ?x145 ?x169) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!255 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x166 (+ ?x36 ?x63)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x58 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x169 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x131 (* ?x154 ?x85)))
 (let ((?x96 (- ?x131)))
 (let ((?x67 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x67 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x58 ?x104)))
 (or (and (distinct ?x145 ?x169) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!255 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x166 (+ ?x36 ?x63)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x58 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x169 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x131 (* ?x154 ?x85)))
 (let ((?x96 (- ?x131)))
 (let ((?x67 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x67 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x58 ?x104)))
 (or (and (distinct ?x145 ?x169) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun log!255 () Real)
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
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x143 (* ?x114 ?x54)))
 (let ((?x168 (/ ?x143 ?x68)))
 (let ((?x155 (- ?x114)))
 (let ((?x92 (+ ?x155 ?x168)))
 (let ((?x112 (* 2.0 ?x92)))
 (let ((?x52 (- ?x112)))
 (let ((?x63 (+ ?x155 ?x52)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x166 (+ ?x36 ?x63)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x124 (* ?x58 ?x166)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x169 (* ?x83 ?x124)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x154 (/ 1.0 exp!4)))
 (let ((?x131 (* ?x154 ?x85)))
 (let ((?x96 (- ?x131)))
 (let ((?x67 (+ ?x129 ?x96)))
 (let ((?x140 (/ ?x67 scale)))
 (let ((?x104 (- ?x140)))
 (let ((?x145 (* ?x58 ?x104)))
 (or (and (distinct ?x145 ?x169) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x479 (* ?x155 ?x79)))
 (let ((?x400 (/ ?x479 ?x274)))
 (let ((?x782 (* 0.0 ?x155)))
 (let ((?x313 (+ ?x782 ?x400)))
 (let ((?x460 (* 2.0 ?x313)))
 (let ((?x213 (- ?x460)))
 (let ((?x429 (+ ?x155 ?x213)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x613 (+ ?x36 ?x429)))
 (let ((?x794 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x896 (* ?x794 exp!2)))
 (let ((?x884 (* ?x896 ?x613)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x647 (* ?x83 ?x884)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x352 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x276 (* ?x352 exp!2)))
 (let ((?x865 (* ?x276 ?x85)))
 (let ((?x883 (- ?x865)))
 (let ((?x909 (+ ?x129 ?x883)))
 (let ((?x65 (/ ?x909 scale)))
 (let ((?x880 (- ?x65)))
 (let ((?x416 (* ?x896 ?x880)))
 (or (and (distinct ?x416 ?x647) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
 (= (< log!321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!321) (< exp!3 exp!5)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x479 (* ?x155 ?x79)))
 (let ((?x400 (/ ?x479 ?x274)))
 (let ((?x782 (* 0.0 ?x155)))
 (let ((?x313 (+ ?x782 ?x400)))
 (let ((?x460 (* 2.0 ?x313)))
 (let ((?x213 (- ?x460)))
 (let ((?x429 (+ ?x155 ?x213)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x613 (+ ?x36 ?x429)))
 (let ((?x794 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x896 (* ?x794 exp!2)))
 (let ((?x884 (* ?x896 ?x613)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x647 (* ?x83 ?x884)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x352 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x276 (* ?x352 exp!2)))
 (let ((?x865 (* ?x276 ?x85)))
 (let ((?x883 (- ?x865)))
 (let ((?x909 (+ ?x129 ?x883)))
 (let ((?x65 (/ ?x909 scale)))
 (let ((?x880 (- ?x65)))
 (let ((?x416 (* ?x896 ?x880)))
 (or (and (distinct ?x416 ?x647) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
 (= (< log!321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!321) (< exp!3 exp!5)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x479 (* ?x155 ?x79)))
 (let ((?x400 (/ ?x479 ?x274)))
 (let ((?x782 (* 0.0 ?x155)))
 (let ((?x313 (+ ?x782 ?x400)))
 (let ((?x460 (* 2.0 ?x313)))
 (let ((?x213 (- ?x460)))
 (let ((?x429 (+ ?x155 ?x213)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x613 (+ ?x36 ?x429)))
 (let ((?x794 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x896 (* ?x794 exp!2)))
 (let ((?x884 (* ?x896 ?x613)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x647 (* ?x83 ?x884)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x352 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x276 (* ?x352 exp!2)))
 (let ((?x865 (* ?x276 ?x85)))
 (let ((?x883 (- ?x865)))
 (let ((?x909 (+ ?x129 ?x883)))
 (let ((?x65 (/ ?x909 scale)))
 (let ((?x880 (- ?x65)))
 (let ((?x416 (* ?x896 ?x880)))
 (or (and (distinct ?x416 ?x647) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
 (= (< log!321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!321) (< exp!3 exp!5)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x479 (* ?x155 ?x79)))
 (let ((?x400 (/ ?x479 ?x274)))
 (let ((?x782 (* 0.0 ?x155)))
 (let ((?x313 (+ ?x782 ?x400)))
 (let ((?x460 (* 2.0 ?x313)))
 (let ((?x213 (- ?x460)))
 (let ((?x429 (+ ?x155 ?x213)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x613 (+ ?x36 ?x429)))
 (let ((?x794 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x896 (* ?x794 exp!2)))
 (let ((?x884 (* ?x896 ?x613)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x647 (* ?x83 ?x884)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x352 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x276 (* ?x352 exp!2)))
 (let ((?x865 (* ?x276 ?x85)))
 (let ((?x883 (- ?x865)))
 (let ((?x909 (+ ?x129 ?x883)))
 (let ((?x65 (/ ?x909 scale)))
 (let ((?x880 (- ?x65)))
 (let ((?x416 (* ?x896 ?x880)))
 (or (and (distinct ?x416 ?x647) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
 (= (< log!321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!321) (< exp!3 exp!5)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!255 () Real)
(declare-fun log!321 () Real)
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
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (< 0.0 ?x274)))))
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
 (let ((?x274 (+ 1.0 ?x79)))
 (let (($x318 (= 0.0 ?x274)))
 (not $x318))))))
(assert
 (let ((?x109 (/ 1.0 exp!1)))
 (let ((?x79 (* ?x109 exp!2)))
 (let ((?x274 (+ 1.0 ?x79)))
 (let ((?x73 (/ 1.0 (* scale scale))))
 (let ((?x21 (* 0.0 ?x73)))
 (let ((?x127 (/ (- 1.0) scale)))
 (let ((?x114 (+ ?x127 ?x21)))
 (let ((?x155 (- ?x114)))
 (let ((?x479 (* ?x155 ?x79)))
 (let ((?x400 (/ ?x479 ?x274)))
 (let ((?x782 (* 0.0 ?x155)))
 (let ((?x313 (+ ?x782 ?x400)))
 (let ((?x460 (* 2.0 ?x313)))
 (let ((?x213 (- ?x460)))
 (let ((?x429 (+ ?x155 ?x213)))
 (let ((?x81 (/ 0.0 scale)))
 (let ((?x36 (- ?x81)))
 (let ((?x613 (+ ?x36 ?x429)))
 (let ((?x794 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x896 (* ?x794 exp!2)))
 (let ((?x884 (* ?x896 ?x613)))
 (let ((?x125 (- b)))
 (let ((?x83 (+ f ?x125)))
 (let ((?x647 (* ?x83 ?x884)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x85 (* 2.0 ?x129)))
 (let ((?x352 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x276 (* ?x352 exp!2)))
 (let ((?x865 (* ?x276 ?x85)))
 (let ((?x883 (- ?x865)))
 (let ((?x909 (+ ?x129 ?x883)))
 (let ((?x65 (/ ?x909 scale)))
 (let ((?x880 (- ?x65)))
 (let ((?x416 (* ?x896 ?x880)))
 (or (and (distinct ?x416 ?x647) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!255 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!255) (< exp!1 exp!4)))
(assert
 (= (< log!255 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!255) (< exp!2 exp!4)))
(assert
 (= (< log!255 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!255) (< exp!3 exp!4)))
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
 (= (< log!321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!321) (< exp!3 exp!5)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
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
