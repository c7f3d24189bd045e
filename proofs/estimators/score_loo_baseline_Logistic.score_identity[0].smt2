; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[0]', verdict proved
; 16 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x124 (+ ?x110 ?x123)))
 (let ((?x105 (* exp!3 exp!3)))
 (let ((?x106 (/ (* (/ 1.0 exp!2) exp!1) ?x105)))
 (let ((?x125 (* ?x106 ?x124)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x126 (* ?x108 ?x125)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x98 (* ?x97 ?x96)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x95 ?x99)))
 (let ((?x101 (/ ?x100 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x107 (* ?x106 ?x102)))
 (or (and (distinct ?x107 ?x126) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x124 (+ ?x110 ?x123)))
 (let ((?x105 (* exp!3 exp!3)))
 (let ((?x106 (/ (* (/ 1.0 exp!2) exp!1) ?x105)))
 (let ((?x125 (* ?x106 ?x124)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x126 (* ?x108 ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x179 (* ?x96 ?x128)))
 (let ((?x182 (- ?x179)))
 (let ((?x183 (+ ?x95 ?x182)))
 (let ((?x184 (/ ?x183 scale)))
 (let ((?x148 (- ?x184)))
 (let ((?x149 (* ?x106 ?x148)))
 (or (and (distinct ?x149 ?x126) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
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
 (< 0.0 unknown!12))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x124 (+ ?x110 ?x123)))
 (let ((?x105 (* exp!3 exp!3)))
 (let ((?x106 (/ (* (/ 1.0 exp!2) exp!1) ?x105)))
 (let ((?x125 (* ?x106 ?x124)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x126 (* ?x108 ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x179 (* ?x96 ?x128)))
 (let ((?x182 (- ?x179)))
 (let ((?x183 (+ ?x95 ?x182)))
 (let ((?x184 (/ ?x183 scale)))
 (let ((?x148 (- ?x184)))
 (let ((?x149 (* ?x106 ?x148)))
 (or (and (distinct ?x149 ?x126) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (= 0.0 ?x597))))
(assert
 (= 0.0 unknown!11))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x593 (* ?x117 (/ 1.0 2.0))))
 (let ((?x490 (+ ?x593 ?x244)))
 (let ((?x295 (* 2.0 ?x490)))
 (let ((?x519 (- ?x295)))
 (let ((?x297 (+ ?x117 ?x519)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x661 (+ ?x110 ?x297)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x460 (* ?x601 ?x661)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x515 (* ?x108 ?x460)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x98 (* ?x97 ?x96)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x95 ?x99)))
 (let ((?x101 (/ ?x100 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x523 (* ?x601 ?x102)))
 (or (and (distinct ?x523 ?x515) true))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 5 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x593 (* ?x117 (/ 1.0 2.0))))
 (let ((?x490 (+ ?x593 ?x244)))
 (let ((?x295 (* 2.0 ?x490)))
 (let ((?x519 (- ?x295)))
 (let ((?x297 (+ ?x117 ?x519)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x661 (+ ?x110 ?x297)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x460 (* ?x601 ?x661)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x515 (* ?x108 ?x460)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x515) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 6 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x430 (* 0.0 ?x117)))
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x255 (+ ?x244 ?x430)))
 (let ((?x378 (* 2.0 ?x255)))
 (let ((?x720 (- ?x378)))
 (let ((?x725 (+ ?x117 ?x720)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x1046 (+ ?x110 ?x725)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x728 (* ?x601 ?x1046)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x1047 (* ?x108 ?x728)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x1047) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 7 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x593 (* ?x117 (/ 1.0 2.0))))
 (let ((?x490 (+ ?x593 ?x244)))
 (let ((?x295 (* 2.0 ?x490)))
 (let ((?x519 (- ?x295)))
 (let ((?x297 (+ ?x117 ?x519)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x661 (+ ?x110 ?x297)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x460 (* ?x601 ?x661)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x515 (* ?x108 ?x460)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x515) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 8 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (< 0.0 unknown!12))
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x430 (* 0.0 ?x117)))
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x255 (+ ?x244 ?x430)))
 (let ((?x378 (* 2.0 ?x255)))
 (let ((?x720 (- ?x378)))
 (let ((?x725 (+ ?x117 ?x720)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x1046 (+ ?x110 ?x725)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x728 (* ?x601 ?x1046)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x1047 (* ?x108 ?x728)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x1047) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 9 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!280 () Real)
(declare-fun exp!5 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x124 (+ ?x110 ?x123)))
 (let ((?x106 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x125 (* ?x106 ?x124)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x126 (* ?x108 ?x125)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x98 (* ?x97 ?x96)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x95 ?x99)))
 (let ((?x101 (/ ?x100 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x107 (* ?x106 ?x102)))
 (or (and (distinct ?x107 ?x126) true))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 10 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!280 () Real)
(declare-fun exp!5 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x124 (+ ?x110 ?x123)))
 (let ((?x106 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x125 (* ?x106 ?x124)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x126 (* ?x108 ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x179 (* ?x96 ?x128)))
 (let ((?x182 (- ?x179)))
 (let ((?x183 (+ ?x95 ?x182)))
 (let ((?x184 (/ ?x183 scale)))
 (let ((?x148 (- ?x184)))
 (let ((?x149 (* ?x106 ?x148)))
 (or (and (distinct ?x149 ?x126) true))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 11 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!280 () Real)
(declare-fun exp!5 () Real)
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
 (< 0.0 unknown!12))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x124 (+ ?x110 ?x123)))
 (let ((?x106 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x125 (* ?x106 ?x124)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x126 (* ?x108 ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x179 (* ?x96 ?x128)))
 (let ((?x182 (- ?x179)))
 (let ((?x183 (+ ?x95 ?x182)))
 (let ((?x184 (/ ?x183 scale)))
 (let ((?x148 (- ?x184)))
 (let ((?x149 (* ?x106 ?x148)))
 (or (and (distinct ?x149 ?x126) true))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 12 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (= 0.0 ?x597))))
(assert
 (= 0.0 unknown!11))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x593 (* ?x117 (/ 1.0 2.0))))
 (let ((?x490 (+ ?x593 ?x244)))
 (let ((?x295 (* 2.0 ?x490)))
 (let ((?x519 (- ?x295)))
 (let ((?x297 (+ ?x117 ?x519)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x661 (+ ?x110 ?x297)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x460 (* ?x601 ?x661)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x515 (* ?x108 ?x460)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x98 (* ?x97 ?x96)))
 (let ((?x99 (- ?x98)))
 (let ((?x100 (+ ?x95 ?x99)))
 (let ((?x101 (/ ?x100 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x523 (* ?x601 ?x102)))
 (or (and (distinct ?x523 ?x515) true))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 13 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x593 (* ?x117 (/ 1.0 2.0))))
 (let ((?x490 (+ ?x593 ?x244)))
 (let ((?x295 (* 2.0 ?x490)))
 (let ((?x519 (- ?x295)))
 (let ((?x297 (+ ?x117 ?x519)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x661 (+ ?x110 ?x297)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x460 (* ?x601 ?x661)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x515 (* ?x108 ?x460)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x515) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 14 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (> 0.0 unknown!12))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x430 (* 0.0 ?x117)))
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x255 (+ ?x244 ?x430)))
 (let ((?x378 (* 2.0 ?x255)))
 (let ((?x720 (- ?x378)))
 (let ((?x725 (+ ?x117 ?x720)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x1046 (+ ?x110 ?x725)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x728 (* ?x601 ?x1046)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x1047 (* ?x108 ?x728)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x1047) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 15 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (< 0.0 unknown!12))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x593 (* ?x117 (/ 1.0 2.0))))
 (let ((?x490 (+ ?x593 ?x244)))
 (let ((?x295 (* 2.0 ?x490)))
 (let ((?x519 (- ?x295)))
 (let ((?x297 (+ ?x117 ?x519)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x661 (+ ?x110 ?x297)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x460 (* ?x601 ?x661)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x515 (* ?x108 ?x460)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x515) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 16 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (< 0.0 unknown!12))
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (< 0.0 ?x597))))
(assert
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
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let (($x329 (= 0.0 ?x597)))
 (not $x329)))))
(assert
 (let ((?x114 (/ 1.0 (* scale scale))))
 (let ((?x115 (* 0.0 ?x114)))
 (let ((?x112 (/ (- 1.0) scale)))
 (let ((?x116 (+ ?x112 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x430 (* 0.0 ?x117)))
 (let ((?x97 (/ 1.0 exp!1)))
 (let ((?x597 (+ 1.0 ?x97)))
 (let ((?x475 (* ?x117 ?x97)))
 (let ((?x244 (/ ?x475 ?x597)))
 (let ((?x255 (+ ?x244 ?x430)))
 (let ((?x378 (* 2.0 ?x255)))
 (let ((?x720 (- ?x378)))
 (let ((?x725 (+ ?x117 ?x720)))
 (let ((?x109 (/ 0.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x1046 (+ ?x110 ?x725)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x728 (* ?x601 ?x1046)))
 (let ((?x88 (- b)))
 (let ((?x108 (+ f ?x88)))
 (let ((?x1047 (* ?x108 ?x728)))
 (let ((?x569 (/ (/ ?x97 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (* 2.0 ?x95)))
 (let ((?x325 (* ?x96 ?x569)))
 (let ((?x438 (- ?x325)))
 (let ((?x262 (+ ?x95 ?x438)))
 (let ((?x423 (/ ?x262 scale)))
 (let ((?x205 (- ?x423)))
 (let ((?x547 (* ?x601 ?x205)))
 (or (and (distinct ?x547 ?x1047) true)))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
