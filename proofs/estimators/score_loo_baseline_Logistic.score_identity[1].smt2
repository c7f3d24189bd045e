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
(declare-fun log!261 () Real)
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!261 () Real)
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
 (let ((?x275 (* ?x11 ?x221)))
 (let ((?x293 (- ?x275)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x276 (+ ?x116 ?x293)))
 (let ((?x181 (* ?x58 ?x276)))
 (or (and (distinct ?x181 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!261 () Real)
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
 (let ((?x275 (* ?x11 ?x221)))
 (let ((?x293 (- ?x275)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x276 (+ ?x116 ?x293)))
 (let ((?x181 (* ?x58 ?x276)))
 (or (and (distinct ?x181 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (= 0.0 ?x461)))))
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x531 (* ?x133 (/ 1.0 2.0))))
 (let ((?x233 (+ ?x531 ?x356)))
 (let ((?x445 (* 2.0 ?x233)))
 (let ((?x1086 (- ?x445)))
 (let ((?x578 (+ ?x133 ?x1086)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x421 (+ ?x150 ?x578)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x602 (* ?x1096 ?x421)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x364 (* ?x66 ?x602)))
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
 (let ((?x1000 (* ?x1096 ?x118)))
 (or (and (distinct ?x1000 ?x364) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x531 (* ?x133 (/ 1.0 2.0))))
 (let ((?x233 (+ ?x531 ?x356)))
 (let ((?x445 (* 2.0 ?x233)))
 (let ((?x1086 (- ?x445)))
 (let ((?x578 (+ ?x133 ?x1086)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x421 (+ ?x150 ?x578)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x602 (* ?x1096 ?x421)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x364 (* ?x66 ?x602)))
 (let ((?x707 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x403 (* ?x707 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x364) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x553 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x1228 (+ ?x356 ?x553)))
 (let ((?x503 (* 2.0 ?x1228)))
 (let ((?x1681 (- ?x503)))
 (let ((?x907 (+ ?x133 ?x1681)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1683 (+ ?x150 ?x907)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x1676 (* ?x1096 ?x1683)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1137 (* ?x66 ?x1676)))
 (let ((?x707 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x403 (* ?x707 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x1137) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x531 (* ?x133 (/ 1.0 2.0))))
 (let ((?x233 (+ ?x531 ?x356)))
 (let ((?x445 (* 2.0 ?x233)))
 (let ((?x1086 (- ?x445)))
 (let ((?x578 (+ ?x133 ?x1086)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x421 (+ ?x150 ?x578)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x602 (* ?x1096 ?x421)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x364 (* ?x66 ?x602)))
 (let ((?x707 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x403 (* ?x707 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x364) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461)))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x553 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x1228 (+ ?x356 ?x553)))
 (let ((?x503 (* 2.0 ?x1228)))
 (let ((?x1681 (- ?x503)))
 (let ((?x907 (+ ?x133 ?x1681)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1683 (+ ?x150 ?x907)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x1676 (* ?x1096 ?x1683)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1137 (* ?x66 ?x1676)))
 (let ((?x707 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x403 (* ?x707 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x1137) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!339 () Real)
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x275 (* ?x11 ?x221)))
 (let ((?x293 (- ?x275)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x276 (+ ?x116 ?x293)))
 (let ((?x181 (* ?x58 ?x276)))
 (or (and (distinct ?x181 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x275 (* ?x11 ?x221)))
 (let ((?x293 (- ?x275)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x276 (+ ?x116 ?x293)))
 (let ((?x181 (* ?x58 ?x276)))
 (or (and (distinct ?x181 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (= 0.0 ?x461))))
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x531 (* ?x133 (/ 1.0 2.0))))
 (let ((?x233 (+ ?x531 ?x356)))
 (let ((?x445 (* 2.0 ?x233)))
 (let ((?x1086 (- ?x445)))
 (let ((?x578 (+ ?x133 ?x1086)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x421 (+ ?x150 ?x578)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x602 (* ?x1096 ?x421)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x364 (* ?x66 ?x602)))
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
 (let ((?x1000 (* ?x1096 ?x118)))
 (or (and (distinct ?x1000 ?x364) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x531 (* ?x133 (/ 1.0 2.0))))
 (let ((?x233 (+ ?x531 ?x356)))
 (let ((?x445 (* 2.0 ?x233)))
 (let ((?x1086 (- ?x445)))
 (let ((?x578 (+ ?x133 ?x1086)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x421 (+ ?x150 ?x578)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x602 (* ?x1096 ?x421)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x364 (* ?x66 ?x602)))
 (let ((?x403 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x364) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x553 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x1228 (+ ?x356 ?x553)))
 (let ((?x503 (* 2.0 ?x1228)))
 (let ((?x1681 (- ?x503)))
 (let ((?x907 (+ ?x133 ?x1681)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1683 (+ ?x150 ?x907)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x1676 (* ?x1096 ?x1683)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1137 (* ?x66 ?x1676)))
 (let ((?x403 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x1137) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x531 (* ?x133 (/ 1.0 2.0))))
 (let ((?x233 (+ ?x531 ?x356)))
 (let ((?x445 (* 2.0 ?x233)))
 (let ((?x1086 (- ?x445)))
 (let ((?x578 (+ ?x133 ?x1086)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x421 (+ ?x150 ?x578)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x602 (* ?x1096 ?x421)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x364 (* ?x66 ?x602)))
 (let ((?x403 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x364) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
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
(declare-fun log!261 () Real)
(declare-fun log!339 () Real)
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
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (< 0.0 ?x461))))
(assert
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
 (let ((?x461 (+ 1.0 ?x157)))
 (let (($x543 (= 0.0 ?x461)))
 (not $x543)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x553 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x461 (+ 1.0 ?x157)))
 (let ((?x215 (* ?x133 ?x157)))
 (let ((?x356 (/ ?x215 ?x461)))
 (let ((?x1228 (+ ?x356 ?x553)))
 (let ((?x503 (* 2.0 ?x1228)))
 (let ((?x1681 (- ?x503)))
 (let ((?x907 (+ ?x133 ?x1681)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1683 (+ ?x150 ?x907)))
 (let ((?x286 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1096 (* ?x286 exp!2)))
 (let ((?x1676 (* ?x1096 ?x1683)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1137 (* ?x66 ?x1676)))
 (let ((?x403 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1200 (* ?x42 ?x403)))
 (let ((?x300 (- ?x1200)))
 (let ((?x1074 (+ ?x101 ?x300)))
 (let ((?x250 (* ?x84 ?x1074)))
 (let ((?x252 (* ?x11 ?x250)))
 (let ((?x511 (- ?x252)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x179 (+ ?x116 ?x511)))
 (let ((?x1088 (* ?x1096 ?x179)))
 (or (and (distinct ?x1088 ?x1137) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!261 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!261) (< exp!1 exp!4)))
(assert
 (= (< log!261 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!261) (< exp!2 exp!4)))
(assert
 (= (< log!261 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!261) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!261 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!261)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!339 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!339) (< exp!1 exp!5)))
(assert
 (= (< log!339 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!339) (< exp!2 exp!5)))
(assert
 (= (< log!339 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!339) (< exp!3 exp!5)))
(assert
 (= (< log!339 log!261) (< exp!5 exp!4)))
(assert
 (= (< log!261 log!339) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!339 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!339)))
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
 (= (< 0.0 log!261) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!261) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!339) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!339) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
