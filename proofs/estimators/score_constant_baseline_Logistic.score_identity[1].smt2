; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun log!260 () Real)
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun log!260 () Real)
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun log!260 () Real)
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (= 0.0 ?x519)))))
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x359 (* ?x133 (/ 1.0 2.0))))
 (let ((?x383 (+ ?x359 ?x1072)))
 (let ((?x458 (* 2.0 ?x383)))
 (let ((?x910 (- ?x458)))
 (let ((?x208 (+ ?x133 ?x910)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x394 (+ ?x150 ?x208)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x302 (* ?x382 ?x394)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x678 (* ?x66 ?x302)))
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
 (let ((?x987 (* ?x382 ?x118)))
 (or (and (distinct ?x987 ?x678) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x359 (* ?x133 (/ 1.0 2.0))))
 (let ((?x383 (+ ?x359 ?x1072)))
 (let ((?x458 (* 2.0 ?x383)))
 (let ((?x910 (- ?x458)))
 (let ((?x208 (+ ?x133 ?x910)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x394 (+ ?x150 ?x208)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x302 (* ?x382 ?x394)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x678 (* ?x66 ?x302)))
 (let ((?x1074 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x572 (* ?x1074 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x678) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x515 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x839 (+ ?x1072 ?x515)))
 (let ((?x198 (* 2.0 ?x839)))
 (let ((?x1677 (- ?x198)))
 (let ((?x749 (+ ?x133 ?x1677)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1679 (+ ?x150 ?x749)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x1672 (* ?x382 ?x1679)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x985 (* ?x66 ?x1672)))
 (let ((?x1074 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x572 (* ?x1074 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x985) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x359 (* ?x133 (/ 1.0 2.0))))
 (let ((?x383 (+ ?x359 ?x1072)))
 (let ((?x458 (* 2.0 ?x383)))
 (let ((?x910 (- ?x458)))
 (let ((?x208 (+ ?x133 ?x910)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x394 (+ ?x150 ?x208)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x302 (* ?x382 ?x394)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x678 (* ?x66 ?x302)))
 (let ((?x1074 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x572 (* ?x1074 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x678) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x515 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x839 (+ ?x1072 ?x515)))
 (let ((?x198 (* 2.0 ?x839)))
 (let ((?x1677 (- ?x198)))
 (let ((?x749 (+ ?x133 ?x1677)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1679 (+ ?x150 ?x749)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x1672 (* ?x382 ?x1679)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x985 (* ?x66 ?x1672)))
 (let ((?x1074 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x572 (* ?x1074 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x985) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!338 () Real)
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!338 () Real)
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!338 () Real)
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (= 0.0 ?x519))))
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x359 (* ?x133 (/ 1.0 2.0))))
 (let ((?x383 (+ ?x359 ?x1072)))
 (let ((?x458 (* 2.0 ?x383)))
 (let ((?x910 (- ?x458)))
 (let ((?x208 (+ ?x133 ?x910)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x394 (+ ?x150 ?x208)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x302 (* ?x382 ?x394)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x678 (* ?x66 ?x302)))
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
 (let ((?x987 (* ?x382 ?x118)))
 (or (and (distinct ?x987 ?x678) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x359 (* ?x133 (/ 1.0 2.0))))
 (let ((?x383 (+ ?x359 ?x1072)))
 (let ((?x458 (* 2.0 ?x383)))
 (let ((?x910 (- ?x458)))
 (let ((?x208 (+ ?x133 ?x910)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x394 (+ ?x150 ?x208)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x302 (* ?x382 ?x394)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x678 (* ?x66 ?x302)))
 (let ((?x572 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x678) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x515 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x839 (+ ?x1072 ?x515)))
 (let ((?x198 (* 2.0 ?x839)))
 (let ((?x1677 (- ?x198)))
 (let ((?x749 (+ ?x133 ?x1677)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1679 (+ ?x150 ?x749)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x1672 (* ?x382 ?x1679)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x985 (* ?x66 ?x1672)))
 (let ((?x572 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x985) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x359 (* ?x133 (/ 1.0 2.0))))
 (let ((?x383 (+ ?x359 ?x1072)))
 (let ((?x458 (* 2.0 ?x383)))
 (let ((?x910 (- ?x458)))
 (let ((?x208 (+ ?x133 ?x910)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x394 (+ ?x150 ?x208)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x302 (* ?x382 ?x394)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x678 (* ?x66 ?x302)))
 (let ((?x572 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x678) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
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
(declare-fun log!260 () Real)
(declare-fun log!338 () Real)
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
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (< 0.0 ?x519))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x519 (+ 1.0 ?x157)))
 (let (($x340 (= 0.0 ?x519)))
 (not $x340)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x515 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x519 (+ 1.0 ?x157)))
 (let ((?x275 (* ?x133 ?x157)))
 (let ((?x1072 (/ ?x275 ?x519)))
 (let ((?x839 (+ ?x1072 ?x515)))
 (let ((?x198 (* 2.0 ?x839)))
 (let ((?x1677 (- ?x198)))
 (let ((?x749 (+ ?x133 ?x1677)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1679 (+ ?x150 ?x749)))
 (let ((?x273 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x382 (* ?x273 exp!2)))
 (let ((?x1672 (* ?x382 ?x1679)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x985 (* ?x66 ?x1672)))
 (let ((?x572 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x1066 (* ?x42 ?x572)))
 (let ((?x744 (- ?x1066)))
 (let ((?x721 (+ ?x101 ?x744)))
 (let ((?x282 (* ?x84 ?x721)))
 (let ((?x1183 (* ?x11 ?x282)))
 (let ((?x476 (- ?x1183)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x586 (+ ?x116 ?x476)))
 (let ((?x601 (* ?x382 ?x586)))
 (or (and (distinct ?x601 ?x985) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!260 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!260) (< exp!1 exp!4)))
(assert
 (= (< log!260 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!260) (< exp!2 exp!4)))
(assert
 (= (< log!260 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!260) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!260 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!260)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!338 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!338) (< exp!1 exp!5)))
(assert
 (= (< log!338 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!338) (< exp!2 exp!5)))
(assert
 (= (< log!338 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!338) (< exp!3 exp!5)))
(assert
 (= (< log!338 log!260) (< exp!5 exp!4)))
(assert
 (= (< log!260 log!338) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!338 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!338)))
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
 (= (< 0.0 log!260) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!260) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!338) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!338) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
