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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x208 (* ?x158 (/ 1.0 2.0))))
 (let ((?x684 (+ ?x208 ?x327)))
 (let ((?x736 (* 2.0 ?x684)))
 (let ((?x741 (- ?x736)))
 (let ((?x260 (+ ?x158 ?x741)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x414 (+ ?x115 ?x260)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x184 (* ?x962 ?x414)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x341 (* ?x159 ?x184)))
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
 (let ((?x181 (* ?x962 ?x92)))
 (or (and (distinct ?x181 ?x341) true))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x208 (* ?x158 (/ 1.0 2.0))))
 (let ((?x684 (+ ?x208 ?x327)))
 (let ((?x736 (* 2.0 ?x684)))
 (let ((?x741 (- ?x736)))
 (let ((?x260 (+ ?x158 ?x741)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x414 (+ ?x115 ?x260)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x184 (* ?x962 ?x414)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x341 (* ?x159 ?x184)))
 (let ((?x221 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x244 (* ?x221 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x341) true))))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x485 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x804 (+ ?x327 ?x485)))
 (let ((?x918 (* 2.0 ?x804)))
 (let ((?x1478 (- ?x918)))
 (let ((?x72 (+ ?x158 ?x1478)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1479 (+ ?x115 ?x72)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x1472 (* ?x962 ?x1479)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1480 (* ?x159 ?x1472)))
 (let ((?x221 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x244 (* ?x221 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x1480) true))))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x208 (* ?x158 (/ 1.0 2.0))))
 (let ((?x684 (+ ?x208 ?x327)))
 (let ((?x736 (* 2.0 ?x684)))
 (let ((?x741 (- ?x736)))
 (let ((?x260 (+ ?x158 ?x741)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x414 (+ ?x115 ?x260)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x184 (* ?x962 ?x414)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x341 (* ?x159 ?x184)))
 (let ((?x221 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x244 (* ?x221 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x341) true))))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426))))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x485 (* 0.0 ?x158)))
 (let ((?x108 (/ 1.0 exp!1)))
 (let ((?x84 (* ?x108 exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x804 (+ ?x327 ?x485)))
 (let ((?x918 (* 2.0 ?x804)))
 (let ((?x1478 (- ?x918)))
 (let ((?x72 (+ ?x158 ?x1478)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1479 (+ ?x115 ?x72)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x1472 (* ?x962 ?x1479)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1480 (* ?x159 ?x1472)))
 (let ((?x221 (/ (/ (/ 1.0 exp!6) exp!5) exp!1)))
 (let ((?x244 (* ?x221 exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x1480) true))))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x208 (* ?x158 (/ 1.0 2.0))))
 (let ((?x684 (+ ?x208 ?x327)))
 (let ((?x736 (* 2.0 ?x684)))
 (let ((?x741 (- ?x736)))
 (let ((?x260 (+ ?x158 ?x741)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x414 (+ ?x115 ?x260)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x184 (* ?x962 ?x414)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x341 (* ?x159 ?x184)))
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
 (let ((?x181 (* ?x962 ?x92)))
 (or (and (distinct ?x181 ?x341) true)))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x208 (* ?x158 (/ 1.0 2.0))))
 (let ((?x684 (+ ?x208 ?x327)))
 (let ((?x736 (* 2.0 ?x684)))
 (let ((?x741 (- ?x736)))
 (let ((?x260 (+ ?x158 ?x741)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x414 (+ ?x115 ?x260)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x184 (* ?x962 ?x414)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x341 (* ?x159 ?x184)))
 (let ((?x244 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x341) true))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x485 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x804 (+ ?x327 ?x485)))
 (let ((?x918 (* 2.0 ?x804)))
 (let ((?x1478 (- ?x918)))
 (let ((?x72 (+ ?x158 ?x1478)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1479 (+ ?x115 ?x72)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x1472 (* ?x962 ?x1479)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1480 (* ?x159 ?x1472)))
 (let ((?x244 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x1480) true))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x208 (* ?x158 (/ 1.0 2.0))))
 (let ((?x684 (+ ?x208 ?x327)))
 (let ((?x736 (* 2.0 ?x684)))
 (let ((?x741 (- ?x736)))
 (let ((?x260 (+ ?x158 ?x741)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x414 (+ ?x115 ?x260)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x184 (* ?x962 ?x414)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x341 (* ?x159 ?x184)))
 (let ((?x244 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x341) true))))))))))))))))))))))))))))))))))))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
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
 (let (($x426 (= 0.0 ?x880)))
 (not $x426)))))
(assert
 (let ((?x136 (/ 1.0 (* scale scale))))
 (let ((?x150 (* 0.0 ?x136)))
 (let ((?x138 (/ (- 1.0) scale)))
 (let ((?x97 (+ ?x138 ?x150)))
 (let ((?x158 (- ?x97)))
 (let ((?x485 (* 0.0 ?x158)))
 (let ((?x84 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x880 (+ 1.0 ?x84)))
 (let ((?x128 (* ?x158 ?x84)))
 (let ((?x327 (/ ?x128 ?x880)))
 (let ((?x804 (+ ?x327 ?x485)))
 (let ((?x918 (* 2.0 ?x804)))
 (let ((?x1478 (- ?x918)))
 (let ((?x72 (+ ?x158 ?x1478)))
 (let ((?x61 (/ 0.0 scale)))
 (let ((?x115 (- ?x61)))
 (let ((?x1479 (+ ?x115 ?x72)))
 (let ((?x400 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x962 (* ?x400 exp!2)))
 (let ((?x1472 (* ?x962 ?x1479)))
 (let ((?x120 (- b)))
 (let ((?x159 (+ f ?x120)))
 (let ((?x1480 (* ?x159 ?x1472)))
 (let ((?x244 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x95 (* f 1.0)))
 (let ((?x129 (* ?x120 1.0)))
 (let ((?x100 (+ ?x129 ?x95)))
 (let ((?x101 (- ?x100)))
 (let ((?x116 (* 2.0 ?x101)))
 (let ((?x948 (* ?x116 ?x244)))
 (let ((?x550 (- ?x948)))
 (let ((?x735 (+ ?x101 ?x550)))
 (let ((?x254 (/ ?x735 scale)))
 (let ((?x306 (- ?x254)))
 (let ((?x422 (* ?x962 ?x306)))
 (or (and (distinct ?x422 ?x1480) true))))))))))))))))))))))))))))))))))))))
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
