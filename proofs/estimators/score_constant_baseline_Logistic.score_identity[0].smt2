; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[0]', verdict proved
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
(declare-fun log!38 () Real)
(declare-fun log!264 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
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
(declare-fun log!38 () Real)
(declare-fun log!264 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
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
(declare-fun log!38 () Real)
(declare-fun log!264 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (= 0.0 ?x210)))))
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x72 (* ?x158 (/ 1.0 2.0))))
 (let ((?x926 (+ ?x72 ?x358)))
 (let ((?x617 (* 2.0 ?x926)))
 (let ((?x435 (- ?x617)))
 (let ((?x413 (+ ?x158 ?x435)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x334 (+ ?x115 ?x413)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x194 (* ?x539 ?x334)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x328 (* ?x159 ?x194)))
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
 (let ((?x300 (* ?x539 ?x92)))
 (or (and (distinct ?x300 ?x328) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x72 (* ?x158 (/ 1.0 2.0))))
 (let ((?x926 (+ ?x72 ?x358)))
 (let ((?x617 (* 2.0 ?x926)))
 (let ((?x435 (- ?x617)))
 (let ((?x413 (+ ?x158 ?x435)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x334 (+ ?x115 ?x413)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x194 (* ?x539 ?x334)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x328 (* ?x159 ?x194)))
 (let ((?x587 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x248 (* ?x587 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x328) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x515 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x665 (+ ?x358 ?x515)))
 (let ((?x570 (* 2.0 ?x665)))
 (let ((?x1476 (- ?x570)))
 (let ((?x290 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x290)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x1470 (* ?x539 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x587 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x248 (* ?x587 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x1478) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x72 (* ?x158 (/ 1.0 2.0))))
 (let ((?x926 (+ ?x72 ?x358)))
 (let ((?x617 (* 2.0 ?x926)))
 (let ((?x435 (- ?x617)))
 (let ((?x413 (+ ?x158 ?x435)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x334 (+ ?x115 ?x413)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x194 (* ?x539 ?x334)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x328 (* ?x159 ?x194)))
 (let ((?x587 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x248 (* ?x587 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x328) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210)))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x515 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x665 (+ ?x358 ?x515)))
 (let ((?x570 (* 2.0 ?x665)))
 (let ((?x1476 (- ?x570)))
 (let ((?x290 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x290)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x1470 (* ?x539 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x587 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x248 (* ?x587 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x1478) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!264 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!342 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!264 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!342 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!264 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!342 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (= 0.0 ?x210))))
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x72 (* ?x158 (/ 1.0 2.0))))
 (let ((?x926 (+ ?x72 ?x358)))
 (let ((?x617 (* 2.0 ?x926)))
 (let ((?x435 (- ?x617)))
 (let ((?x413 (+ ?x158 ?x435)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x334 (+ ?x115 ?x413)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x194 (* ?x539 ?x334)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x328 (* ?x159 ?x194)))
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
 (let ((?x300 (* ?x539 ?x92)))
 (or (and (distinct ?x300 ?x328) true)))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x72 (* ?x158 (/ 1.0 2.0))))
 (let ((?x926 (+ ?x72 ?x358)))
 (let ((?x617 (* 2.0 ?x926)))
 (let ((?x435 (- ?x617)))
 (let ((?x413 (+ ?x158 ?x435)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x334 (+ ?x115 ?x413)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x194 (* ?x539 ?x334)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x328 (* ?x159 ?x194)))
 (let ((?x248 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x328) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x515 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x665 (+ ?x358 ?x515)))
 (let ((?x570 (* 2.0 ?x665)))
 (let ((?x1476 (- ?x570)))
 (let ((?x290 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x290)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x1470 (* ?x539 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x248 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x1478) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x72 (* ?x158 (/ 1.0 2.0))))
 (let ((?x926 (+ ?x72 ?x358)))
 (let ((?x617 (* 2.0 ?x926)))
 (let ((?x435 (- ?x617)))
 (let ((?x413 (+ ?x158 ?x435)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x334 (+ ?x115 ?x413)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x194 (* ?x539 ?x334)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x328 (* ?x159 ?x194)))
 (let ((?x248 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x328) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!264 () Real)
(declare-fun log!342 () Real)
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
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (< 0.0 ?x210))))
(assert
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
 (let ((?x210 (+ 1.0 ?x84)))
 (let (($x409 (= 0.0 ?x210)))
 (not $x409)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x515 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x210 (+ 1.0 ?x84)))
 (let ((?x280 (* ?x158 ?x84)))
 (let ((?x358 (/ ?x280 ?x210)))
 (let ((?x665 (+ ?x358 ?x515)))
 (let ((?x570 (* 2.0 ?x665)))
 (let ((?x1476 (- ?x570)))
 (let ((?x290 (+ ?x158 ?x1476)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1477 (+ ?x115 ?x290)))
 (let ((?x317 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x539 (* ?x317 exp!2)))
 (let ((?x1470 (* ?x539 ?x1477)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1478 (* ?x159 ?x1470)))
 (let ((?x248 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x578 (* ?x116 ?x248)))
 (let ((?x839 (- ?x578)))
 (let ((?x995 (+ ?x101 ?x839)))
 (let ((?x823 (/ ?x995 scale)))
 (let ((?x450 (- ?x823)))
 (let ((?x591 (* ?x539 ?x450)))
 (or (and (distinct ?x591 ?x1478) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!264 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!264) (< exp!1 exp!4)))
(assert
 (= (< log!264 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!264) (< exp!2 exp!4)))
(assert
 (= (< log!264 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!264) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!264 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!264)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!342 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!342) (< exp!1 exp!5)))
(assert
 (= (< log!342 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!342) (< exp!2 exp!5)))
(assert
 (= (< log!342 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!342) (< exp!3 exp!5)))
(assert
 (= (< log!342 log!264) (< exp!5 exp!4)))
(assert
 (= (< log!264 log!342) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!342 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!342)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!264) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!264) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!342) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!342) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
