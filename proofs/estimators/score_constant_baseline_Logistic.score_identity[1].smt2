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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (= 0.0 ?x305)))))
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
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x308 (* ?x133 (/ 1.0 2.0))))
 (let ((?x1271 (+ ?x308 ?x312)))
 (let ((?x711 (* 2.0 ?x1271)))
 (let ((?x832 (- ?x711)))
 (let ((?x381 (+ ?x133 ?x832)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x258 (+ ?x150 ?x381)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x341 (* ?x720 ?x258)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x606 (* ?x66 ?x341)))
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
 (let ((?x559 (* ?x720 ?x118)))
 (or (and (distinct ?x559 ?x606) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
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
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x308 (* ?x133 (/ 1.0 2.0))))
 (let ((?x1271 (+ ?x308 ?x312)))
 (let ((?x711 (* 2.0 ?x1271)))
 (let ((?x832 (- ?x711)))
 (let ((?x381 (+ ?x133 ?x832)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x258 (+ ?x150 ?x381)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x341 (* ?x720 ?x258)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x606 (* ?x66 ?x341)))
 (let ((?x743 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1184 (* ?x743 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x606) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
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
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x1198 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x551 (+ ?x312 ?x1198)))
 (let ((?x719 (* 2.0 ?x551)))
 (let ((?x1678 (- ?x719)))
 (let ((?x750 (+ ?x133 ?x1678)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1680 (+ ?x150 ?x750)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x1673 (* ?x720 ?x1680)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x764 (* ?x66 ?x1673)))
 (let ((?x743 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1184 (* ?x743 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x764) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x308 (* ?x133 (/ 1.0 2.0))))
 (let ((?x1271 (+ ?x308 ?x312)))
 (let ((?x711 (* 2.0 ?x1271)))
 (let ((?x832 (- ?x711)))
 (let ((?x381 (+ ?x133 ?x832)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x258 (+ ?x150 ?x381)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x341 (* ?x720 ?x258)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x606 (* ?x66 ?x341)))
 (let ((?x743 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1184 (* ?x743 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x606) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398))))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x1198 (* 0.0 ?x133)))
 (let ((?x155 (/ 1.0 exp!1)))
 (let ((?x157 (* ?x155 exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x551 (+ ?x312 ?x1198)))
 (let ((?x719 (* 2.0 ?x551)))
 (let ((?x1678 (- ?x719)))
 (let ((?x750 (+ ?x133 ?x1678)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1680 (+ ?x150 ?x750)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x1673 (* ?x720 ?x1680)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x764 (* ?x66 ?x1673)))
 (let ((?x743 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x1184 (* ?x743 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x764) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (= 0.0 ?x305))))
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
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x308 (* ?x133 (/ 1.0 2.0))))
 (let ((?x1271 (+ ?x308 ?x312)))
 (let ((?x711 (* 2.0 ?x1271)))
 (let ((?x832 (- ?x711)))
 (let ((?x381 (+ ?x133 ?x832)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x258 (+ ?x150 ?x381)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x341 (* ?x720 ?x258)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x606 (* ?x66 ?x341)))
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
 (let ((?x559 (* ?x720 ?x118)))
 (or (and (distinct ?x559 ?x606) true)))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
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
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x308 (* ?x133 (/ 1.0 2.0))))
 (let ((?x1271 (+ ?x308 ?x312)))
 (let ((?x711 (* 2.0 ?x1271)))
 (let ((?x832 (- ?x711)))
 (let ((?x381 (+ ?x133 ?x832)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x258 (+ ?x150 ?x381)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x341 (* ?x720 ?x258)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x606 (* ?x66 ?x341)))
 (let ((?x1184 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x606) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
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
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x1198 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x551 (+ ?x312 ?x1198)))
 (let ((?x719 (* 2.0 ?x551)))
 (let ((?x1678 (- ?x719)))
 (let ((?x750 (+ ?x133 ?x1678)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1680 (+ ?x150 ?x750)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x1673 (* ?x720 ?x1680)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x764 (* ?x66 ?x1673)))
 (let ((?x1184 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x764) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x308 (* ?x133 (/ 1.0 2.0))))
 (let ((?x1271 (+ ?x308 ?x312)))
 (let ((?x711 (* 2.0 ?x1271)))
 (let ((?x832 (- ?x711)))
 (let ((?x381 (+ ?x133 ?x832)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x258 (+ ?x150 ?x381)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x341 (* ?x720 ?x258)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x606 (* ?x66 ?x341)))
 (let ((?x1184 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x606) true))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (< 0.0 ?x305))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x305 (+ 1.0 ?x157)))
 (let (($x398 (= 0.0 ?x305)))
 (not $x398)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x158 (- ?x11)))
 (let ((?x84 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x84 ?x158)))
 (let ((?x97 (/ 0.0 scale)))
 (let ((?x111 (+ ?x97 ?x79)))
 (let ((?x133 (- ?x111)))
 (let ((?x1198 (* 0.0 ?x133)))
 (let ((?x157 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x305 (+ 1.0 ?x157)))
 (let ((?x414 (* ?x133 ?x157)))
 (let ((?x312 (/ ?x414 ?x305)))
 (let ((?x551 (+ ?x312 ?x1198)))
 (let ((?x719 (* 2.0 ?x551)))
 (let ((?x1678 (- ?x719)))
 (let ((?x750 (+ ?x133 ?x1678)))
 (let ((?x136 (/ 1.0 scale)))
 (let ((?x150 (- ?x136)))
 (let ((?x1680 (+ ?x150 ?x750)))
 (let ((?x678 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x720 (* ?x678 exp!2)))
 (let ((?x1673 (* ?x720 ?x1680)))
 (let ((?x120 (- b)))
 (let ((?x66 (+ f ?x120)))
 (let ((?x764 (* ?x66 ?x1673)))
 (let ((?x1184 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x42 (* 2.0 ?x101)))
 (let ((?x528 (* ?x42 ?x1184)))
 (let ((?x524 (- ?x528)))
 (let ((?x1229 (+ ?x101 ?x524)))
 (let ((?x269 (* ?x84 ?x1229)))
 (let ((?x383 (* ?x11 ?x269)))
 (let ((?x1168 (- ?x383)))
 (let ((?x116 (/ ?x101 scale)))
 (let ((?x342 (+ ?x116 ?x1168)))
 (let ((?x446 (* ?x720 ?x342)))
 (or (and (distinct ?x446 ?x764) true))))))))))))))))))))))))))))))))))))))))))))
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
