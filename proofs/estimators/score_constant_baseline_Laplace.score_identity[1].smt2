; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'score_identity[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x126 (/ 1.0 scale)))
 (let ((?x127 (- ?x126)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x122 (- ?x8)))
 (let ((?x64 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x64 ?x122)))
 (let ((?x121 (/ 0.0 scale)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x128 (+ ?x125 ?x127)))
 (let ((?x91 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x118 (* ?x91 exp!4)))
 (let ((?x129 (* ?x118 ?x128)))
 (let ((?x54 (- b)))
 (let ((?x120 (+ f ?x54)))
 (let ((?x130 (* ?x120 ?x129)))
 (let ((?x59 (* f 1.0)))
 (let ((?x57 (* ?x54 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x61 (- ?x60)))
 (let ((?x65 (* ?x64 ?x61)))
 (let ((?x66 (* ?x8 ?x65)))
 (let ((?x67 (- ?x66)))
 (let ((?x62 (/ ?x61 scale)))
 (let ((?x68 (+ ?x62 ?x67)))
 (let ((?x119 (* ?x118 ?x68)))
 (or (and (distinct ?x119 ?x130) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 false)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (> 0.0 scale))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x126 (/ 1.0 scale)))
 (let ((?x127 (- ?x126)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x122 (- ?x8)))
 (let ((?x64 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x64 ?x122)))
 (let ((?x121 (/ 0.0 scale)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x128 (+ ?x125 ?x127)))
 (let ((?x118 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x129 (* ?x118 ?x128)))
 (let ((?x54 (- b)))
 (let ((?x120 (+ f ?x54)))
 (let ((?x130 (* ?x120 ?x129)))
 (let ((?x59 (* f 1.0)))
 (let ((?x57 (* ?x54 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x61 (- ?x60)))
 (let ((?x65 (* ?x64 ?x61)))
 (let ((?x66 (* ?x8 ?x65)))
 (let ((?x67 (- ?x66)))
 (let ((?x62 (/ ?x61 scale)))
 (let ((?x68 (+ ?x62 ?x67)))
 (let ((?x119 (* ?x118 ?x68)))
 (or (and (distinct ?x119 ?x130) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x126 (/ 1.0 scale)))
 (let ((?x127 (- ?x126)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x122 (- ?x8)))
 (let ((?x64 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x64 ?x122)))
 (let ((?x121 (/ 0.0 scale)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x266 (+ ?x124 ?x127)))
 (let ((?x168 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x248 (* ?x168 ?x266)))
 (let ((?x54 (- b)))
 (let ((?x120 (+ f ?x54)))
 (let ((?x406 (* ?x120 ?x248)))
 (let ((?x59 (* f 1.0)))
 (let ((?x57 (* ?x54 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x399 (* ?x64 ?x60)))
 (let ((?x343 (* ?x8 ?x399)))
 (let ((?x171 (- ?x343)))
 (let ((?x61 (- ?x60)))
 (let ((?x62 (/ ?x61 scale)))
 (let ((?x340 (+ ?x62 ?x171)))
 (let ((?x719 (* ?x168 ?x340)))
 (or (and (distinct ?x719 ?x406) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 false)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (> 0.0 scale))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x126 (/ 1.0 scale)))
 (let ((?x127 (- ?x126)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x122 (- ?x8)))
 (let ((?x64 (/ 1.0 (* scale scale))))
 (let ((?x123 (* ?x64 ?x122)))
 (let ((?x121 (/ 0.0 scale)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x266 (+ ?x124 ?x127)))
 (let ((?x168 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x248 (* ?x168 ?x266)))
 (let ((?x54 (- b)))
 (let ((?x120 (+ f ?x54)))
 (let ((?x406 (* ?x120 ?x248)))
 (let ((?x59 (* f 1.0)))
 (let ((?x57 (* ?x54 1.0)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x399 (* ?x64 ?x60)))
 (let ((?x343 (* ?x8 ?x399)))
 (let ((?x171 (- ?x343)))
 (let ((?x61 (- ?x60)))
 (let ((?x62 (/ ?x61 scale)))
 (let ((?x340 (+ ?x62 ?x171)))
 (let ((?x719 (* ?x168 ?x340)))
 (or (and (distinct ?x719 ?x406) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!25) (< exp!4 exp!1)))
(assert
 (= (< log!25 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!22) (< exp!4 exp!2)))
(assert
 (= (< log!22 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
