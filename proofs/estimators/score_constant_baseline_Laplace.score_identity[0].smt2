; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'score_identity[0]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
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
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
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
 (let ((?x122 (/ 0.0 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x118 (/ 1.0 (* scale scale))))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x116 (/ (- 1.0) scale)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x121 (- ?x120)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x85 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x112 (* ?x85 exp!4)))
 (let ((?x125 (* ?x112 ?x124)))
 (let ((?x53 (- b)))
 (let ((?x114 (+ f ?x53)))
 (let ((?x126 (* ?x114 ?x125)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (/ ?x60 scale)))
 (let ((?x62 (- ?x61)))
 (let ((?x113 (* ?x112 ?x62)))
 (or (and (distinct ?x113 ?x126) true))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
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
; region 2 of 2
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
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
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
 (let ((?x122 (/ 0.0 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x118 (/ 1.0 (* scale scale))))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x116 (/ (- 1.0) scale)))
 (let ((?x120 (+ ?x116 ?x119)))
 (let ((?x621 (+ ?x120 ?x123)))
 (let ((?x429 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x364 (* ?x429 ?x621)))
 (let ((?x53 (- b)))
 (let ((?x114 (+ f ?x53)))
 (let ((?x617 (* ?x114 ?x364)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x131 (/ ?x59 scale)))
 (let ((?x596 (- ?x131)))
 (let ((?x620 (* ?x429 ?x596)))
 (or (and (distinct ?x620 ?x617) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
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
