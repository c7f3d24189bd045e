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
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!31 () Real)
(declare-fun log!194 () Real)
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
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
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
(declare-fun log!31 () Real)
(declare-fun log!194 () Real)
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
 (let ((?x174 (* ?x11 ?x189)))
 (let ((?x175 (- ?x174)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x332 (+ ?x96 ?x175)))
 (let ((?x333 (* ?x111 ?x332)))
 (or (and (distinct ?x333 ?x129) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
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
(declare-fun log!31 () Real)
(declare-fun log!194 () Real)
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
 (let ((?x174 (* ?x11 ?x189)))
 (let ((?x175 (- ?x174)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x332 (+ ?x96 ?x175)))
 (let ((?x333 (* ?x111 ?x332)))
 (or (and (distinct ?x333 ?x129) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (= 0.0 ?x728))))
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x515 (* ?x120 (/ 1.0 2.0))))
 (let ((?x280 (+ ?x515 ?x745)))
 (let ((?x636 (* 2.0 ?x280)))
 (let ((?x660 (- ?x636)))
 (let ((?x192 (+ ?x120 ?x660)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x603 (+ ?x115 ?x192)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x321 (* ?x412 ?x603)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x732 (* ?x113 ?x321)))
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
 (let ((?x355 (* ?x412 ?x107)))
 (or (and (distinct ?x355 ?x732) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x515 (* ?x120 (/ 1.0 2.0))))
 (let ((?x280 (+ ?x515 ?x745)))
 (let ((?x636 (* 2.0 ?x280)))
 (let ((?x660 (- ?x636)))
 (let ((?x192 (+ ?x120 ?x660)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x603 (+ ?x115 ?x192)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x321 (* ?x412 ?x603)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x732 (* ?x113 ?x321)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x732) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x134 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x704 (+ ?x745 ?x134)))
 (let ((?x722 (* 2.0 ?x704)))
 (let ((?x736 (- ?x722)))
 (let ((?x343 (+ ?x120 ?x736)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x657 (+ ?x115 ?x343)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x651 (* ?x412 ?x657)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1238 (* ?x113 ?x651)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x1238) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x515 (* ?x120 (/ 1.0 2.0))))
 (let ((?x280 (+ ?x515 ?x745)))
 (let ((?x636 (* 2.0 ?x280)))
 (let ((?x660 (- ?x636)))
 (let ((?x192 (+ ?x120 ?x660)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x603 (+ ?x115 ?x192)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x321 (* ?x412 ?x603)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x732 (* ?x113 ?x321)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x732) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x134 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x704 (+ ?x745 ?x134)))
 (let ((?x722 (* 2.0 ?x704)))
 (let ((?x736 (- ?x722)))
 (let ((?x343 (+ ?x120 ?x736)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x657 (+ ?x115 ?x343)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x651 (* ?x412 ?x657)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1238 (* ?x113 ?x651)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x1238) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun log!194 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!272 () Real)
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
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun log!194 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x174 (* ?x11 ?x189)))
 (let ((?x175 (- ?x174)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x332 (+ ?x96 ?x175)))
 (let ((?x333 (* ?x111 ?x332)))
 (or (and (distinct ?x333 ?x129) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun log!194 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x174 (* ?x11 ?x189)))
 (let ((?x175 (- ?x174)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x332 (+ ?x96 ?x175)))
 (let ((?x333 (* ?x111 ?x332)))
 (or (and (distinct ?x333 ?x129) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (= 0.0 ?x728))))
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x515 (* ?x120 (/ 1.0 2.0))))
 (let ((?x280 (+ ?x515 ?x745)))
 (let ((?x636 (* 2.0 ?x280)))
 (let ((?x660 (- ?x636)))
 (let ((?x192 (+ ?x120 ?x660)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x603 (+ ?x115 ?x192)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x321 (* ?x412 ?x603)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x732 (* ?x113 ?x321)))
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
 (let ((?x355 (* ?x412 ?x107)))
 (or (and (distinct ?x355 ?x732) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x515 (* ?x120 (/ 1.0 2.0))))
 (let ((?x280 (+ ?x515 ?x745)))
 (let ((?x636 (* 2.0 ?x280)))
 (let ((?x660 (- ?x636)))
 (let ((?x192 (+ ?x120 ?x660)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x603 (+ ?x115 ?x192)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x321 (* ?x412 ?x603)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x732 (* ?x113 ?x321)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x732) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x134 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x704 (+ ?x745 ?x134)))
 (let ((?x722 (* 2.0 ?x704)))
 (let ((?x736 (- ?x722)))
 (let ((?x343 (+ ?x120 ?x736)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x657 (+ ?x115 ?x343)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x651 (* ?x412 ?x657)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1238 (* ?x113 ?x651)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x1238) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x515 (* ?x120 (/ 1.0 2.0))))
 (let ((?x280 (+ ?x515 ?x745)))
 (let ((?x636 (* 2.0 ?x280)))
 (let ((?x660 (- ?x636)))
 (let ((?x192 (+ ?x120 ?x660)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x603 (+ ?x115 ?x192)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x321 (* ?x412 ?x603)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x732 (* ?x113 ?x321)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x732) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
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
(declare-fun log!31 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!194 () Real)
(declare-fun log!272 () Real)
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
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (< 0.0 ?x728))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x728 (+ 1.0 ?x100)))
 (let (($x394 (= 0.0 ?x728)))
 (not $x394)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x134 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x728 (+ 1.0 ?x100)))
 (let ((?x638 (* ?x120 ?x100)))
 (let ((?x745 (/ ?x638 ?x728)))
 (let ((?x704 (+ ?x745 ?x134)))
 (let ((?x722 (* 2.0 ?x704)))
 (let ((?x736 (- ?x722)))
 (let ((?x343 (+ ?x120 ?x736)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x657 (+ ?x115 ?x343)))
 (let ((?x412 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x651 (* ?x412 ?x657)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1238 (* ?x113 ?x651)))
 (let ((?x598 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x770 (* ?x99 ?x598)))
 (let ((?x800 (- ?x770)))
 (let ((?x170 (+ ?x95 ?x800)))
 (let ((?x313 (* ?x98 ?x170)))
 (let ((?x366 (* ?x11 ?x313)))
 (let ((?x523 (- ?x366)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x685 (+ ?x96 ?x523)))
 (let ((?x147 (* ?x412 ?x685)))
 (or (and (distinct ?x147 ?x1238) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!31 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!31) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!31 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!194 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!194) (< exp!1 exp!3)))
(assert
 (= (< log!194 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!194) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!194 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!194)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!272 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!272) (< exp!1 exp!4)))
(assert
 (= (< log!272 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!272) (< exp!2 exp!4)))
(assert
 (= (< log!272 log!194) (< exp!4 exp!3)))
(assert
 (= (< log!194 log!272) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!272 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!272)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!31) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!31) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!194) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!194) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!272) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!272) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
