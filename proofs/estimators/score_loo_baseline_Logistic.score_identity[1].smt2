; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[1]', verdict proved
; 16 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!265 () Real)
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x149 (* ?x111 ?x29)))
 (let ((?x33 (/ ?x149 ?x41)))
 (let ((?x133 (- ?x111)))
 (let ((?x67 (+ ?x133 ?x33)))
 (let ((?x70 (* 2.0 ?x67)))
 (let ((?x156 (- ?x70)))
 (let ((?x98 (+ ?x133 ?x156)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x45 (+ ?x150 ?x98)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x103 (* ?x58 ?x45)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x126 (* ?x66 ?x103)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x134 (* ?x157 ?x42)))
 (let ((?x92 (- ?x134)))
 (let ((?x82 (+ ?x101 ?x92)))
 (let ((?x154 (* ?x84 ?x82)))
 (let ((?x46 (* ?x11 ?x154)))
 (let ((?x87 (- ?x46)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x118 (+ ?x116 ?x87)))
 (let ((?x138 (* ?x58 ?x118)))
 (or (and (distinct ?x138 ?x126) true)))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!265 () Real)
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x149 (* ?x111 ?x29)))
 (let ((?x33 (/ ?x149 ?x41)))
 (let ((?x133 (- ?x111)))
 (let ((?x67 (+ ?x133 ?x33)))
 (let ((?x70 (* 2.0 ?x67)))
 (let ((?x156 (- ?x70)))
 (let ((?x98 (+ ?x133 ?x156)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x45 (+ ?x150 ?x98)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x103 (* ?x58 ?x45)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x126 (* ?x66 ?x103)))
 (let ((?x141 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x219 (* ?x42 ?x141)))
 (let ((?x220 (- ?x219)))
 (let ((?x217 (+ ?x101 ?x220)))
 (let ((?x221 (* ?x84 ?x217)))
 (let ((?x181 (* ?x11 ?x221)))
 (let ((?x542 (- ?x181)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x564 (+ ?x116 ?x542)))
 (let ((?x575 (* ?x58 ?x564)))
 (or (and (distinct ?x575 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 3 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!265 () Real)
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x149 (* ?x111 ?x29)))
 (let ((?x33 (/ ?x149 ?x41)))
 (let ((?x133 (- ?x111)))
 (let ((?x67 (+ ?x133 ?x33)))
 (let ((?x70 (* 2.0 ?x67)))
 (let ((?x156 (- ?x70)))
 (let ((?x98 (+ ?x133 ?x156)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x45 (+ ?x150 ?x98)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x103 (* ?x58 ?x45)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x126 (* ?x66 ?x103)))
 (let ((?x141 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x219 (* ?x42 ?x141)))
 (let ((?x220 (- ?x219)))
 (let ((?x217 (+ ?x101 ?x220)))
 (let ((?x221 (* ?x84 ?x217)))
 (let ((?x181 (* ?x11 ?x221)))
 (let ((?x542 (- ?x181)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x564 (+ ?x116 ?x542)))
 (let ((?x575 (* ?x58 ?x564)))
 (or (and (distinct ?x575 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 4 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (= 0.0 ?x439)))))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x373 (* ?x133 (/ 1.0 2.0))))
 (let ((?x545 (+ ?x373 ?x448)))
 (let ((?x729 (* 2.0 ?x545)))
 (let ((?x482 (- ?x729)))
 (let ((?x458 (+ ?x133 ?x482)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1070 (+ ?x150 ?x458)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x405 (* ?x334 ?x1070)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1005 (* ?x66 ?x405)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x134 (* ?x157 ?x42)))
 (let ((?x92 (- ?x134)))
 (let ((?x82 (+ ?x101 ?x92)))
 (let ((?x154 (* ?x84 ?x82)))
 (let ((?x46 (* ?x11 ?x154)))
 (let ((?x87 (- ?x46)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x118 (+ ?x116 ?x87)))
 (let ((?x300 (* ?x334 ?x118)))
 (or (and (distinct ?x300 ?x1005) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 5 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x373 (* ?x133 (/ 1.0 2.0))))
 (let ((?x545 (+ ?x373 ?x448)))
 (let ((?x729 (* 2.0 ?x545)))
 (let ((?x482 (- ?x729)))
 (let ((?x458 (+ ?x133 ?x482)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1070 (+ ?x150 ?x458)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x405 (* ?x334 ?x1070)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1005 (* ?x66 ?x405)))
 (let ((?x186 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x590 (* ?x186 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x1005) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 6 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x254 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x1074 (+ ?x448 ?x254)))
 (let ((?x1004 (* 2.0 ?x1074)))
 (let ((?x1683 (- ?x1004)))
 (let ((?x497 (+ ?x133 ?x1683)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1685 (+ ?x150 ?x497)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x1678 (* ?x334 ?x1685)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x344 (* ?x66 ?x1678)))
 (let ((?x186 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x590 (* ?x186 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x344) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 7 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x373 (* ?x133 (/ 1.0 2.0))))
 (let ((?x545 (+ ?x373 ?x448)))
 (let ((?x729 (* 2.0 ?x545)))
 (let ((?x482 (- ?x729)))
 (let ((?x458 (+ ?x133 ?x482)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1070 (+ ?x150 ?x458)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x405 (* ?x334 ?x1070)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1005 (* ?x66 ?x405)))
 (let ((?x186 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x590 (* ?x186 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x1005) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 8 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439)))))
(assert
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x254 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x1074 (+ ?x448 ?x254)))
 (let ((?x1004 (* 2.0 ?x1074)))
 (let ((?x1683 (- ?x1004)))
 (let ((?x497 (+ ?x133 ?x1683)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1685 (+ ?x150 ?x497)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x1678 (* ?x334 ?x1685)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x344 (* ?x66 ?x1678)))
 (let ((?x186 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x590 (* ?x186 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x344) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 9 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!265 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!343 () Real)
(declare-fun exp!6 () Real)
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x149 (* ?x111 ?x29)))
 (let ((?x33 (/ ?x149 ?x41)))
 (let ((?x133 (- ?x111)))
 (let ((?x67 (+ ?x133 ?x33)))
 (let ((?x70 (* 2.0 ?x67)))
 (let ((?x156 (- ?x70)))
 (let ((?x98 (+ ?x133 ?x156)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x45 (+ ?x150 ?x98)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x103 (* ?x58 ?x45)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x126 (* ?x66 ?x103)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x134 (* ?x157 ?x42)))
 (let ((?x92 (- ?x134)))
 (let ((?x82 (+ ?x101 ?x92)))
 (let ((?x154 (* ?x84 ?x82)))
 (let ((?x46 (* ?x11 ?x154)))
 (let ((?x87 (- ?x46)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x118 (+ ?x116 ?x87)))
 (let ((?x138 (* ?x58 ?x118)))
 (or (and (distinct ?x138 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 10 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!265 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!343 () Real)
(declare-fun exp!6 () Real)
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x149 (* ?x111 ?x29)))
 (let ((?x33 (/ ?x149 ?x41)))
 (let ((?x133 (- ?x111)))
 (let ((?x67 (+ ?x133 ?x33)))
 (let ((?x70 (* 2.0 ?x67)))
 (let ((?x156 (- ?x70)))
 (let ((?x98 (+ ?x133 ?x156)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x45 (+ ?x150 ?x98)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x103 (* ?x58 ?x45)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x126 (* ?x66 ?x103)))
 (let ((?x141 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x219 (* ?x42 ?x141)))
 (let ((?x220 (- ?x219)))
 (let ((?x217 (+ ?x101 ?x220)))
 (let ((?x221 (* ?x84 ?x217)))
 (let ((?x181 (* ?x11 ?x221)))
 (let ((?x542 (- ?x181)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x564 (+ ?x116 ?x542)))
 (let ((?x575 (* ?x58 ?x564)))
 (or (and (distinct ?x575 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 11 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!265 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!343 () Real)
(declare-fun exp!6 () Real)
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
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
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x149 (* ?x111 ?x29)))
 (let ((?x33 (/ ?x149 ?x41)))
 (let ((?x133 (- ?x111)))
 (let ((?x67 (+ ?x133 ?x33)))
 (let ((?x70 (* 2.0 ?x67)))
 (let ((?x156 (- ?x70)))
 (let ((?x98 (+ ?x133 ?x156)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x45 (+ ?x150 ?x98)))
 (let ((?x58 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x103 (* ?x58 ?x45)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x126 (* ?x66 ?x103)))
 (let ((?x141 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x219 (* ?x42 ?x141)))
 (let ((?x220 (- ?x219)))
 (let ((?x217 (+ ?x101 ?x220)))
 (let ((?x221 (* ?x84 ?x217)))
 (let ((?x181 (* ?x11 ?x221)))
 (let ((?x542 (- ?x181)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x564 (+ ?x116 ?x542)))
 (let ((?x575 (* ?x58 ?x564)))
 (or (and (distinct ?x575 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 12 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (= 0.0 ?x439))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x373 (* ?x133 (/ 1.0 2.0))))
 (let ((?x545 (+ ?x373 ?x448)))
 (let ((?x729 (* 2.0 ?x545)))
 (let ((?x482 (- ?x729)))
 (let ((?x458 (+ ?x133 ?x482)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1070 (+ ?x150 ?x458)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x405 (* ?x334 ?x1070)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1005 (* ?x66 ?x405)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x134 (* ?x157 ?x42)))
 (let ((?x92 (- ?x134)))
 (let ((?x82 (+ ?x101 ?x92)))
 (let ((?x154 (* ?x84 ?x82)))
 (let ((?x46 (* ?x11 ?x154)))
 (let ((?x87 (- ?x46)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x118 (+ ?x116 ?x87)))
 (let ((?x300 (* ?x334 ?x118)))
 (or (and (distinct ?x300 ?x1005) true)))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 13 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x373 (* ?x133 (/ 1.0 2.0))))
 (let ((?x545 (+ ?x373 ?x448)))
 (let ((?x729 (* 2.0 ?x545)))
 (let ((?x482 (- ?x729)))
 (let ((?x458 (+ ?x133 ?x482)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1070 (+ ?x150 ?x458)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x405 (* ?x334 ?x1070)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1005 (* ?x66 ?x405)))
 (let ((?x590 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x1005) true))))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 14 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x254 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x1074 (+ ?x448 ?x254)))
 (let ((?x1004 (* 2.0 ?x1074)))
 (let ((?x1683 (- ?x1004)))
 (let ((?x497 (+ ?x133 ?x1683)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1685 (+ ?x150 ?x497)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x1678 (* ?x334 ?x1685)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x344 (* ?x66 ?x1678)))
 (let ((?x590 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x344) true))))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 15 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x373 (* ?x133 (/ 1.0 2.0))))
 (let ((?x545 (+ ?x373 ?x448)))
 (let ((?x729 (* 2.0 ?x545)))
 (let ((?x482 (- ?x729)))
 (let ((?x458 (+ ?x133 ?x482)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1070 (+ ?x150 ?x458)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x405 (* ?x334 ?x1070)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1005 (* ?x66 ?x405)))
 (let ((?x590 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x1005) true))))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 16 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!265 () Real)
(declare-fun log!343 () Real)
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (< 0.0 ?x439))))
(assert
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let (($x584 (= 0.0 ?x439)))
 (not $x584)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x254 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x439 (+ 1.0 ?x157)))
 (let ((?x520 (* ?x133 ?x157)))
 (let ((?x448 (/ ?x520 ?x439)))
 (let ((?x1074 (+ ?x448 ?x254)))
 (let ((?x1004 (* 2.0 ?x1074)))
 (let ((?x1683 (- ?x1004)))
 (let ((?x497 (+ ?x133 ?x1683)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1685 (+ ?x150 ?x497)))
 (let ((?x732 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x334 (* ?x732 exp!2)))
 (let ((?x1678 (* ?x334 ?x1685)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x344 (* ?x66 ?x1678)))
 (let ((?x590 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x305 (* ?x42 ?x590)))
 (let ((?x513 (- ?x305)))
 (let ((?x815 (+ ?x101 ?x513)))
 (let ((?x635 (* ?x84 ?x815)))
 (let ((?x1126 (* ?x11 ?x635)))
 (let ((?x1080 (- ?x1126)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x973 (+ ?x116 ?x1080)))
 (let ((?x1019 (* ?x334 ?x973)))
 (or (and (distinct ?x1019 ?x344) true))))))))))))))))))))))))))))))))))))))))))))
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
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!265 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!265) (< exp!1 exp!4)))
(assert
 (= (< log!265 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!265) (< exp!2 exp!4)))
(assert
 (= (< log!265 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!265) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!265 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!265)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!343 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!343) (< exp!1 exp!5)))
(assert
 (= (< log!343 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!343) (< exp!2 exp!5)))
(assert
 (= (< log!343 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!343) (< exp!3 exp!5)))
(assert
 (= (< log!343 log!265) (< exp!5 exp!4)))
(assert
 (= (< log!265 log!343) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!343 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!343)))
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
 (= (< 0.0 log!265) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!265) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!343) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!343) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
