; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'defined', verdict proved
; 33 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 33
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 2 of 33
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
 (= 0.0 unknown!6))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 3 of 33
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 4 of 33
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
 (= 0.0 unknown!2))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 5 of 33
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
 (= 0.0 unknown!2))
(assert
 (= 0.0 unknown!6))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 6 of 33
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
 (= 0.0 unknown!2))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 7 of 33
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 8 of 33
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
 (= 0.0 unknown!6))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 9 of 33
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 10 of 33
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (= 0.0 unknown!7))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 11 of 33
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 12 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 13 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (= 0.0 unknown!6))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 14 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 15 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (= 0.0 unknown!2))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 16 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (= 0.0 unknown!2))
(assert
 (= 0.0 unknown!6))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 17 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (= 0.0 unknown!2))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 18 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 19 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (= 0.0 unknown!6))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 20 of 33
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 21 of 33
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
(assert
 (= 0.0 unknown!7))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 22 of 33
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (= 0.0 ?x16))))))
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
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x68 (+ 1.0 ?x54)))
 (let (($x44 (< 0.0 ?x68)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x44 $x18 $x18 $x18)))))))))
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
(check-sat)
(pop 1)
; region 23 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 24 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (= 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 25 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (> 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 26 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (= 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 27 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (= 0.0 unknown!2))
(assert
 (= 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 28 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (= 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 29 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (> 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 30 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (= 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 31 of 33
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!7))
(assert
 (< 0.0 unknown!2))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 32 of 33
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (= 0.0 unknown!7))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
; region 33 of 33
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x9 (- loc)))
 (let ((?x14 (+ z ?x9)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x16 (- ?x15)))
 (> 0.0 ?x16))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 unknown!7))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (< 0.0 ?x179)))))
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
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x63 (= 0.0 ?x179)))
 (not $x63))))))
(assert
 (let (($x13 (= 0.0 scale)))
 (let (($x18 (not $x13)))
 (let ((?x146 (/ 1.0 exp!1)))
 (let ((?x134 (* ?x146 exp!2)))
 (let ((?x179 (+ 1.0 ?x134)))
 (let (($x74 (< 0.0 ?x179)))
 (let (($x8 (< 0.0 scale)))
 (not (and $x8 $x18 $x74 $x18 $x18 $x18))))))))))
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
(check-sat)
(pop 1)
