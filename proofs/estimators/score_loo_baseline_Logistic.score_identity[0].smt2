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
 (let ((?x301 (- ?x216)))
 (let ((?x308 (* ?x118 ?x301)))
 (or (and (distinct ?x308 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x301 (- ?x216)))
 (let ((?x308 (* ?x118 ?x301)))
 (or (and (distinct ?x308 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (= 0.0 ?x876)))))
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
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x426 (+ ?x230 ?x390)))
 (let ((?x869 (* 2.0 ?x426)))
 (let ((?x107 (- ?x869)))
 (let ((?x381 (+ ?x158 ?x107)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x469 (+ ?x115 ?x381)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x248 (* ?x437 ?x469)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x267 (* ?x159 ?x248)))
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
 (let ((?x250 (* ?x437 ?x92)))
 (or (and (distinct ?x250 ?x267) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
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
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x426 (+ ?x230 ?x390)))
 (let ((?x869 (* 2.0 ?x426)))
 (let ((?x107 (- ?x869)))
 (let ((?x381 (+ ?x158 ?x107)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x469 (+ ?x115 ?x381)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x248 (* ?x437 ?x469)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x267 (* ?x159 ?x248)))
 (let ((?x421 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x546 (* ?x421 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x267) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
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
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x223 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x422 (+ ?x390 ?x223)))
 (let ((?x991 (* 2.0 ?x422)))
 (let ((?x1476 (- ?x991)))
 (let ((?x484 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x484)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x1470 (* ?x437 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x421 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x546 (* ?x421 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x1478) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x426 (+ ?x230 ?x390)))
 (let ((?x869 (* 2.0 ?x426)))
 (let ((?x107 (- ?x869)))
 (let ((?x381 (+ ?x158 ?x107)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x469 (+ ?x115 ?x381)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x248 (* ?x437 ?x469)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x267 (* ?x159 ?x248)))
 (let ((?x421 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x546 (* ?x421 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x267) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876)))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x223 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x422 (+ ?x390 ?x223)))
 (let ((?x991 (* 2.0 ?x422)))
 (let ((?x1476 (- ?x991)))
 (let ((?x484 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x484)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x1470 (* ?x437 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x421 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x546 (* ?x421 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x1478) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x301 (- ?x216)))
 (let ((?x308 (* ?x118 ?x301)))
 (or (and (distinct ?x308 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x301 (- ?x216)))
 (let ((?x308 (* ?x118 ?x301)))
 (or (and (distinct ?x308 ?x98) true))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (= 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x426 (+ ?x230 ?x390)))
 (let ((?x869 (* 2.0 ?x426)))
 (let ((?x107 (- ?x869)))
 (let ((?x381 (+ ?x158 ?x107)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x469 (+ ?x115 ?x381)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x248 (* ?x437 ?x469)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x267 (* ?x159 ?x248)))
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
 (let ((?x250 (* ?x437 ?x92)))
 (or (and (distinct ?x250 ?x267) true)))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x426 (+ ?x230 ?x390)))
 (let ((?x869 (* 2.0 ?x426)))
 (let ((?x107 (- ?x869)))
 (let ((?x381 (+ ?x158 ?x107)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x469 (+ ?x115 ?x381)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x248 (* ?x437 ?x469)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x267 (* ?x159 ?x248)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x267) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x223 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x422 (+ ?x390 ?x223)))
 (let ((?x991 (* 2.0 ?x422)))
 (let ((?x1476 (- ?x991)))
 (let ((?x484 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x484)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x1470 (* ?x437 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x1478) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x230 (* ?x158 (/ 1.0 2.0))))
 (let ((?x426 (+ ?x230 ?x390)))
 (let ((?x869 (* 2.0 ?x426)))
 (let ((?x107 (- ?x869)))
 (let ((?x381 (+ ?x158 ?x107)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x469 (+ ?x115 ?x381)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x248 (* ?x437 ?x469)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x267 (* ?x159 ?x248)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x267) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x84)))
 (let (($x256 (= 0.0 ?x876)))
 (not $x256)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x223 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x876 (+ 1.0 ?x84)))
 (let ((?x273 (* ?x158 ?x84)))
 (let ((?x390 (/ ?x273 ?x876)))
 (let ((?x422 (+ ?x390 ?x223)))
 (let ((?x991 (* 2.0 ?x422)))
 (let ((?x1476 (- ?x991)))
 (let ((?x484 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x484)))
 (let ((?x224 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x437 (* ?x224 exp!2)))
 (let ((?x1470 (* ?x437 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x286 (* ?x116 ?x546)))
 (let ((?x501 (- ?x286)))
 (let ((?x241 (+ ?x101 ?x501)))
 (let ((?x890 (/ ?x241 scale)))
 (let ((?x605 (- ?x890)))
 (let ((?x978 (* ?x437 ?x605)))
 (or (and (distinct ?x978 ?x1478) true))))))))))))))))))))))))))))))))))))))
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
