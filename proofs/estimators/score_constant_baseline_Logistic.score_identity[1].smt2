; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x54)))
 (let ((?x52 (/ ?x112 ?x68)))
 (let ((?x92 (- ?x168)))
 (let ((?x63 (+ ?x92 ?x52)))
 (let ((?x166 (* 2.0 ?x63)))
 (let ((?x124 (- ?x166)))
 (let ((?x169 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x109 (+ ?x21 ?x169)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x67 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x85 ?x175)))
 (let ((?x120 (* ?x14 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x58 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x58)))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x54)))
 (let ((?x52 (/ ?x112 ?x68)))
 (let ((?x92 (- ?x168)))
 (let ((?x63 (+ ?x92 ?x52)))
 (let ((?x166 (* 2.0 ?x63)))
 (let ((?x124 (- ?x166)))
 (let ((?x169 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x109 (+ ?x21 ?x169)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x67 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x85 ?x175)))
 (let ((?x120 (* ?x14 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x58 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x58)))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x54)))
 (let ((?x52 (/ ?x112 ?x68)))
 (let ((?x92 (- ?x168)))
 (let ((?x63 (+ ?x92 ?x52)))
 (let ((?x166 (* 2.0 ?x63)))
 (let ((?x124 (- ?x166)))
 (let ((?x169 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x109 (+ ?x21 ?x169)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x67 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x85 ?x175)))
 (let ((?x120 (* ?x14 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x58 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x58)))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x54)))
 (let ((?x52 (/ ?x112 ?x68)))
 (let ((?x92 (- ?x168)))
 (let ((?x63 (+ ?x92 ?x52)))
 (let ((?x166 (* 2.0 ?x63)))
 (let ((?x124 (- ?x166)))
 (let ((?x169 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x109 (+ ?x21 ?x169)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x67 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x85 ?x175)))
 (let ((?x120 (* ?x14 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x58 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x58)))
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x112 (* ?x168 ?x54)))
 (let ((?x52 (/ ?x112 ?x68)))
 (let ((?x92 (- ?x168)))
 (let ((?x63 (+ ?x92 ?x52)))
 (let ((?x166 (* 2.0 ?x63)))
 (let ((?x124 (- ?x166)))
 (let ((?x169 (+ ?x92 ?x124)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x109 (+ ?x21 ?x169)))
 (let ((?x148 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x79 (* ?x148 ?x109)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x164 (* ?x87 ?x79)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x67 (/ 1.0 exp!4)))
 (let ((?x140 (* ?x67 ?x96)))
 (let ((?x104 (- ?x140)))
 (let ((?x175 (+ ?x129 ?x104)))
 (let ((?x113 (* ?x85 ?x175)))
 (let ((?x120 (* ?x14 ?x113)))
 (let ((?x76 (- ?x120)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x58 (+ ?x75 ?x76)))
 (let ((?x127 (* ?x148 ?x58)))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x1107 (* ?x92 ?x94)))
 (let ((?x396 (/ ?x1107 ?x521)))
 (let ((?x293 (* 0.0 ?x92)))
 (let ((?x436 (+ ?x293 ?x396)))
 (let ((?x1270 (* 2.0 ?x436)))
 (let ((?x1182 (- ?x1270)))
 (let ((?x851 (+ ?x92 ?x1182)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x578 (+ ?x21 ?x851)))
 (let ((?x824 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1068 (* ?x824 exp!2)))
 (let ((?x983 (* ?x1068 ?x578)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x555 (* ?x87 ?x983)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1250 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x457 (* ?x1250 exp!2)))
 (let ((?x279 (* ?x457 ?x96)))
 (let ((?x1118 (- ?x279)))
 (let ((?x1275 (+ ?x129 ?x1118)))
 (let ((?x398 (* ?x85 ?x1275)))
 (let ((?x575 (* ?x14 ?x398)))
 (let ((?x203 (- ?x575)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x413 (+ ?x75 ?x203)))
 (let ((?x589 (* ?x1068 ?x413)))
 (or (and (distinct ?x589 ?x555) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x1107 (* ?x92 ?x94)))
 (let ((?x396 (/ ?x1107 ?x521)))
 (let ((?x293 (* 0.0 ?x92)))
 (let ((?x436 (+ ?x293 ?x396)))
 (let ((?x1270 (* 2.0 ?x436)))
 (let ((?x1182 (- ?x1270)))
 (let ((?x851 (+ ?x92 ?x1182)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x578 (+ ?x21 ?x851)))
 (let ((?x824 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1068 (* ?x824 exp!2)))
 (let ((?x983 (* ?x1068 ?x578)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x555 (* ?x87 ?x983)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1250 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x457 (* ?x1250 exp!2)))
 (let ((?x279 (* ?x457 ?x96)))
 (let ((?x1118 (- ?x279)))
 (let ((?x1275 (+ ?x129 ?x1118)))
 (let ((?x398 (* ?x85 ?x1275)))
 (let ((?x575 (* ?x14 ?x398)))
 (let ((?x203 (- ?x575)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x413 (+ ?x75 ?x203)))
 (let ((?x589 (* ?x1068 ?x413)))
 (or (and (distinct ?x589 ?x555) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x1107 (* ?x92 ?x94)))
 (let ((?x396 (/ ?x1107 ?x521)))
 (let ((?x293 (* 0.0 ?x92)))
 (let ((?x436 (+ ?x293 ?x396)))
 (let ((?x1270 (* 2.0 ?x436)))
 (let ((?x1182 (- ?x1270)))
 (let ((?x851 (+ ?x92 ?x1182)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x578 (+ ?x21 ?x851)))
 (let ((?x824 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1068 (* ?x824 exp!2)))
 (let ((?x983 (* ?x1068 ?x578)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x555 (* ?x87 ?x983)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1250 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x457 (* ?x1250 exp!2)))
 (let ((?x279 (* ?x457 ?x96)))
 (let ((?x1118 (- ?x279)))
 (let ((?x1275 (+ ?x129 ?x1118)))
 (let ((?x398 (* ?x85 ?x1275)))
 (let ((?x575 (* ?x14 ?x398)))
 (let ((?x203 (- ?x575)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x413 (+ ?x75 ?x203)))
 (let ((?x589 (* ?x1068 ?x413)))
 (or (and (distinct ?x589 ?x555) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x1107 (* ?x92 ?x94)))
 (let ((?x396 (/ ?x1107 ?x521)))
 (let ((?x293 (* 0.0 ?x92)))
 (let ((?x436 (+ ?x293 ?x396)))
 (let ((?x1270 (* 2.0 ?x436)))
 (let ((?x1182 (- ?x1270)))
 (let ((?x851 (+ ?x92 ?x1182)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x578 (+ ?x21 ?x851)))
 (let ((?x824 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1068 (* ?x824 exp!2)))
 (let ((?x983 (* ?x1068 ?x578)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x555 (* ?x87 ?x983)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1250 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x457 (* ?x1250 exp!2)))
 (let ((?x279 (* ?x457 ?x96)))
 (let ((?x1118 (- ?x279)))
 (let ((?x1275 (+ ?x129 ?x1118)))
 (let ((?x398 (* ?x85 ?x1275)))
 (let ((?x575 (* ?x14 ?x398)))
 (let ((?x203 (- ?x575)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x413 (+ ?x75 ?x203)))
 (let ((?x589 (* ?x1068 ?x413)))
 (or (and (distinct ?x589 ?x555) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (< 0.0 ?x521)))))
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
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let (($x959 (= 0.0 ?x521)))
 (not $x959))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x521 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x1107 (* ?x92 ?x94)))
 (let ((?x396 (/ ?x1107 ?x521)))
 (let ((?x293 (* 0.0 ?x92)))
 (let ((?x436 (+ ?x293 ?x396)))
 (let ((?x1270 (* 2.0 ?x436)))
 (let ((?x1182 (- ?x1270)))
 (let ((?x851 (+ ?x92 ?x1182)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x578 (+ ?x21 ?x851)))
 (let ((?x824 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1068 (* ?x824 exp!2)))
 (let ((?x983 (* ?x1068 ?x578)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x555 (* ?x87 ?x983)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1250 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x457 (* ?x1250 exp!2)))
 (let ((?x279 (* ?x457 ?x96)))
 (let ((?x1118 (- ?x279)))
 (let ((?x1275 (+ ?x129 ?x1118)))
 (let ((?x398 (* ?x85 ?x1275)))
 (let ((?x575 (* ?x14 ?x398)))
 (let ((?x203 (- ?x575)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x413 (+ ?x75 ?x203)))
 (let ((?x589 (* ?x1068 ?x413)))
 (or (and (distinct ?x589 ?x555) true))))))))))))))))))))))))))))))))))))))))))))))
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
