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
(declare-fun log!259 () Real)
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
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
(declare-fun log!259 () Real)
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
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
(declare-fun log!259 () Real)
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (= 0.0 ?x826)))))
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x386 (* ?x136 (/ 1.0 2.0))))
 (let ((?x856 (+ ?x386 ?x901)))
 (let ((?x847 (* 2.0 ?x856)))
 (let ((?x427 (- ?x847)))
 (let ((?x848 (+ ?x136 ?x427)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x866 (+ ?x146 ?x848)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x406 (* ?x457 ?x866)))
 (let ((?x747 (* f ?x406)))
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
 (let ((?x128 (* ?x457 ?x157)))
 (or (and (distinct ?x128 ?x747) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x386 (* ?x136 (/ 1.0 2.0))))
 (let ((?x856 (+ ?x386 ?x901)))
 (let ((?x847 (* 2.0 ?x856)))
 (let ((?x427 (- ?x847)))
 (let ((?x848 (+ ?x136 ?x427)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x866 (+ ?x146 ?x848)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x406 (* ?x457 ?x866)))
 (let ((?x747 (* f ?x406)))
 (let ((?x764 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x865 (* ?x764 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x747) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x996 (* 0.0 ?x136)))
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x305 (+ ?x901 ?x996)))
 (let ((?x960 (* 2.0 ?x305)))
 (let ((?x1445 (- ?x960)))
 (let ((?x932 (+ ?x136 ?x1445)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1446 (+ ?x146 ?x932)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x1439 (* ?x457 ?x1446)))
 (let ((?x1447 (* f ?x1439)))
 (let ((?x764 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x865 (* ?x764 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x1447) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x386 (* ?x136 (/ 1.0 2.0))))
 (let ((?x856 (+ ?x386 ?x901)))
 (let ((?x847 (* 2.0 ?x856)))
 (let ((?x427 (- ?x847)))
 (let ((?x848 (+ ?x136 ?x427)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x866 (+ ?x146 ?x848)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x406 (* ?x457 ?x866)))
 (let ((?x747 (* f ?x406)))
 (let ((?x764 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x865 (* ?x764 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x747) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826)))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372))))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x996 (* 0.0 ?x136)))
 (let ((?x101 (/ 1.0 exp!1)))
 (let ((?x116 (* ?x101 exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x305 (+ ?x901 ?x996)))
 (let ((?x960 (* 2.0 ?x305)))
 (let ((?x1445 (- ?x960)))
 (let ((?x932 (+ ?x136 ?x1445)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1446 (+ ?x146 ?x932)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x1439 (* ?x457 ?x1446)))
 (let ((?x1447 (* f ?x1439)))
 (let ((?x764 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x865 (* ?x764 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x1447) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!337 () Real)
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!337 () Real)
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!337 () Real)
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (= 0.0 ?x826))))
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x386 (* ?x136 (/ 1.0 2.0))))
 (let ((?x856 (+ ?x386 ?x901)))
 (let ((?x847 (* 2.0 ?x856)))
 (let ((?x427 (- ?x847)))
 (let ((?x848 (+ ?x136 ?x427)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x866 (+ ?x146 ?x848)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x406 (* ?x457 ?x866)))
 (let ((?x747 (* f ?x406)))
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
 (let ((?x128 (* ?x457 ?x157)))
 (or (and (distinct ?x128 ?x747) true)))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x386 (* ?x136 (/ 1.0 2.0))))
 (let ((?x856 (+ ?x386 ?x901)))
 (let ((?x847 (* 2.0 ?x856)))
 (let ((?x427 (- ?x847)))
 (let ((?x848 (+ ?x136 ?x427)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x866 (+ ?x146 ?x848)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x406 (* ?x457 ?x866)))
 (let ((?x747 (* f ?x406)))
 (let ((?x865 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x747) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x996 (* 0.0 ?x136)))
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x305 (+ ?x901 ?x996)))
 (let ((?x960 (* 2.0 ?x305)))
 (let ((?x1445 (- ?x960)))
 (let ((?x932 (+ ?x136 ?x1445)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1446 (+ ?x146 ?x932)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x1439 (* ?x457 ?x1446)))
 (let ((?x1447 (* f ?x1439)))
 (let ((?x865 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x1447) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x386 (* ?x136 (/ 1.0 2.0))))
 (let ((?x856 (+ ?x386 ?x901)))
 (let ((?x847 (* 2.0 ?x856)))
 (let ((?x427 (- ?x847)))
 (let ((?x848 (+ ?x136 ?x427)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x866 (+ ?x146 ?x848)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x406 (* ?x457 ?x866)))
 (let ((?x747 (* f ?x406)))
 (let ((?x865 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x747) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
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
(declare-fun log!259 () Real)
(declare-fun log!337 () Real)
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
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (< 0.0 ?x826))))
(assert
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
 (let ((?x826 (+ 1.0 ?x116)))
 (let (($x372 (= 0.0 ?x826)))
 (not $x372)))))
(assert
 (let ((?x58 (/ 1.0 (* scale scale))))
 (let ((?x138 (* 0.0 ?x58)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x61 ?x138)))
 (let ((?x136 (- ?x66)))
 (let ((?x996 (* 0.0 ?x136)))
 (let ((?x116 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x826 (+ 1.0 ?x116)))
 (let ((?x345 (* ?x136 ?x116)))
 (let ((?x901 (/ ?x345 ?x826)))
 (let ((?x305 (+ ?x901 ?x996)))
 (let ((?x960 (* 2.0 ?x305)))
 (let ((?x1445 (- ?x960)))
 (let ((?x932 (+ ?x136 ?x1445)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x146 (- ?x118)))
 (let ((?x1446 (+ ?x146 ?x932)))
 (let ((?x601 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x457 (* ?x601 exp!2)))
 (let ((?x1439 (* ?x457 ?x1446)))
 (let ((?x1447 (* f ?x1439)))
 (let ((?x865 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x100 (* 2.0 ?x95)))
 (let ((?x352 (* ?x100 ?x865)))
 (let ((?x565 (- ?x352)))
 (let ((?x430 (+ ?x95 ?x565)))
 (let ((?x131 (/ ?x430 scale)))
 (let ((?x591 (- ?x131)))
 (let ((?x225 (* ?x457 ?x591)))
 (or (and (distinct ?x225 ?x1447) true))))))))))))))))))))))))))))))))))))
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
 (= (< log!259 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!259) (< exp!1 exp!4)))
(assert
 (= (< log!259 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!259) (< exp!2 exp!4)))
(assert
 (= (< log!259 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!259) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!259 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!259)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!337 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!337) (< exp!1 exp!5)))
(assert
 (= (< log!337 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!337) (< exp!2 exp!5)))
(assert
 (= (< log!337 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!337) (< exp!3 exp!5)))
(assert
 (= (< log!337 log!259) (< exp!5 exp!4)))
(assert
 (= (< log!259 log!337) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!337 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!337)))
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
 (= (< 0.0 log!259) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!259) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!337) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!337) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
