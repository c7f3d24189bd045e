; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x121 (* ?x119 ?x52)))
 (let ((?x122 (/ ?x121 ?x44)))
 (let ((?x120 (- ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (* 2.0 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (+ ?x120 ?x125)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x127 (+ ?x115 ?x126)))
 (let ((?x110 (* exp!3 exp!3)))
 (let ((?x111 (/ (* (/ 1.0 exp!2) exp!1) ?x110)))
 (let ((?x128 (* ?x111 ?x127)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x129 (* ?x113 ?x128)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x101 (* ?x100 ?x99)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (+ ?x95 ?x102)))
 (let ((?x104 (* ?x98 ?x103)))
 (let ((?x105 (* ?x11 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x107 (+ ?x96 ?x106)))
 (let ((?x112 (* ?x111 ?x107)))
 (or (and (distinct ?x112 ?x129) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x121 (* ?x119 ?x52)))
 (let ((?x122 (/ ?x121 ?x44)))
 (let ((?x120 (- ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (* 2.0 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (+ ?x120 ?x125)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x127 (+ ?x115 ?x126)))
 (let ((?x110 (* exp!3 exp!3)))
 (let ((?x111 (/ (* (/ 1.0 exp!2) exp!1) ?x110)))
 (let ((?x128 (* ?x111 ?x127)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x129 (* ?x113 ?x128)))
 (let ((?x131 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x184 (* ?x99 ?x131)))
 (let ((?x187 (- ?x184)))
 (let ((?x188 (+ ?x95 ?x187)))
 (let ((?x189 (* ?x98 ?x188)))
 (let ((?x151 (* ?x11 ?x189)))
 (let ((?x152 (- ?x151)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x153 (+ ?x96 ?x152)))
 (let ((?x154 (* ?x111 ?x153)))
 (or (and (distinct ?x154 ?x129) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x121 (* ?x119 ?x52)))
 (let ((?x122 (/ ?x121 ?x44)))
 (let ((?x120 (- ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (* 2.0 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (+ ?x120 ?x125)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x127 (+ ?x115 ?x126)))
 (let ((?x110 (* exp!3 exp!3)))
 (let ((?x111 (/ (* (/ 1.0 exp!2) exp!1) ?x110)))
 (let ((?x128 (* ?x111 ?x127)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x129 (* ?x113 ?x128)))
 (let ((?x131 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x184 (* ?x99 ?x131)))
 (let ((?x187 (- ?x184)))
 (let ((?x188 (+ ?x95 ?x187)))
 (let ((?x189 (* ?x98 ?x188)))
 (let ((?x151 (* ?x11 ?x189)))
 (let ((?x152 (- ?x151)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x153 (+ ?x96 ?x152)))
 (let ((?x154 (* ?x111 ?x153)))
 (or (and (distinct ?x154 ?x129) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (= 0.0 ?x719))))
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x141 (* ?x120 (/ 1.0 2.0))))
 (let ((?x402 (+ ?x141 ?x663)))
 (let ((?x554 (* 2.0 ?x402)))
 (let ((?x395 (- ?x554)))
 (let ((?x746 (+ ?x120 ?x395)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x639 (+ ?x115 ?x746)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x431 (* ?x348 ?x639)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x536 (* ?x113 ?x431)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x101 (* ?x100 ?x99)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (+ ?x95 ?x102)))
 (let ((?x104 (* ?x98 ?x103)))
 (let ((?x105 (* ?x11 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x107 (+ ?x96 ?x106)))
 (let ((?x368 (* ?x348 ?x107)))
 (or (and (distinct ?x368 ?x536) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x141 (* ?x120 (/ 1.0 2.0))))
 (let ((?x402 (+ ?x141 ?x663)))
 (let ((?x554 (* 2.0 ?x402)))
 (let ((?x395 (- ?x554)))
 (let ((?x746 (+ ?x120 ?x395)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x639 (+ ?x115 ?x746)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x431 (* ?x348 ?x639)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x536 (* ?x113 ?x431)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x536) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x343 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x346 (+ ?x663 ?x343)))
 (let ((?x385 (* 2.0 ?x346)))
 (let ((?x670 (- ?x385)))
 (let ((?x632 (+ ?x120 ?x670)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x588 (+ ?x115 ?x632)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x744 (* ?x348 ?x588)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1237 (* ?x113 ?x744)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x1237) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x141 (* ?x120 (/ 1.0 2.0))))
 (let ((?x402 (+ ?x141 ?x663)))
 (let ((?x554 (* 2.0 ?x402)))
 (let ((?x395 (- ?x554)))
 (let ((?x746 (+ ?x120 ?x395)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x639 (+ ?x115 ?x746)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x431 (* ?x348 ?x639)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x536 (* ?x113 ?x431)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x536) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x343 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x346 (+ ?x663 ?x343)))
 (let ((?x385 (* 2.0 ?x346)))
 (let ((?x670 (- ?x385)))
 (let ((?x632 (+ ?x120 ?x670)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x588 (+ ?x115 ?x632)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x744 (* ?x348 ?x588)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1237 (* ?x113 ?x744)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x1237) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x121 (* ?x119 ?x52)))
 (let ((?x122 (/ ?x121 ?x44)))
 (let ((?x120 (- ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (* 2.0 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (+ ?x120 ?x125)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x127 (+ ?x115 ?x126)))
 (let ((?x111 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x128 (* ?x111 ?x127)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x129 (* ?x113 ?x128)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x101 (* ?x100 ?x99)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (+ ?x95 ?x102)))
 (let ((?x104 (* ?x98 ?x103)))
 (let ((?x105 (* ?x11 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x107 (+ ?x96 ?x106)))
 (let ((?x112 (* ?x111 ?x107)))
 (or (and (distinct ?x112 ?x129) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x121 (* ?x119 ?x52)))
 (let ((?x122 (/ ?x121 ?x44)))
 (let ((?x120 (- ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (* 2.0 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (+ ?x120 ?x125)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x127 (+ ?x115 ?x126)))
 (let ((?x111 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x128 (* ?x111 ?x127)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x129 (* ?x113 ?x128)))
 (let ((?x131 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x184 (* ?x99 ?x131)))
 (let ((?x187 (- ?x184)))
 (let ((?x188 (+ ?x95 ?x187)))
 (let ((?x189 (* ?x98 ?x188)))
 (let ((?x151 (* ?x11 ?x189)))
 (let ((?x152 (- ?x151)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x153 (+ ?x96 ?x152)))
 (let ((?x154 (* ?x111 ?x153)))
 (or (and (distinct ?x154 ?x129) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun log!202 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x121 (* ?x119 ?x52)))
 (let ((?x122 (/ ?x121 ?x44)))
 (let ((?x120 (- ?x119)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (* 2.0 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (+ ?x120 ?x125)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x127 (+ ?x115 ?x126)))
 (let ((?x111 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x128 (* ?x111 ?x127)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x129 (* ?x113 ?x128)))
 (let ((?x131 (/ 1.0 exp!3)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x184 (* ?x99 ?x131)))
 (let ((?x187 (- ?x184)))
 (let ((?x188 (+ ?x95 ?x187)))
 (let ((?x189 (* ?x98 ?x188)))
 (let ((?x151 (* ?x11 ?x189)))
 (let ((?x152 (- ?x151)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x153 (+ ?x96 ?x152)))
 (let ((?x154 (* ?x111 ?x153)))
 (or (and (distinct ?x154 ?x129) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (= 0.0 ?x719))))
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x141 (* ?x120 (/ 1.0 2.0))))
 (let ((?x402 (+ ?x141 ?x663)))
 (let ((?x554 (* 2.0 ?x402)))
 (let ((?x395 (- ?x554)))
 (let ((?x746 (+ ?x120 ?x395)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x639 (+ ?x115 ?x746)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x431 (* ?x348 ?x639)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x536 (* ?x113 ?x431)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x101 (* ?x100 ?x99)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (+ ?x95 ?x102)))
 (let ((?x104 (* ?x98 ?x103)))
 (let ((?x105 (* ?x11 ?x104)))
 (let ((?x106 (- ?x105)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x107 (+ ?x96 ?x106)))
 (let ((?x368 (* ?x348 ?x107)))
 (or (and (distinct ?x368 ?x536) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x141 (* ?x120 (/ 1.0 2.0))))
 (let ((?x402 (+ ?x141 ?x663)))
 (let ((?x554 (* 2.0 ?x402)))
 (let ((?x395 (- ?x554)))
 (let ((?x746 (+ ?x120 ?x395)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x639 (+ ?x115 ?x746)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x431 (* ?x348 ?x639)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x536 (* ?x113 ?x431)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x536) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x343 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x346 (+ ?x663 ?x343)))
 (let ((?x385 (* 2.0 ?x346)))
 (let ((?x670 (- ?x385)))
 (let ((?x632 (+ ?x120 ?x670)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x588 (+ ?x115 ?x632)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x744 (* ?x348 ?x588)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1237 (* ?x113 ?x744)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x1237) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x141 (* ?x120 (/ 1.0 2.0))))
 (let ((?x402 (+ ?x141 ?x663)))
 (let ((?x554 (* 2.0 ?x402)))
 (let ((?x395 (- ?x554)))
 (let ((?x746 (+ ?x120 ?x395)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x639 (+ ?x115 ?x746)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x431 (* ?x348 ?x639)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x536 (* ?x113 ?x431)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x536) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!39 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!202 () Real)
(declare-fun log!280 () Real)
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
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (< 0.0 ?x719))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let (($x157 (= 0.0 ?x719)))
 (not $x157)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x343 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x719 (+ 1.0 ?x100)))
 (let ((?x635 (* ?x120 ?x100)))
 (let ((?x663 (/ ?x635 ?x719)))
 (let ((?x346 (+ ?x663 ?x343)))
 (let ((?x385 (* 2.0 ?x346)))
 (let ((?x670 (- ?x385)))
 (let ((?x632 (+ ?x120 ?x670)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x588 (+ ?x115 ?x632)))
 (let ((?x348 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x744 (* ?x348 ?x588)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1237 (* ?x113 ?x744)))
 (let ((?x170 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x434 (* ?x99 ?x170)))
 (let ((?x225 (- ?x434)))
 (let ((?x273 (+ ?x95 ?x225)))
 (let ((?x237 (* ?x98 ?x273)))
 (let ((?x242 (* ?x11 ?x237)))
 (let ((?x241 (- ?x242)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x439 (+ ?x96 ?x241)))
 (let ((?x416 (* ?x348 ?x439)))
 (or (and (distinct ?x416 ?x1237) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!39 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!39) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!39 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!202 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!202) (< exp!1 exp!3)))
(assert
 (= (< log!202 log!39) (< exp!3 exp!2)))
(assert
 (= (< log!39 log!202) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!202 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!202)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!280 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!280) (< exp!1 exp!4)))
(assert
 (= (< log!280 log!39) (< exp!4 exp!2)))
(assert
 (= (< log!39 log!280) (< exp!2 exp!4)))
(assert
 (= (< log!280 log!202) (< exp!4 exp!3)))
(assert
 (= (< log!202 log!280) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!280 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!280)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!39) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!39) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!202) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!202) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!280) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!280) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
