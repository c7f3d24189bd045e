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
(declare-fun log!30 () Real)
(declare-fun log!191 () Real)
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
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
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
(declare-fun log!30 () Real)
(declare-fun log!191 () Real)
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
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
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
(declare-fun log!30 () Real)
(declare-fun log!191 () Real)
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
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (= 0.0 ?x369))))
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x457 (* ?x114 (/ 1.0 2.0))))
 (let ((?x151 (+ ?x457 ?x272)))
 (let ((?x578 (* 2.0 ?x151)))
 (let ((?x525 (- ?x578)))
 (let ((?x302 (+ ?x114 ?x525)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x264 (+ ?x107 ?x302)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x541 (* ?x203 ?x264)))
 (let ((?x529 (* f ?x541)))
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
 (let ((?x612 (* ?x203 ?x100)))
 (or (and (distinct ?x612 ?x529) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x457 (* ?x114 (/ 1.0 2.0))))
 (let ((?x151 (+ ?x457 ?x272)))
 (let ((?x578 (* 2.0 ?x151)))
 (let ((?x525 (- ?x578)))
 (let ((?x302 (+ ?x114 ?x525)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x264 (+ ?x107 ?x302)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x541 (* ?x203 ?x264)))
 (let ((?x529 (* f ?x541)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x529) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x374 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x607 (+ ?x272 ?x374)))
 (let ((?x299 (* 2.0 ?x607)))
 (let ((?x683 (- ?x299)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x203 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x457 (* ?x114 (/ 1.0 2.0))))
 (let ((?x151 (+ ?x457 ?x272)))
 (let ((?x578 (* 2.0 ?x151)))
 (let ((?x525 (- ?x578)))
 (let ((?x302 (+ ?x114 ?x525)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x264 (+ ?x107 ?x302)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x541 (* ?x203 ?x264)))
 (let ((?x529 (* f ?x541)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x529) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x374 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x607 (+ ?x272 ?x374)))
 (let ((?x299 (* 2.0 ?x607)))
 (let ((?x683 (- ?x299)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x203 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun log!191 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!269 () Real)
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
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun log!191 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!269 () Real)
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
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun log!191 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!269 () Real)
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
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (= 0.0 ?x369))))
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x457 (* ?x114 (/ 1.0 2.0))))
 (let ((?x151 (+ ?x457 ?x272)))
 (let ((?x578 (* 2.0 ?x151)))
 (let ((?x525 (- ?x578)))
 (let ((?x302 (+ ?x114 ?x525)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x264 (+ ?x107 ?x302)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x541 (* ?x203 ?x264)))
 (let ((?x529 (* f ?x541)))
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
 (let ((?x612 (* ?x203 ?x100)))
 (or (and (distinct ?x612 ?x529) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x457 (* ?x114 (/ 1.0 2.0))))
 (let ((?x151 (+ ?x457 ?x272)))
 (let ((?x578 (* 2.0 ?x151)))
 (let ((?x525 (- ?x578)))
 (let ((?x302 (+ ?x114 ?x525)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x264 (+ ?x107 ?x302)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x541 (* ?x203 ?x264)))
 (let ((?x529 (* f ?x541)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x529) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x374 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x607 (+ ?x272 ?x374)))
 (let ((?x299 (* 2.0 ?x607)))
 (let ((?x683 (- ?x299)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x203 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x457 (* ?x114 (/ 1.0 2.0))))
 (let ((?x151 (+ ?x457 ?x272)))
 (let ((?x578 (* 2.0 ?x151)))
 (let ((?x525 (- ?x578)))
 (let ((?x302 (+ ?x114 ?x525)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x264 (+ ?x107 ?x302)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x541 (* ?x203 ?x264)))
 (let ((?x529 (* f ?x541)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x529) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!30 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (< 0.0 ?x369))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x369 (+ 1.0 ?x95)))
 (let (($x418 (= 0.0 ?x369)))
 (not $x418)))))
(assert
 (let ((?x111 (/ 1.0 (* scale scale))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x109 (/ (- 1.0) scale)))
 (let ((?x113 (+ ?x109 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x374 (* 0.0 ?x114)))
 (let ((?x95 (/ 1.0 exp!1)))
 (let ((?x369 (+ 1.0 ?x95)))
 (let ((?x583 (* ?x114 ?x95)))
 (let ((?x272 (/ ?x583 ?x369)))
 (let ((?x607 (+ ?x272 ?x374)))
 (let ((?x299 (* 2.0 ?x607)))
 (let ((?x683 (- ?x299)))
 (let ((?x688 (+ ?x114 ?x683)))
 (let ((?x106 (/ 0.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x1015 (+ ?x107 ?x688)))
 (let ((?x203 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x691 (* ?x203 ?x1015)))
 (let ((?x1016 (* f ?x691)))
 (let ((?x408 (/ (/ ?x95 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (* 2.0 ?x93)))
 (let ((?x281 (* ?x94 ?x408)))
 (let ((?x340 (- ?x281)))
 (let ((?x254 (+ ?x93 ?x340)))
 (let ((?x236 (/ ?x254 scale)))
 (let ((?x425 (- ?x236)))
 (let ((?x155 (* ?x203 ?x425)))
 (or (and (distinct ?x155 ?x1016) true)))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!30 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!30) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!30) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
