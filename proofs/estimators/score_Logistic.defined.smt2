; certjax: rule estimators.score_Logistic, obligation 'defined', verdict proved
; 71 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 2 of 71
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
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 3 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 4 of 71
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
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 5 of 71
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
 (= 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 6 of 71
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
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 7 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 8 of 71
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
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 9 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 10 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (= 0.0 unknown!8))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 11 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 12 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 13 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 14 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 15 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 16 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 17 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 18 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 19 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 20 of 71
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
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 21 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 unknown!8))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 22 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 23 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 24 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 25 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 26 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 27 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 28 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 29 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 30 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 31 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 32 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (= 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 33 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x236 (/ 1.0 exp!1)))
 (let ((?x37 (* ?x236 exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18))))))))))
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
; region 34 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (< 0.0 ?x11))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!8))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 35 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (= 0.0 ?x11))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x18 $x18 $x18))))))
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
; region 36 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (= 0.0 ?x11))))
(assert
 (= 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
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
 (< 0.0 scale))
(assert
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
 (< 0.0 scale))
(assert
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x18 $x18 $x18))))))
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
; region 37 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (= 0.0 ?x11))))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x18 $x18 $x18))))))
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
; region 38 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!1 () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (= 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (> 0.0 ?x11))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 unknown!1))
(assert
 (= 0.0 unknown!8))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 39 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 40 of 71
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
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 41 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 42 of 71
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
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 43 of 71
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
 (= 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 44 of 71
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
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 45 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 46 of 71
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
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 47 of 71
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 48 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (= 0.0 unknown!8))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 49 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 50 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 51 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 52 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 53 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 54 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 55 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 56 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 57 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 58 of 71
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
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 59 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 unknown!8))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 60 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
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
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x61 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x28 (+ 1.0 ?x61)))
 (let (($x32 (< 0.0 ?x28)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x32 $x18 $x18 $x18)))))))))
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
; region 61 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 62 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 63 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (> 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 64 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 65 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 66 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (= 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 67 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 68 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (= 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 69 of 71
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (> 0.0 unknown!8))
(assert
 (< 0.0 unknown!3))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 70 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (= 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
; region 71 of 71
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!8 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 unknown!8))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (< 0.0 ?x140))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x200 (= 0.0 ?x140)))
 (not $x200)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (let (($x18 (not $x9)))
 (let ((?x37 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x140 (+ 1.0 ?x37)))
 (let (($x198 (< 0.0 ?x140)))
 (let (($x12 (< 0.0 scale)))
 (not (and $x12 $x18 $x198 $x18 $x18 $x18)))))))))
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
