; certjax: rule estimators.score_Logistic, obligation 'score_identity[1]', verdict proved
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x70 (+ ?x138 ?x67)))
 (let ((?x61 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x61 ?x70)))
 (let ((?x98 (* f ?x156)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x155 (* ?x42 ?x108)))
 (let ((?x157 (- ?x155)))
 (let ((?x134 (+ ?x95 ?x157)))
 (let ((?x92 (* ?x116 ?x134)))
 (let ((?x82 (* ?x11 ?x92)))
 (let ((?x154 (- ?x82)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x46 (+ ?x100 ?x154)))
 (let ((?x115 (* ?x61 ?x46)))
 (or (and (distinct ?x115 ?x98) true)))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x70 (+ ?x138 ?x67)))
 (let ((?x61 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x61 ?x70)))
 (let ((?x98 (* f ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x178 (* ?x108 ?x103)))
 (let ((?x372 (- ?x178)))
 (let ((?x379 (+ ?x95 ?x372)))
 (let ((?x389 (* ?x116 ?x379)))
 (let ((?x390 (* ?x11 ?x389)))
 (let ((?x387 (- ?x390)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x388 (+ ?x100 ?x387)))
 (let ((?x459 (* ?x61 ?x388)))
 (or (and (distinct ?x459 ?x98) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x70 (+ ?x138 ?x67)))
 (let ((?x61 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x61 ?x70)))
 (let ((?x98 (* f ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x178 (* ?x108 ?x103)))
 (let ((?x372 (- ?x178)))
 (let ((?x379 (+ ?x95 ?x372)))
 (let ((?x389 (* ?x116 ?x379)))
 (let ((?x390 (* ?x11 ?x389)))
 (let ((?x387 (- ?x390)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x388 (+ ?x100 ?x387)))
 (let ((?x459 (* ?x61 ?x388)))
 (or (and (distinct ?x459 ?x98) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (= 0.0 ?x1074)))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x489 (* ?x158 (/ 1.0 2.0))))
 (let ((?x549 (+ ?x489 ?x868)))
 (let ((?x777 (* 2.0 ?x549)))
 (let ((?x662 (- ?x777)))
 (let ((?x356 (+ ?x158 ?x662)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x253 (+ ?x138 ?x356)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x291 (* ?x199 ?x253)))
 (let ((?x280 (* f ?x291)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x155 (* ?x42 ?x108)))
 (let ((?x157 (- ?x155)))
 (let ((?x134 (+ ?x95 ?x157)))
 (let ((?x92 (* ?x116 ?x134)))
 (let ((?x82 (* ?x11 ?x92)))
 (let ((?x154 (- ?x82)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x46 (+ ?x100 ?x154)))
 (let ((?x433 (* ?x199 ?x46)))
 (or (and (distinct ?x433 ?x280) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x489 (* ?x158 (/ 1.0 2.0))))
 (let ((?x549 (+ ?x489 ?x868)))
 (let ((?x777 (* 2.0 ?x549)))
 (let ((?x662 (- ?x777)))
 (let ((?x356 (+ ?x158 ?x662)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x253 (+ ?x138 ?x356)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x291 (* ?x199 ?x253)))
 (let ((?x280 (* f ?x291)))
 (let ((?x1158 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x694 (* ?x1158 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x280) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x493 (* 0.0 ?x158)))
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x320 (+ ?x868 ?x493)))
 (let ((?x913 (* 2.0 ?x320)))
 (let ((?x1601 (- ?x913)))
 (let ((?x423 (+ ?x158 ?x1601)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x1603 (+ ?x138 ?x423)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x1596 (* ?x199 ?x1603)))
 (let ((?x764 (* f ?x1596)))
 (let ((?x1158 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x694 (* ?x1158 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x764) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x489 (* ?x158 (/ 1.0 2.0))))
 (let ((?x549 (+ ?x489 ?x868)))
 (let ((?x777 (* 2.0 ?x549)))
 (let ((?x662 (- ?x777)))
 (let ((?x356 (+ ?x158 ?x662)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x253 (+ ?x138 ?x356)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x291 (* ?x199 ?x253)))
 (let ((?x280 (* f ?x291)))
 (let ((?x1158 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x694 (* ?x1158 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x280) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074)))))
(assert
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
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x493 (* 0.0 ?x158)))
 (let ((?x84 (/ 1.0 exp!1)))
 (let ((?x42 (* ?x84 exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x320 (+ ?x868 ?x493)))
 (let ((?x913 (* 2.0 ?x320)))
 (let ((?x1601 (- ?x913)))
 (let ((?x423 (+ ?x158 ?x1601)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x1603 (+ ?x138 ?x423)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x1596 (* ?x199 ?x1603)))
 (let ((?x764 (* f ?x1596)))
 (let ((?x1158 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x694 (* ?x1158 exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x764) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x70 (+ ?x138 ?x67)))
 (let ((?x61 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x61 ?x70)))
 (let ((?x98 (* f ?x156)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x155 (* ?x42 ?x108)))
 (let ((?x157 (- ?x155)))
 (let ((?x134 (+ ?x95 ?x157)))
 (let ((?x92 (* ?x116 ?x134)))
 (let ((?x82 (* ?x11 ?x92)))
 (let ((?x154 (- ?x82)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x46 (+ ?x100 ?x154)))
 (let ((?x115 (* ?x61 ?x46)))
 (or (and (distinct ?x115 ?x98) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x70 (+ ?x138 ?x67)))
 (let ((?x61 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x61 ?x70)))
 (let ((?x98 (* f ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x178 (* ?x108 ?x103)))
 (let ((?x372 (- ?x178)))
 (let ((?x379 (+ ?x95 ?x372)))
 (let ((?x389 (* ?x116 ?x379)))
 (let ((?x390 (* ?x11 ?x389)))
 (let ((?x387 (- ?x390)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x388 (+ ?x100 ?x387)))
 (let ((?x459 (* ?x61 ?x388)))
 (or (and (distinct ?x459 ?x98) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x79 (* ?x97 ?x29)))
 (let ((?x111 (/ ?x79 ?x41)))
 (let ((?x158 (- ?x97)))
 (let ((?x133 (+ ?x158 ?x111)))
 (let ((?x149 (* 2.0 ?x133)))
 (let ((?x33 (- ?x149)))
 (let ((?x67 (+ ?x158 ?x33)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x70 (+ ?x138 ?x67)))
 (let ((?x61 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x156 (* ?x61 ?x70)))
 (let ((?x98 (* f ?x156)))
 (let ((?x103 (/ 1.0 exp!4)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x178 (* ?x108 ?x103)))
 (let ((?x372 (- ?x178)))
 (let ((?x379 (+ ?x95 ?x372)))
 (let ((?x389 (* ?x116 ?x379)))
 (let ((?x390 (* ?x11 ?x389)))
 (let ((?x387 (- ?x390)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x388 (+ ?x100 ?x387)))
 (let ((?x459 (* ?x61 ?x388)))
 (or (and (distinct ?x459 ?x98) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (= 0.0 ?x1074))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x489 (* ?x158 (/ 1.0 2.0))))
 (let ((?x549 (+ ?x489 ?x868)))
 (let ((?x777 (* 2.0 ?x549)))
 (let ((?x662 (- ?x777)))
 (let ((?x356 (+ ?x158 ?x662)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x253 (+ ?x138 ?x356)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x291 (* ?x199 ?x253)))
 (let ((?x280 (* f ?x291)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x155 (* ?x42 ?x108)))
 (let ((?x157 (- ?x155)))
 (let ((?x134 (+ ?x95 ?x157)))
 (let ((?x92 (* ?x116 ?x134)))
 (let ((?x82 (* ?x11 ?x92)))
 (let ((?x154 (- ?x82)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x46 (+ ?x100 ?x154)))
 (let ((?x433 (* ?x199 ?x46)))
 (or (and (distinct ?x433 ?x280) true)))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x489 (* ?x158 (/ 1.0 2.0))))
 (let ((?x549 (+ ?x489 ?x868)))
 (let ((?x777 (* 2.0 ?x549)))
 (let ((?x662 (- ?x777)))
 (let ((?x356 (+ ?x158 ?x662)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x253 (+ ?x138 ?x356)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x291 (* ?x199 ?x253)))
 (let ((?x280 (* f ?x291)))
 (let ((?x694 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x280) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x493 (* 0.0 ?x158)))
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x320 (+ ?x868 ?x493)))
 (let ((?x913 (* 2.0 ?x320)))
 (let ((?x1601 (- ?x913)))
 (let ((?x423 (+ ?x158 ?x1601)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x1603 (+ ?x138 ?x423)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x1596 (* ?x199 ?x1603)))
 (let ((?x764 (* f ?x1596)))
 (let ((?x694 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x764) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x489 (* ?x158 (/ 1.0 2.0))))
 (let ((?x549 (+ ?x489 ?x868)))
 (let ((?x777 (* 2.0 ?x549)))
 (let ((?x662 (- ?x777)))
 (let ((?x356 (+ ?x158 ?x662)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x253 (+ ?x138 ?x356)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x291 (* ?x199 ?x253)))
 (let ((?x280 (* f ?x291)))
 (let ((?x694 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x280) true))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (< 0.0 ?x1074))))
(assert
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
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let (($x404 (= 0.0 ?x1074)))
 (not $x404)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x136 (- ?x11)))
 (let ((?x116 (/ 1.0 (* scale scale))))
 (let ((?x150 (* ?x116 ?x136)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x97 (+ ?x66 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x493 (* 0.0 ?x158)))
 (let ((?x42 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1074 (+ 1.0 ?x42)))
 (let ((?x522 (* ?x158 ?x42)))
 (let ((?x868 (/ ?x522 ?x1074)))
 (let ((?x320 (+ ?x868 ?x493)))
 (let ((?x913 (* 2.0 ?x320)))
 (let ((?x1601 (- ?x913)))
 (let ((?x423 (+ ?x158 ?x1601)))
 (let ((?x58 (/ 1.0 scale)))
 (let ((?x138 (- ?x58)))
 (let ((?x1603 (+ ?x138 ?x423)))
 (let ((?x340 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x199 (* ?x340 exp!2)))
 (let ((?x1596 (* ?x199 ?x1603)))
 (let ((?x764 (* f ?x1596)))
 (let ((?x694 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x129 (* f 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x113 (+ ?x125 ?x129)))
 (let ((?x95 (- ?x113)))
 (let ((?x108 (* 2.0 ?x95)))
 (let ((?x377 (* ?x108 ?x694)))
 (let ((?x1112 (- ?x377)))
 (let ((?x696 (+ ?x95 ?x1112)))
 (let ((?x174 (* ?x116 ?x696)))
 (let ((?x1197 (* ?x11 ?x174)))
 (let ((?x1000 (- ?x1197)))
 (let ((?x100 (/ ?x95 scale)))
 (let ((?x983 (+ ?x100 ?x1000)))
 (let ((?x420 (* ?x199 ?x983)))
 (or (and (distinct ?x420 ?x764) true))))))))))))))))))))))))))))))))))))))))))
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
