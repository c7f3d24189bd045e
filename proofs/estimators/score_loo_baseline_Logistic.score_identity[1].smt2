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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
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
 (let ((?x543 (+ ?x116 ?x542)))
 (let ((?x555 (* ?x58 ?x543)))
 (or (and (distinct ?x555 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
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
 (let ((?x543 (+ ?x116 ?x542)))
 (let ((?x555 (* ?x58 ?x543)))
 (or (and (distinct ?x555 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (= 0.0 ?x265)))))
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
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x230 (* ?x133 (/ 1.0 2.0))))
 (let ((?x485 (+ ?x230 ?x364)))
 (let ((?x928 (* 2.0 ?x485)))
 (let ((?x761 (- ?x928)))
 (let ((?x335 (+ ?x133 ?x761)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x533 (+ ?x150 ?x335)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x349 (* ?x444 ?x533)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x287 (* ?x66 ?x349)))
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
 (let ((?x255 (* ?x444 ?x118)))
 (or (and (distinct ?x255 ?x287) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
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
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x230 (* ?x133 (/ 1.0 2.0))))
 (let ((?x485 (+ ?x230 ?x364)))
 (let ((?x928 (* 2.0 ?x485)))
 (let ((?x761 (- ?x928)))
 (let ((?x335 (+ ?x133 ?x761)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x533 (+ ?x150 ?x335)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x349 (* ?x444 ?x533)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x287 (* ?x66 ?x349)))
 (let ((?x1165 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1021 (* ?x1165 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x287) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
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
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x341 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x508 (+ ?x364 ?x341)))
 (let ((?x558 (* 2.0 ?x508)))
 (let ((?x1680 (- ?x558)))
 (let ((?x471 (+ ?x133 ?x1680)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1682 (+ ?x150 ?x471)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x1675 (* ?x444 ?x1682)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1042 (* ?x66 ?x1675)))
 (let ((?x1165 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1021 (* ?x1165 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x1042) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x230 (* ?x133 (/ 1.0 2.0))))
 (let ((?x485 (+ ?x230 ?x364)))
 (let ((?x928 (* 2.0 ?x485)))
 (let ((?x761 (- ?x928)))
 (let ((?x335 (+ ?x133 ?x761)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x533 (+ ?x150 ?x335)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x349 (* ?x444 ?x533)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x287 (* ?x66 ?x349)))
 (let ((?x1165 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1021 (* ?x1165 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x287) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265)))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x341 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x508 (+ ?x364 ?x341)))
 (let ((?x558 (* 2.0 ?x508)))
 (let ((?x1680 (- ?x558)))
 (let ((?x471 (+ ?x133 ?x1680)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1682 (+ ?x150 ?x471)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x1675 (* ?x444 ?x1682)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1042 (* ?x66 ?x1675)))
 (let ((?x1165 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1021 (* ?x1165 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x1042) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
(declare-fun log!202 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!280 () Real)
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
(declare-fun log!202 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x543 (+ ?x116 ?x542)))
 (let ((?x555 (* ?x58 ?x543)))
 (or (and (distinct ?x555 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
(declare-fun log!202 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x543 (+ ?x116 ?x542)))
 (let ((?x555 (* ?x58 ?x543)))
 (or (and (distinct ?x555 ?x126) true))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (= 0.0 ?x265))))
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
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x230 (* ?x133 (/ 1.0 2.0))))
 (let ((?x485 (+ ?x230 ?x364)))
 (let ((?x928 (* 2.0 ?x485)))
 (let ((?x761 (- ?x928)))
 (let ((?x335 (+ ?x133 ?x761)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x533 (+ ?x150 ?x335)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x349 (* ?x444 ?x533)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x287 (* ?x66 ?x349)))
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
 (let ((?x255 (* ?x444 ?x118)))
 (or (and (distinct ?x255 ?x287) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
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
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x230 (* ?x133 (/ 1.0 2.0))))
 (let ((?x485 (+ ?x230 ?x364)))
 (let ((?x928 (* 2.0 ?x485)))
 (let ((?x761 (- ?x928)))
 (let ((?x335 (+ ?x133 ?x761)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x533 (+ ?x150 ?x335)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x349 (* ?x444 ?x533)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x287 (* ?x66 ?x349)))
 (let ((?x1021 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x287) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
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
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x341 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x508 (+ ?x364 ?x341)))
 (let ((?x558 (* 2.0 ?x508)))
 (let ((?x1680 (- ?x558)))
 (let ((?x471 (+ ?x133 ?x1680)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1682 (+ ?x150 ?x471)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x1675 (* ?x444 ?x1682)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1042 (* ?x66 ?x1675)))
 (let ((?x1021 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x1042) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x230 (* ?x133 (/ 1.0 2.0))))
 (let ((?x485 (+ ?x230 ?x364)))
 (let ((?x928 (* 2.0 ?x485)))
 (let ((?x761 (- ?x928)))
 (let ((?x335 (+ ?x133 ?x761)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x533 (+ ?x150 ?x335)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x349 (* ?x444 ?x533)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x287 (* ?x66 ?x349)))
 (let ((?x1021 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x287) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (< 0.0 ?x265))))
(assert
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
 (let ((?x265 (+ 1.0 ?x157)))
 (let (($x286 (= 0.0 ?x265)))
 (not $x286)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x341 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x265 (+ 1.0 ?x157)))
 (let ((?x338 (* ?x133 ?x157)))
 (let ((?x364 (/ ?x338 ?x265)))
 (let ((?x508 (+ ?x364 ?x341)))
 (let ((?x558 (* 2.0 ?x508)))
 (let ((?x1680 (- ?x558)))
 (let ((?x471 (+ ?x133 ?x1680)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1682 (+ ?x150 ?x471)))
 (let ((?x535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x444 (* ?x535 exp!2)))
 (let ((?x1675 (* ?x444 ?x1682)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x1042 (* ?x66 ?x1675)))
 (let ((?x1021 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1052 (* ?x42 ?x1021)))
 (let ((?x310 (- ?x1052)))
 (let ((?x391 (+ ?x101 ?x310)))
 (let ((?x1217 (* ?x84 ?x391)))
 (let ((?x1085 (* ?x11 ?x1217)))
 (let ((?x872 (- ?x1085)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x241 (+ ?x116 ?x872)))
 (let ((?x419 (* ?x444 ?x241)))
 (or (and (distinct ?x419 ?x1042) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!202 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!202) (< exp!1 exp!4)))
(assert
 (= (< log!202 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!202) (< exp!2 exp!4)))
(assert
 (= (< log!202 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!202) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!202 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!280 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!280) (< exp!1 exp!5)))
(assert
 (= (< log!280 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!280) (< exp!2 exp!5)))
(assert
 (= (< log!280 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!280) (< exp!3 exp!5)))
(assert
 (= (< log!280 log!202) (< exp!5 exp!4)))
(assert
 (= (< log!202 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!280 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!280)))
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
 (= (< 0.0 log!202) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!202) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!280) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!280) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
