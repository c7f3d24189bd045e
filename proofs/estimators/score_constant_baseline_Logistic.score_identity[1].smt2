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
(declare-fun log!38 () Real)
(declare-fun log!201 () Real)
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
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
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
(declare-fun log!38 () Real)
(declare-fun log!201 () Real)
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
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
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
(declare-fun log!38 () Real)
(declare-fun log!201 () Real)
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
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (= 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x350 (* ?x120 (/ 1.0 2.0))))
 (let ((?x215 (+ ?x350 ?x266)))
 (let ((?x769 (* 2.0 ?x215)))
 (let ((?x355 (- ?x769)))
 (let ((?x322 (+ ?x120 ?x355)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x551 (+ ?x115 ?x322)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x272 (* ?x365 ?x551)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x140 (* ?x113 ?x272)))
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
 (let ((?x456 (* ?x365 ?x107)))
 (or (and (distinct ?x456 ?x140) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x350 (* ?x120 (/ 1.0 2.0))))
 (let ((?x215 (+ ?x350 ?x266)))
 (let ((?x769 (* 2.0 ?x215)))
 (let ((?x355 (- ?x769)))
 (let ((?x322 (+ ?x120 ?x355)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x551 (+ ?x115 ?x322)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x272 (* ?x365 ?x551)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x140 (* ?x113 ?x272)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x140) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x148 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x366 (+ ?x266 ?x148)))
 (let ((?x383 (* 2.0 ?x366)))
 (let ((?x681 (- ?x383)))
 (let ((?x573 (+ ?x120 ?x681)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x835 (+ ?x115 ?x573)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x209 (* ?x365 ?x835)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1240 (* ?x113 ?x209)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x1240) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x350 (* ?x120 (/ 1.0 2.0))))
 (let ((?x215 (+ ?x350 ?x266)))
 (let ((?x769 (* 2.0 ?x215)))
 (let ((?x355 (- ?x769)))
 (let ((?x322 (+ ?x120 ?x355)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x551 (+ ?x115 ?x322)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x272 (* ?x365 ?x551)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x140 (* ?x113 ?x272)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x140) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x148 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x366 (+ ?x266 ?x148)))
 (let ((?x383 (* 2.0 ?x366)))
 (let ((?x681 (- ?x383)))
 (let ((?x573 (+ ?x120 ?x681)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x835 (+ ?x115 ?x573)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x209 (* ?x365 ?x835)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1240 (* ?x113 ?x209)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x1240) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun log!201 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!279 () Real)
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
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun log!201 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!279 () Real)
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
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun log!201 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!279 () Real)
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
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (= 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x350 (* ?x120 (/ 1.0 2.0))))
 (let ((?x215 (+ ?x350 ?x266)))
 (let ((?x769 (* 2.0 ?x215)))
 (let ((?x355 (- ?x769)))
 (let ((?x322 (+ ?x120 ?x355)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x551 (+ ?x115 ?x322)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x272 (* ?x365 ?x551)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x140 (* ?x113 ?x272)))
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
 (let ((?x456 (* ?x365 ?x107)))
 (or (and (distinct ?x456 ?x140) true))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x350 (* ?x120 (/ 1.0 2.0))))
 (let ((?x215 (+ ?x350 ?x266)))
 (let ((?x769 (* 2.0 ?x215)))
 (let ((?x355 (- ?x769)))
 (let ((?x322 (+ ?x120 ?x355)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x551 (+ ?x115 ?x322)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x272 (* ?x365 ?x551)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x140 (* ?x113 ?x272)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x140) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x148 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x366 (+ ?x266 ?x148)))
 (let ((?x383 (* 2.0 ?x366)))
 (let ((?x681 (- ?x383)))
 (let ((?x573 (+ ?x120 ?x681)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x835 (+ ?x115 ?x573)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x209 (* ?x365 ?x835)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1240 (* ?x113 ?x209)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x1240) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x350 (* ?x120 (/ 1.0 2.0))))
 (let ((?x215 (+ ?x350 ?x266)))
 (let ((?x769 (* 2.0 ?x215)))
 (let ((?x355 (- ?x769)))
 (let ((?x322 (+ ?x120 ?x355)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x551 (+ ?x115 ?x322)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x272 (* ?x365 ?x551)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x140 (* ?x113 ?x272)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x140) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
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
(declare-fun log!38 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!201 () Real)
(declare-fun log!279 () Real)
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
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (< 0.0 ?x876))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x876 (+ 1.0 ?x100)))
 (let (($x785 (= 0.0 ?x876)))
 (not $x785)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x117 (- ?x11)))
 (let ((?x98 (/ 1.0 (* scale scale))))
 (let ((?x118 (* ?x98 ?x117)))
 (let ((?x116 (/ 0.0 scale)))
 (let ((?x119 (+ ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x148 (* 0.0 ?x120)))
 (let ((?x100 (/ 1.0 exp!1)))
 (let ((?x876 (+ 1.0 ?x100)))
 (let ((?x634 (* ?x120 ?x100)))
 (let ((?x266 (/ ?x634 ?x876)))
 (let ((?x366 (+ ?x266 ?x148)))
 (let ((?x383 (* 2.0 ?x366)))
 (let ((?x681 (- ?x383)))
 (let ((?x573 (+ ?x120 ?x681)))
 (let ((?x114 (/ 1.0 scale)))
 (let ((?x115 (- ?x114)))
 (let ((?x835 (+ ?x115 ?x573)))
 (let ((?x365 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x209 (* ?x365 ?x835)))
 (let ((?x88 (- b)))
 (let ((?x113 (+ f ?x88)))
 (let ((?x1240 (* ?x113 ?x209)))
 (let ((?x553 (/ (/ ?x100 exp!5) exp!4)))
 (let ((?x93 (* f 1.0)))
 (let ((?x91 (* ?x88 1.0)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x99 (* 2.0 ?x95)))
 (let ((?x159 (* ?x99 ?x553)))
 (let ((?x281 (- ?x159)))
 (let ((?x783 (+ ?x95 ?x281)))
 (let ((?x459 (* ?x98 ?x783)))
 (let ((?x262 (* ?x11 ?x459)))
 (let ((?x739 (- ?x262)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x208 (+ ?x96 ?x739)))
 (let ((?x627 (* ?x365 ?x208)))
 (or (and (distinct ?x627 ?x1240) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!38 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!38) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!38 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!201 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!201) (< exp!1 exp!3)))
(assert
 (= (< log!201 log!38) (< exp!3 exp!2)))
(assert
 (= (< log!38 log!201) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!201 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!201)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!279 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!279) (< exp!1 exp!4)))
(assert
 (= (< log!279 log!38) (< exp!4 exp!2)))
(assert
 (= (< log!38 log!279) (< exp!2 exp!4)))
(assert
 (= (< log!279 log!201) (< exp!4 exp!3)))
(assert
 (= (< log!201 log!279) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!279 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!279)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!38) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!38) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!201) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!201) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!279) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!279) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
