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
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x115 (* ?x113 ?x52)))
 (let ((?x116 (/ ?x115 ?x44)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 2.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x120 (+ ?x114 ?x119)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x121 (+ ?x107 ?x120)))
 (let ((?x103 (* exp!3 exp!3)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) ?x103)))
 (let ((?x122 (* ?x104 ?x121)))
 (let ((?x123 (* f ?x122)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x96 (* ?x95 ?x94)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (+ ?x93 ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x105 (* ?x104 ?x100)))
 (or (and (distinct ?x105 ?x123) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 2 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x115 (* ?x113 ?x52)))
 (let ((?x116 (/ ?x115 ?x44)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 2.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x120 (+ ?x114 ?x119)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x121 (+ ?x107 ?x120)))
 (let ((?x103 (* exp!3 exp!3)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) ?x103)))
 (let ((?x122 (* ?x104 ?x121)))
 (let ((?x123 (* f ?x122)))
 (let ((?x125 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x169 (* ?x94 ?x125)))
 (let ((?x174 (- ?x169)))
 (let ((?x177 (+ ?x93 ?x174)))
 (let ((?x178 (/ ?x177 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x180 (* ?x104 ?x179)))
 (or (and (distinct ?x180 ?x123) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 3 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x115 (* ?x113 ?x52)))
 (let ((?x116 (/ ?x115 ?x44)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 2.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x120 (+ ?x114 ?x119)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x121 (+ ?x107 ?x120)))
 (let ((?x103 (* exp!3 exp!3)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) ?x103)))
 (let ((?x122 (* ?x104 ?x121)))
 (let ((?x123 (* f ?x122)))
 (let ((?x125 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x169 (* ?x94 ?x125)))
 (let ((?x174 (- ?x169)))
 (let ((?x177 (+ ?x93 ?x174)))
 (let ((?x178 (/ ?x177 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x180 (* ?x104 ?x179)))
 (or (and (distinct ?x180 ?x123) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(check-sat)
(pop 1)
; region 4 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (= 0.0 ?x397))))
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x455 (* ?x114 (/ 1.0 2.0))))
 (let ((?x316 (+ ?x455 ?x375)))
 (let ((?x415 (* 2.0 ?x316)))
 (let ((?x133 (- ?x415)))
 (let ((?x283 (+ ?x114 ?x133)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x335 (+ ?x107 ?x283)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x441 (* ?x530 ?x335)))
 (let ((?x231 (* f ?x441)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x96 (* ?x95 ?x94)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (+ ?x93 ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x610 (* ?x530 ?x100)))
 (or (and (distinct ?x610 ?x231) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 5 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x455 (* ?x114 (/ 1.0 2.0))))
 (let ((?x316 (+ ?x455 ?x375)))
 (let ((?x415 (* 2.0 ?x316)))
 (let ((?x133 (- ?x415)))
 (let ((?x283 (+ ?x114 ?x133)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x335 (+ ?x107 ?x283)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x441 (* ?x530 ?x335)))
 (let ((?x231 (* f ?x441)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x231) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 6 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x589 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x152 (+ ?x375 ?x589)))
 (let ((?x366 (* 2.0 ?x152)))
 (let ((?x683 (- ?x366)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x530 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 7 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x455 (* ?x114 (/ 1.0 2.0))))
 (let ((?x316 (+ ?x455 ?x375)))
 (let ((?x415 (* 2.0 ?x316)))
 (let ((?x133 (- ?x415)))
 (let ((?x283 (+ ?x114 ?x133)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x335 (+ ?x107 ?x283)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x441 (* ?x530 ?x335)))
 (let ((?x231 (* f ?x441)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x231) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 8 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x589 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x152 (+ ?x375 ?x589)))
 (let ((?x366 (* 2.0 ?x152)))
 (let ((?x683 (- ?x366)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x530 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 9 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (= 0.0 ?x44))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x115 (* ?x113 ?x52)))
 (let ((?x116 (/ ?x115 ?x44)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 2.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x120 (+ ?x114 ?x119)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x121 (+ ?x107 ?x120)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x122 (* ?x104 ?x121)))
 (let ((?x123 (* f ?x122)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x96 (* ?x95 ?x94)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (+ ?x93 ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x105 (* ?x104 ?x100)))
 (or (and (distinct ?x105 ?x123) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 10 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x115 (* ?x113 ?x52)))
 (let ((?x116 (/ ?x115 ?x44)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 2.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x120 (+ ?x114 ?x119)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x121 (+ ?x107 ?x120)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x122 (* ?x104 ?x121)))
 (let ((?x123 (* f ?x122)))
 (let ((?x125 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x169 (* ?x94 ?x125)))
 (let ((?x174 (- ?x169)))
 (let ((?x177 (+ ?x93 ?x174)))
 (let ((?x178 (/ ?x177 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x180 (* ?x104 ?x179)))
 (or (and (distinct ?x180 ?x123) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 11 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
(declare-fun exp!5 () Real)
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
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (< 0.0 ?x44))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let (($x32 (= 0.0 ?x44)))
 (not $x32)))))
(assert
 (let ((?x52 (* 1.0 exp!1)))
 (let ((?x44 (+ 1.0 ?x52)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x115 (* ?x113 ?x52)))
 (let ((?x116 (/ ?x115 ?x44)))
 (let ((?x114 (- ?x113)))
 (let ((?x117 (+ ?x114 ?x116)))
 (let ((?x118 (* 2.0 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x120 (+ ?x114 ?x119)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x121 (+ ?x107 ?x120)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x122 (* ?x104 ?x121)))
 (let ((?x123 (* f ?x122)))
 (let ((?x125 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x169 (* ?x94 ?x125)))
 (let ((?x174 (- ?x169)))
 (let ((?x177 (+ ?x93 ?x174)))
 (let ((?x178 (/ ?x177 scale)))
 (let ((?x179 (- ?x178)))
 (let ((?x180 (* ?x104 ?x179)))
 (or (and (distinct ?x180 ?x123) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 12 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (= 0.0 ?x397))))
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x455 (* ?x114 (/ 1.0 2.0))))
 (let ((?x316 (+ ?x455 ?x375)))
 (let ((?x415 (* 2.0 ?x316)))
 (let ((?x133 (- ?x415)))
 (let ((?x283 (+ ?x114 ?x133)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x335 (+ ?x107 ?x283)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x441 (* ?x530 ?x335)))
 (let ((?x231 (* f ?x441)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x96 (* ?x95 ?x94)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (+ ?x93 ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x100 (- ?x99)))
 (let ((?x610 (* ?x530 ?x100)))
 (or (and (distinct ?x610 ?x231) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 13 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x455 (* ?x114 (/ 1.0 2.0))))
 (let ((?x316 (+ ?x455 ?x375)))
 (let ((?x415 (* 2.0 ?x316)))
 (let ((?x133 (- ?x415)))
 (let ((?x283 (+ ?x114 ?x133)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x335 (+ ?x107 ?x283)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x441 (* ?x530 ?x335)))
 (let ((?x231 (* f ?x441)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x231) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 14 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x589 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x152 (+ ?x375 ?x589)))
 (let ((?x366 (* 2.0 ?x152)))
 (let ((?x683 (- ?x366)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x530 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 15 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x455 (* ?x114 (/ 1.0 2.0))))
 (let ((?x316 (+ ?x455 ?x375)))
 (let ((?x415 (* 2.0 ?x316)))
 (let ((?x133 (- ?x415)))
 (let ((?x283 (+ ?x114 ?x133)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x335 (+ ?x107 ?x283)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x441 (* ?x530 ?x335)))
 (let ((?x231 (* f ?x441)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x231) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 16 of 16
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
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
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (< 0.0 ?x397))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let (($x416 (= 0.0 ?x397)))
 (not $x416)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x589 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x397 (+ 1.0 ?x95)))
 (let ((?x141 (* ?x114 ?x95)))
 (let ((?x375 (/ ?x141 ?x397)))
 (let ((?x152 (+ ?x375 ?x589)))
 (let ((?x366 (* 2.0 ?x152)))
 (let ((?x683 (- ?x366)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x530 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x530 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x239 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x627 (* ?x94 ?x239)))
 (let ((?x409 (- ?x627)))
 (let ((?x253 (+ ?x93 ?x409)))
 (let ((?x403 (/ ?x253 scale)))
 (let ((?x478 (- ?x403)))
 (let ((?x421 (* ?x530 ?x478)))
 (or (and (distinct ?x421 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
