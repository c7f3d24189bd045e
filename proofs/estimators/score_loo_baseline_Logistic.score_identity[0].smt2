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
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x70 (+ ?x115 ?x67)))
 (let ((?x118 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x118 ?x70)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x98 (* ?x159 ?x156)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x42 (* ?x84 ?x116)))
 (let ((?x155 (- ?x42)))
 (let ((?x157 (+ ?x101 ?x155)))
 (let ((?x134 (/ ?x157 scale)))
 (let ((?x92 (- ?x134)))
 (let ((?x146 (* ?x118 ?x92)))
 (or (and (distinct ?x146 ?x98) true)))))))))))))))))))))))))))))))))))))
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
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x70 (+ ?x115 ?x67)))
 (let ((?x118 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x118 ?x70)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x98 (* ?x159 ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x214 (* ?x116 ?x103)))
 (let ((?x215 (- ?x214)))
 (let ((?x212 (+ ?x101 ?x215)))
 (let ((?x216 (/ ?x212 scale)))
 (let ((?x388 (- ?x216)))
 (let ((?x410 (* ?x118 ?x388)))
 (or (and (distinct ?x410 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x70 (+ ?x115 ?x67)))
 (let ((?x118 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x118 ?x70)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x98 (* ?x159 ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x214 (* ?x116 ?x103)))
 (let ((?x215 (- ?x214)))
 (let ((?x212 (+ ?x101 ?x215)))
 (let ((?x216 (/ ?x212 scale)))
 (let ((?x388 (- ?x216)))
 (let ((?x410 (* ?x118 ?x388)))
 (or (and (distinct ?x410 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (= 0.0 ?x880)))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x868 (+ ?x230 ?x280)))
 (let ((?x617 (* 2.0 ?x868)))
 (let ((?x424 (- ?x617)))
 (let ((?x311 (+ ?x158 ?x424)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x286 (+ ?x115 ?x311)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x177 (* ?x269 ?x286)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x268 (* ?x159 ?x177)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x42 (* ?x84 ?x116)))
 (let ((?x155 (- ?x42)))
 (let ((?x157 (+ ?x101 ?x155)))
 (let ((?x134 (/ ?x157 scale)))
 (let ((?x92 (- ?x134)))
 (let ((?x213 (* ?x269 ?x92)))
 (or (and (distinct ?x213 ?x268) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x868 (+ ?x230 ?x280)))
 (let ((?x617 (* 2.0 ?x868)))
 (let ((?x424 (- ?x617)))
 (let ((?x311 (+ ?x158 ?x424)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x286 (+ ?x115 ?x311)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x177 (* ?x269 ?x286)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x268 (* ?x159 ?x177)))
 (let ((?x365 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x256 (* ?x365 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x268) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x174 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x180 (+ ?x280 ?x174)))
 (let ((?x591 (* 2.0 ?x180)))
 (let ((?x1481 (- ?x591)))
 (let ((?x985 (+ ?x158 ?x1481)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1482 (+ ?x115 ?x985)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x1475 (* ?x269 ?x1482)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1483 (* ?x159 ?x1475)))
 (let ((?x365 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x256 (* ?x365 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x1483) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x868 (+ ?x230 ?x280)))
 (let ((?x617 (* 2.0 ?x868)))
 (let ((?x424 (- ?x617)))
 (let ((?x311 (+ ?x158 ?x424)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x286 (+ ?x115 ?x311)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x177 (* ?x269 ?x286)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x268 (* ?x159 ?x177)))
 (let ((?x365 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x256 (* ?x365 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x268) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880)))))
(assert
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x174 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x180 (+ ?x280 ?x174)))
 (let ((?x591 (* 2.0 ?x180)))
 (let ((?x1481 (- ?x591)))
 (let ((?x985 (+ ?x158 ?x1481)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1482 (+ ?x115 ?x985)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x1475 (* ?x269 ?x1482)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1483 (* ?x159 ?x1475)))
 (let ((?x365 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x256 (* ?x365 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x1483) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x70 (+ ?x115 ?x67)))
 (let ((?x118 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x118 ?x70)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x98 (* ?x159 ?x156)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x42 (* ?x84 ?x116)))
 (let ((?x155 (- ?x42)))
 (let ((?x157 (+ ?x101 ?x155)))
 (let ((?x134 (/ ?x157 scale)))
 (let ((?x92 (- ?x134)))
 (let ((?x146 (* ?x118 ?x92)))
 (or (and (distinct ?x146 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x70 (+ ?x115 ?x67)))
 (let ((?x118 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x118 ?x70)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x98 (* ?x159 ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x214 (* ?x116 ?x103)))
 (let ((?x215 (- ?x214)))
 (let ((?x212 (+ ?x101 ?x215)))
 (let ((?x216 (/ ?x212 scale)))
 (let ((?x388 (- ?x216)))
 (let ((?x410 (* ?x118 ?x388)))
 (or (and (distinct ?x410 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x70 (+ ?x115 ?x67)))
 (let ((?x118 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x118 ?x70)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x98 (* ?x159 ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x214 (* ?x116 ?x103)))
 (let ((?x215 (- ?x214)))
 (let ((?x212 (+ ?x101 ?x215)))
 (let ((?x216 (/ ?x212 scale)))
 (let ((?x388 (- ?x216)))
 (let ((?x410 (* ?x118 ?x388)))
 (or (and (distinct ?x410 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (= 0.0 ?x880))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x868 (+ ?x230 ?x280)))
 (let ((?x617 (* 2.0 ?x868)))
 (let ((?x424 (- ?x617)))
 (let ((?x311 (+ ?x158 ?x424)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x286 (+ ?x115 ?x311)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x177 (* ?x269 ?x286)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x268 (* ?x159 ?x177)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x42 (* ?x84 ?x116)))
 (let ((?x155 (- ?x42)))
 (let ((?x157 (+ ?x101 ?x155)))
 (let ((?x134 (/ ?x157 scale)))
 (let ((?x92 (- ?x134)))
 (let ((?x213 (* ?x269 ?x92)))
 (or (and (distinct ?x213 ?x268) true)))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x868 (+ ?x230 ?x280)))
 (let ((?x617 (* 2.0 ?x868)))
 (let ((?x424 (- ?x617)))
 (let ((?x311 (+ ?x158 ?x424)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x286 (+ ?x115 ?x311)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x177 (* ?x269 ?x286)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x268 (* ?x159 ?x177)))
 (let ((?x256 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x268) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x174 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x180 (+ ?x280 ?x174)))
 (let ((?x591 (* 2.0 ?x180)))
 (let ((?x1481 (- ?x591)))
 (let ((?x985 (+ ?x158 ?x1481)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1482 (+ ?x115 ?x985)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x1475 (* ?x269 ?x1482)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1483 (* ?x159 ?x1475)))
 (let ((?x256 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x1483) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x868 (+ ?x230 ?x280)))
 (let ((?x617 (* 2.0 ?x868)))
 (let ((?x424 (- ?x617)))
 (let ((?x311 (+ ?x158 ?x424)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x286 (+ ?x115 ?x311)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x177 (* ?x269 ?x286)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x268 (* ?x159 ?x177)))
 (let ((?x256 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x268) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (< 0.0 ?x880))))
(assert
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x328 (= 0.0 ?x880)))
 (not $x328)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x174 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x506 (* ?x158 ?x84)))
 (let ((?x280 (/ ?x506 ?x880)))
 (let ((?x180 (+ ?x280 ?x174)))
 (let ((?x591 (* 2.0 ?x180)))
 (let ((?x1481 (- ?x591)))
 (let ((?x985 (+ ?x158 ?x1481)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1482 (+ ?x115 ?x985)))
 (let ((?x673 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x269 (* ?x673 exp!2)))
 (let ((?x1475 (* ?x269 ?x1482)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1483 (* ?x159 ?x1475)))
 (let ((?x256 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x610 (* ?x116 ?x256)))
 (let ((?x181 (- ?x610)))
 (let ((?x437 (+ ?x101 ?x181)))
 (let ((?x274 (/ ?x437 scale)))
 (let ((?x976 (- ?x274)))
 (let ((?x416 (* ?x269 ?x976)))
 (or (and (distinct ?x416 ?x1483) true))))))))))))))))))))))))))))))))))))))
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
