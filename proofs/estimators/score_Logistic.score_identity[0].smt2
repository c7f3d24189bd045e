; certjax: rule estimators.score_Logistic, obligation 'score_identity[0]', verdict proved
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
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
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x150 (* ?x66 ?x29)))
 (let ((?x97 (/ ?x150 ?x41)))
 (let ((?x136 (- ?x66)))
 (let ((?x158 (+ ?x136 ?x97)))
 (let ((?x79 (* 2.0 ?x158)))
 (let ((?x111 (- ?x79)))
 (let ((?x133 (+ ?x136 ?x111)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x149 (+ ?x146 ?x133)))
 (let ((?x46 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x33 (* ?x46 ?x149)))
 (let ((?x67 (* f ?x33)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x108 (* ?x116 ?x100)))
 (let ((?x84 (- ?x108)))
 (let ((?x42 (+ ?x95 ?x84)))
 (let ((?x155 (/ ?x42 scale)))
 (let ((?x157 (- ?x155)))
 (let ((?x87 (* ?x46 ?x157)))
 (or (and (distinct ?x87 ?x67) true)))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
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
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x150 (* ?x66 ?x29)))
 (let ((?x97 (/ ?x150 ?x41)))
 (let ((?x136 (- ?x66)))
 (let ((?x158 (+ ?x136 ?x97)))
 (let ((?x79 (* 2.0 ?x158)))
 (let ((?x111 (- ?x79)))
 (let ((?x133 (+ ?x136 ?x111)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x149 (+ ?x146 ?x133)))
 (let ((?x46 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x33 (* ?x46 ?x149)))
 (let ((?x67 (* f ?x33)))
 (let ((?x156 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x268 (* ?x100 ?x156)))
 (let ((?x275 (- ?x268)))
 (let ((?x285 (+ ?x95 ?x275)))
 (let ((?x286 (/ ?x285 scale)))
 (let ((?x283 (- ?x286)))
 (let ((?x284 (* ?x46 ?x283)))
 (or (and (distinct ?x284 ?x67) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
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
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x150 (* ?x66 ?x29)))
 (let ((?x97 (/ ?x150 ?x41)))
 (let ((?x136 (- ?x66)))
 (let ((?x158 (+ ?x136 ?x97)))
 (let ((?x79 (* 2.0 ?x158)))
 (let ((?x111 (- ?x79)))
 (let ((?x133 (+ ?x136 ?x111)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x149 (+ ?x146 ?x133)))
 (let ((?x46 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x33 (* ?x46 ?x149)))
 (let ((?x67 (* f ?x33)))
 (let ((?x156 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x268 (* ?x100 ?x156)))
 (let ((?x275 (- ?x268)))
 (let ((?x285 (+ ?x95 ?x275)))
 (let ((?x286 (/ ?x285 scale)))
 (let ((?x283 (- ?x286)))
 (let ((?x284 (* ?x46 ?x283)))
 (or (and (distinct ?x284 ?x67) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (= 0.0 ?x430)))))
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x86 (* ?x136 (/ 1.0 2.0))))
 (let ((?x829 (+ ?x86 ?x673)))
 (let ((?x787 (* 2.0 ?x829)))
 (let ((?x843 (- ?x787)))
 (let ((?x257 (+ ?x136 ?x843)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x402 (+ ?x146 ?x257)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x176 (* ?x839 ?x402)))
 (let ((?x344 (* f ?x176)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x108 (* ?x116 ?x100)))
 (let ((?x84 (- ?x108)))
 (let ((?x42 (+ ?x95 ?x84)))
 (let ((?x155 (/ ?x42 scale)))
 (let ((?x157 (- ?x155)))
 (let ((?x183 (* ?x839 ?x157)))
 (or (and (distinct ?x183 ?x344) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x86 (* ?x136 (/ 1.0 2.0))))
 (let ((?x829 (+ ?x86 ?x673)))
 (let ((?x787 (* 2.0 ?x829)))
 (let ((?x843 (- ?x787)))
 (let ((?x257 (+ ?x136 ?x843)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x402 (+ ?x146 ?x257)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x176 (* ?x839 ?x402)))
 (let ((?x344 (* f ?x176)))
 (let ((?x703 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x240 (* ?x703 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x344) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x636 (* 0.0 ?x136)))
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x470 (+ ?x673 ?x636)))
 (let ((?x832 (* 2.0 ?x470)))
 (let ((?x1442 (- ?x832)))
 (let ((?x277 (+ ?x136 ?x1442)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1443 (+ ?x146 ?x277)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x1436 (* ?x839 ?x1443)))
 (let ((?x1444 (* f ?x1436)))
 (let ((?x703 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x240 (* ?x703 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x1444) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x86 (* ?x136 (/ 1.0 2.0))))
 (let ((?x829 (+ ?x86 ?x673)))
 (let ((?x787 (* 2.0 ?x829)))
 (let ((?x843 (- ?x787)))
 (let ((?x257 (+ ?x136 ?x843)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x402 (+ ?x146 ?x257)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x176 (* ?x839 ?x402)))
 (let ((?x344 (* f ?x176)))
 (let ((?x703 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x240 (* ?x703 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x344) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430)))))
(assert
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
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493))))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x636 (* 0.0 ?x136)))
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x470 (+ ?x673 ?x636)))
 (let ((?x832 (* 2.0 ?x470)))
 (let ((?x1442 (- ?x832)))
 (let ((?x277 (+ ?x136 ?x1442)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1443 (+ ?x146 ?x277)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x1436 (* ?x839 ?x1443)))
 (let ((?x1444 (* f ?x1436)))
 (let ((?x703 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x240 (* ?x703 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x1444) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x43 (= exp!3 scale)))
 (=> (> scale 0.0) $x43)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x150 (* ?x66 ?x29)))
 (let ((?x97 (/ ?x150 ?x41)))
 (let ((?x136 (- ?x66)))
 (let ((?x158 (+ ?x136 ?x97)))
 (let ((?x79 (* 2.0 ?x158)))
 (let ((?x111 (- ?x79)))
 (let ((?x133 (+ ?x136 ?x111)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x149 (+ ?x146 ?x133)))
 (let ((?x46 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x33 (* ?x46 ?x149)))
 (let ((?x67 (* f ?x33)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x108 (* ?x116 ?x100)))
 (let ((?x84 (- ?x108)))
 (let ((?x42 (+ ?x95 ?x84)))
 (let ((?x155 (/ ?x42 scale)))
 (let ((?x157 (- ?x155)))
 (let ((?x87 (* ?x46 ?x157)))
 (or (and (distinct ?x87 ?x67) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x150 (* ?x66 ?x29)))
 (let ((?x97 (/ ?x150 ?x41)))
 (let ((?x136 (- ?x66)))
 (let ((?x158 (+ ?x136 ?x97)))
 (let ((?x79 (* 2.0 ?x158)))
 (let ((?x111 (- ?x79)))
 (let ((?x133 (+ ?x136 ?x111)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x149 (+ ?x146 ?x133)))
 (let ((?x46 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x33 (* ?x46 ?x149)))
 (let ((?x67 (* f ?x33)))
 (let ((?x156 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x268 (* ?x100 ?x156)))
 (let ((?x275 (- ?x268)))
 (let ((?x285 (+ ?x95 ?x275)))
 (let ((?x286 (/ ?x285 scale)))
 (let ((?x283 (- ?x286)))
 (let ((?x284 (* ?x46 ?x283)))
 (or (and (distinct ?x284 ?x67) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x150 (* ?x66 ?x29)))
 (let ((?x97 (/ ?x150 ?x41)))
 (let ((?x136 (- ?x66)))
 (let ((?x158 (+ ?x136 ?x97)))
 (let ((?x79 (* 2.0 ?x158)))
 (let ((?x111 (- ?x79)))
 (let ((?x133 (+ ?x136 ?x111)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x149 (+ ?x146 ?x133)))
 (let ((?x46 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x33 (* ?x46 ?x149)))
 (let ((?x67 (* f ?x33)))
 (let ((?x156 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x268 (* ?x100 ?x156)))
 (let ((?x275 (- ?x268)))
 (let ((?x285 (+ ?x95 ?x275)))
 (let ((?x286 (/ ?x285 scale)))
 (let ((?x283 (- ?x286)))
 (let ((?x284 (* ?x46 ?x283)))
 (or (and (distinct ?x284 ?x67) true))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (= 0.0 ?x430))))
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x86 (* ?x136 (/ 1.0 2.0))))
 (let ((?x829 (+ ?x86 ?x673)))
 (let ((?x787 (* 2.0 ?x829)))
 (let ((?x843 (- ?x787)))
 (let ((?x257 (+ ?x136 ?x843)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x402 (+ ?x146 ?x257)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x176 (* ?x839 ?x402)))
 (let ((?x344 (* f ?x176)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x108 (* ?x116 ?x100)))
 (let ((?x84 (- ?x108)))
 (let ((?x42 (+ ?x95 ?x84)))
 (let ((?x155 (/ ?x42 scale)))
 (let ((?x157 (- ?x155)))
 (let ((?x183 (* ?x839 ?x157)))
 (or (and (distinct ?x183 ?x344) true)))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x86 (* ?x136 (/ 1.0 2.0))))
 (let ((?x829 (+ ?x86 ?x673)))
 (let ((?x787 (* 2.0 ?x829)))
 (let ((?x843 (- ?x787)))
 (let ((?x257 (+ ?x136 ?x843)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x402 (+ ?x146 ?x257)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x176 (* ?x839 ?x402)))
 (let ((?x344 (* f ?x176)))
 (let ((?x240 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x344) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x636 (* 0.0 ?x136)))
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x470 (+ ?x673 ?x636)))
 (let ((?x832 (* 2.0 ?x470)))
 (let ((?x1442 (- ?x832)))
 (let ((?x277 (+ ?x136 ?x1442)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1443 (+ ?x146 ?x277)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x1436 (* ?x839 ?x1443)))
 (let ((?x1444 (* f ?x1436)))
 (let ((?x240 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x1444) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x86 (* ?x136 (/ 1.0 2.0))))
 (let ((?x829 (+ ?x86 ?x673)))
 (let ((?x787 (* 2.0 ?x829)))
 (let ((?x843 (- ?x787)))
 (let ((?x257 (+ ?x136 ?x843)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x402 (+ ?x146 ?x257)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x176 (* ?x839 ?x402)))
 (let ((?x344 (* f ?x176)))
 (let ((?x240 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x344) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
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
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (< 0.0 ?x430))))
(assert
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
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let (($x493 (= 0.0 ?x430)))
 (not $x493)))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x636 (* 0.0 ?x136)))
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x430 (+ 1.0 ?x116)))
 (let ((?x584 (* ?x136 ?x116)))
 (let ((?x673 (/ ?x584 ?x430)))
 (let ((?x470 (+ ?x673 ?x636)))
 (let ((?x832 (* 2.0 ?x470)))
 (let ((?x1442 (- ?x832)))
 (let ((?x277 (+ ?x136 ?x1442)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1443 (+ ?x146 ?x277)))
 (let ((?x264 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x839 (* ?x264 exp!2)))
 (let ((?x1436 (* ?x839 ?x1443)))
 (let ((?x1444 (* f ?x1436)))
 (let ((?x240 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x926 (* ?x100 ?x240)))
 (let ((?x731 (- ?x926)))
 (let ((?x912 (+ ?x95 ?x731)))
 (let ((?x400 (/ ?x912 scale)))
 (let ((?x620 (- ?x400)))
 (let ((?x772 (* ?x839 ?x620)))
 (or (and (distinct ?x772 ?x1444) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!198 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!198) (< exp!1 exp!4)))
(assert
 (= (< log!198 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!198) (< exp!2 exp!4)))
(assert
 (= (< log!198 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!198) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!198 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!276 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!276) (< exp!1 exp!5)))
(assert
 (= (< log!276 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!276) (< exp!2 exp!5)))
(assert
 (= (< log!276 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!276) (< exp!3 exp!5)))
(assert
 (= (< log!276 log!198) (< exp!5 exp!4)))
(assert
 (= (< log!198 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!276 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!276)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!198) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!198) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!276) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!276) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
