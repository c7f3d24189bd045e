; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun log!39 () Real)
(declare-fun log!256 () Real)
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
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
(declare-fun log!39 () Real)
(declare-fun log!256 () Real)
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
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
(declare-fun log!39 () Real)
(declare-fun log!256 () Real)
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
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
(declare-fun log!39 () Real)
(declare-fun log!256 () Real)
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
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
(declare-fun log!39 () Real)
(declare-fun log!256 () Real)
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
(declare-fun log!322 () Real)
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x727 (* ?x92 ?x94)))
 (let ((?x1086 (/ ?x727 ?x1134)))
 (let ((?x234 (* 0.0 ?x92)))
 (let ((?x470 (+ ?x234 ?x1086)))
 (let ((?x268 (* 2.0 ?x470)))
 (let ((?x896 (- ?x268)))
 (let ((?x1176 (+ ?x92 ?x896)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x549 (+ ?x21 ?x1176)))
 (let ((?x403 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1211 (* ?x403 exp!2)))
 (let ((?x1184 (* ?x1211 ?x549)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x756 (* ?x87 ?x1184)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1229 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x806 (* ?x1229 exp!2)))
 (let ((?x1092 (* ?x806 ?x96)))
 (let ((?x333 (- ?x1092)))
 (let ((?x368 (+ ?x129 ?x333)))
 (let ((?x473 (* ?x85 ?x368)))
 (let ((?x217 (* ?x14 ?x473)))
 (let ((?x1054 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x561 (+ ?x75 ?x1054)))
 (let ((?x1058 (* ?x1211 ?x561)))
 (or (and (distinct ?x1058 ?x756) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!322) (< exp!1 exp!5)))
(assert
 (= (< log!322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!322) (< exp!2 exp!5)))
(assert
 (= (< log!322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!322) (< exp!3 exp!5)))
(assert
 (= (< log!322 log!256) (< exp!5 exp!4)))
(assert
 (= (< log!256 log!322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!322)))
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
 (= (< 0.0 log!256) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!322) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
(declare-fun log!322 () Real)
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x727 (* ?x92 ?x94)))
 (let ((?x1086 (/ ?x727 ?x1134)))
 (let ((?x234 (* 0.0 ?x92)))
 (let ((?x470 (+ ?x234 ?x1086)))
 (let ((?x268 (* 2.0 ?x470)))
 (let ((?x896 (- ?x268)))
 (let ((?x1176 (+ ?x92 ?x896)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x549 (+ ?x21 ?x1176)))
 (let ((?x403 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1211 (* ?x403 exp!2)))
 (let ((?x1184 (* ?x1211 ?x549)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x756 (* ?x87 ?x1184)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1229 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x806 (* ?x1229 exp!2)))
 (let ((?x1092 (* ?x806 ?x96)))
 (let ((?x333 (- ?x1092)))
 (let ((?x368 (+ ?x129 ?x333)))
 (let ((?x473 (* ?x85 ?x368)))
 (let ((?x217 (* ?x14 ?x473)))
 (let ((?x1054 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x561 (+ ?x75 ?x1054)))
 (let ((?x1058 (* ?x1211 ?x561)))
 (or (and (distinct ?x1058 ?x756) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!322) (< exp!1 exp!5)))
(assert
 (= (< log!322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!322) (< exp!2 exp!5)))
(assert
 (= (< log!322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!322) (< exp!3 exp!5)))
(assert
 (= (< log!322 log!256) (< exp!5 exp!4)))
(assert
 (= (< log!256 log!322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!322)))
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
 (= (< 0.0 log!256) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!322) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
(declare-fun log!322 () Real)
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x727 (* ?x92 ?x94)))
 (let ((?x1086 (/ ?x727 ?x1134)))
 (let ((?x234 (* 0.0 ?x92)))
 (let ((?x470 (+ ?x234 ?x1086)))
 (let ((?x268 (* 2.0 ?x470)))
 (let ((?x896 (- ?x268)))
 (let ((?x1176 (+ ?x92 ?x896)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x549 (+ ?x21 ?x1176)))
 (let ((?x403 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1211 (* ?x403 exp!2)))
 (let ((?x1184 (* ?x1211 ?x549)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x756 (* ?x87 ?x1184)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1229 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x806 (* ?x1229 exp!2)))
 (let ((?x1092 (* ?x806 ?x96)))
 (let ((?x333 (- ?x1092)))
 (let ((?x368 (+ ?x129 ?x333)))
 (let ((?x473 (* ?x85 ?x368)))
 (let ((?x217 (* ?x14 ?x473)))
 (let ((?x1054 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x561 (+ ?x75 ?x1054)))
 (let ((?x1058 (* ?x1211 ?x561)))
 (or (and (distinct ?x1058 ?x756) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!322) (< exp!1 exp!5)))
(assert
 (= (< log!322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!322) (< exp!2 exp!5)))
(assert
 (= (< log!322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!322) (< exp!3 exp!5)))
(assert
 (= (< log!322 log!256) (< exp!5 exp!4)))
(assert
 (= (< log!256 log!322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!322)))
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
 (= (< 0.0 log!256) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!322) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
(declare-fun log!322 () Real)
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x727 (* ?x92 ?x94)))
 (let ((?x1086 (/ ?x727 ?x1134)))
 (let ((?x234 (* 0.0 ?x92)))
 (let ((?x470 (+ ?x234 ?x1086)))
 (let ((?x268 (* 2.0 ?x470)))
 (let ((?x896 (- ?x268)))
 (let ((?x1176 (+ ?x92 ?x896)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x549 (+ ?x21 ?x1176)))
 (let ((?x403 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1211 (* ?x403 exp!2)))
 (let ((?x1184 (* ?x1211 ?x549)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x756 (* ?x87 ?x1184)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1229 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x806 (* ?x1229 exp!2)))
 (let ((?x1092 (* ?x806 ?x96)))
 (let ((?x333 (- ?x1092)))
 (let ((?x368 (+ ?x129 ?x333)))
 (let ((?x473 (* ?x85 ?x368)))
 (let ((?x217 (* ?x14 ?x473)))
 (let ((?x1054 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x561 (+ ?x75 ?x1054)))
 (let ((?x1058 (* ?x1211 ?x561)))
 (or (and (distinct ?x1058 ?x756) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!322) (< exp!1 exp!5)))
(assert
 (= (< log!322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!322) (< exp!2 exp!5)))
(assert
 (= (< log!322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!322) (< exp!3 exp!5)))
(assert
 (= (< log!322 log!256) (< exp!5 exp!4)))
(assert
 (= (< log!256 log!322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!322)))
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
 (= (< 0.0 log!256) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!322) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
(declare-fun log!322 () Real)
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (< 0.0 ?x1134)))))
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
 (let ((?x1134 (+ 1.0 ?x94)))
 (let (($x682 (= 0.0 ?x1134)))
 (not $x682))))))
(assert
 (let ((?x77 (/ 1.0 exp!1)))
 (let ((?x94 (* ?x77 exp!2)))
 (let ((?x1134 (+ 1.0 ?x94)))
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x155 (- ?x14)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x143 (* ?x85 ?x155)))
 (let ((?x114 (/ 0.0 scale)))
 (let ((?x168 (+ ?x114 ?x143)))
 (let ((?x92 (- ?x168)))
 (let ((?x727 (* ?x92 ?x94)))
 (let ((?x1086 (/ ?x727 ?x1134)))
 (let ((?x234 (* 0.0 ?x92)))
 (let ((?x470 (+ ?x234 ?x1086)))
 (let ((?x268 (* 2.0 ?x470)))
 (let ((?x896 (- ?x268)))
 (let ((?x1176 (+ ?x92 ?x896)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x21 (- ?x73)))
 (let ((?x549 (+ ?x21 ?x1176)))
 (let ((?x403 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1211 (* ?x403 exp!2)))
 (let ((?x1184 (* ?x1211 ?x549)))
 (let ((?x125 (- b)))
 (let ((?x87 (+ f ?x125)))
 (let ((?x756 (* ?x87 ?x1184)))
 (let ((?x97 (* f 1.0)))
 (let ((?x80 (* ?x125 1.0)))
 (let ((?x138 (+ ?x80 ?x97)))
 (let ((?x129 (- ?x138)))
 (let ((?x96 (* 2.0 ?x129)))
 (let ((?x1229 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x806 (* ?x1229 exp!2)))
 (let ((?x1092 (* ?x806 ?x96)))
 (let ((?x333 (- ?x1092)))
 (let ((?x368 (+ ?x129 ?x333)))
 (let ((?x473 (* ?x85 ?x368)))
 (let ((?x217 (* ?x14 ?x473)))
 (let ((?x1054 (- ?x217)))
 (let ((?x75 (/ ?x129 scale)))
 (let ((?x561 (+ ?x75 ?x1054)))
 (let ((?x1058 (* ?x1211 ?x561)))
 (or (and (distinct ?x1058 ?x756) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!256 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!322) (< exp!1 exp!5)))
(assert
 (= (< log!322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!322) (< exp!2 exp!5)))
(assert
 (= (< log!322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!322) (< exp!3 exp!5)))
(assert
 (= (< log!322 log!256) (< exp!5 exp!4)))
(assert
 (= (< log!256 log!322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!322)))
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
 (= (< 0.0 log!256) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!322) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
