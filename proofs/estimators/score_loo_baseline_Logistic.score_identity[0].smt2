; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'score_identity[0]', verdict proved
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
(declare-fun log!33 () Real)
(declare-fun log!187 () Real)
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
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x101 (* exp!3 exp!3)))
 (let ((?x102 (/ (* (/ 1.0 exp!2) exp!1) ?x101)))
 (let ((?x120 (* ?x102 ?x119)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x121 (* ?x90 ?x120)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x103 (* ?x102 ?x98)))
 (or (and (distinct ?x103 ?x121) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
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
(declare-fun log!33 () Real)
(declare-fun log!187 () Real)
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
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x101 (* exp!3 exp!3)))
 (let ((?x102 (/ (* (/ 1.0 exp!2) exp!1) ?x101)))
 (let ((?x120 (* ?x102 ?x119)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x121 (* ?x90 ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x183 (* ?x92 ?x123)))
 (let ((?x192 (- ?x183)))
 (let ((?x177 (+ ?x91 ?x192)))
 (let ((?x185 (/ ?x177 scale)))
 (let ((?x193 (- ?x185)))
 (let ((?x194 (* ?x102 ?x193)))
 (or (and (distinct ?x194 ?x121) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
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
(declare-fun log!33 () Real)
(declare-fun log!187 () Real)
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
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x101 (* exp!3 exp!3)))
 (let ((?x102 (/ (* (/ 1.0 exp!2) exp!1) ?x101)))
 (let ((?x120 (* ?x102 ?x119)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x121 (* ?x90 ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x183 (* ?x92 ?x123)))
 (let ((?x192 (- ?x183)))
 (let ((?x177 (+ ?x91 ?x192)))
 (let ((?x185 (/ ?x177 scale)))
 (let ((?x193 (- ?x185)))
 (let ((?x194 (* ?x102 ?x193)))
 (or (and (distinct ?x194 ?x121) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (= 0.0 ?x522))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x653 (* ?x112 (/ 1.0 2.0))))
 (let ((?x541 (+ ?x653 ?x391)))
 (let ((?x150 (* 2.0 ?x541)))
 (let ((?x198 (- ?x150)))
 (let ((?x226 (+ ?x112 ?x198)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x199 (+ ?x105 ?x226)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x196 (* ?x318 ?x199)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x188 (* ?x90 ?x196)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x167 (* ?x98 ?x318)))
 (or (and (distinct ?x167 ?x188) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x653 (* ?x112 (/ 1.0 2.0))))
 (let ((?x541 (+ ?x653 ?x391)))
 (let ((?x150 (* 2.0 ?x541)))
 (let ((?x198 (- ?x150)))
 (let ((?x226 (+ ?x112 ?x198)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x199 (+ ?x105 ?x226)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x196 (* ?x318 ?x199)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x188 (* ?x90 ?x196)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x188) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x203 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x332 (+ ?x391 ?x203)))
 (let ((?x645 (* 2.0 ?x332)))
 (let ((?x708 (- ?x645)))
 (let ((?x713 (+ ?x112 ?x708)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1034 (+ ?x105 ?x713)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x716 (* ?x318 ?x1034)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1035 (* ?x90 ?x716)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x1035) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x653 (* ?x112 (/ 1.0 2.0))))
 (let ((?x541 (+ ?x653 ?x391)))
 (let ((?x150 (* 2.0 ?x541)))
 (let ((?x198 (- ?x150)))
 (let ((?x226 (+ ?x112 ?x198)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x199 (+ ?x105 ?x226)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x196 (* ?x318 ?x199)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x188 (* ?x90 ?x196)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x188) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x203 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x332 (+ ?x391 ?x203)))
 (let ((?x645 (* 2.0 ?x332)))
 (let ((?x708 (- ?x645)))
 (let ((?x713 (+ ?x112 ?x708)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1034 (+ ?x105 ?x713)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x716 (* ?x318 ?x1034)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1035 (* ?x90 ?x716)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x1035) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun log!187 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x102 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x120 (* ?x102 ?x119)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x121 (* ?x90 ?x120)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x103 (* ?x102 ?x98)))
 (or (and (distinct ?x103 ?x121) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun log!187 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x102 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x120 (* ?x102 ?x119)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x121 (* ?x90 ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x183 (* ?x92 ?x123)))
 (let ((?x192 (- ?x183)))
 (let ((?x177 (+ ?x91 ?x192)))
 (let ((?x185 (/ ?x177 scale)))
 (let ((?x193 (- ?x185)))
 (let ((?x194 (* ?x102 ?x193)))
 (or (and (distinct ?x194 ?x121) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun log!187 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x119 (+ ?x105 ?x118)))
 (let ((?x102 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x120 (* ?x102 ?x119)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x121 (* ?x90 ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x183 (* ?x92 ?x123)))
 (let ((?x192 (- ?x183)))
 (let ((?x177 (+ ?x91 ?x192)))
 (let ((?x185 (/ ?x177 scale)))
 (let ((?x193 (- ?x185)))
 (let ((?x194 (* ?x102 ?x193)))
 (or (and (distinct ?x194 ?x121) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (= 0.0 ?x522))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x653 (* ?x112 (/ 1.0 2.0))))
 (let ((?x541 (+ ?x653 ?x391)))
 (let ((?x150 (* 2.0 ?x541)))
 (let ((?x198 (- ?x150)))
 (let ((?x226 (+ ?x112 ?x198)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x199 (+ ?x105 ?x226)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x196 (* ?x318 ?x199)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x188 (* ?x90 ?x196)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x167 (* ?x98 ?x318)))
 (or (and (distinct ?x167 ?x188) true)))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x653 (* ?x112 (/ 1.0 2.0))))
 (let ((?x541 (+ ?x653 ?x391)))
 (let ((?x150 (* 2.0 ?x541)))
 (let ((?x198 (- ?x150)))
 (let ((?x226 (+ ?x112 ?x198)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x199 (+ ?x105 ?x226)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x196 (* ?x318 ?x199)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x188 (* ?x90 ?x196)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x188) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x203 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x332 (+ ?x391 ?x203)))
 (let ((?x645 (* 2.0 ?x332)))
 (let ((?x708 (- ?x645)))
 (let ((?x713 (+ ?x112 ?x708)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1034 (+ ?x105 ?x713)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x716 (* ?x318 ?x1034)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1035 (* ?x90 ?x716)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x1035) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x653 (* ?x112 (/ 1.0 2.0))))
 (let ((?x541 (+ ?x653 ?x391)))
 (let ((?x150 (* 2.0 ?x541)))
 (let ((?x198 (- ?x150)))
 (let ((?x226 (+ ?x112 ?x198)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x199 (+ ?x105 ?x226)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x196 (* ?x318 ?x199)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x188 (* ?x90 ?x196)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x188) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
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
(declare-fun log!33 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!187 () Real)
(declare-fun log!256 () Real)
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (< 0.0 ?x522))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let (($x241 (= 0.0 ?x522)))
 (not $x241)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x203 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x522 (+ 1.0 ?x93)))
 (let ((?x219 (* ?x112 ?x93)))
 (let ((?x391 (/ ?x219 ?x522)))
 (let ((?x332 (+ ?x391 ?x203)))
 (let ((?x645 (* 2.0 ?x332)))
 (let ((?x708 (- ?x645)))
 (let ((?x713 (+ ?x112 ?x708)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1034 (+ ?x105 ?x713)))
 (let ((?x318 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x716 (* ?x318 ?x1034)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1035 (* ?x90 ?x716)))
 (let ((?x306 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x146 (* ?x92 ?x306)))
 (let ((?x504 (- ?x146)))
 (let ((?x272 (+ ?x91 ?x504)))
 (let ((?x250 (/ ?x272 scale)))
 (let ((?x295 (- ?x250)))
 (let ((?x366 (* ?x318 ?x295)))
 (or (and (distinct ?x366 ?x1035) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!33 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!33) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!33 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!187 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!187) (< exp!1 exp!3)))
(assert
 (= (< log!187 log!33) (< exp!3 exp!2)))
(assert
 (= (< log!33 log!187) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!187 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!187)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!256 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!256) (< exp!1 exp!4)))
(assert
 (= (< log!256 log!33) (< exp!4 exp!2)))
(assert
 (= (< log!33 log!256) (< exp!2 exp!4)))
(assert
 (= (< log!256 log!187) (< exp!4 exp!3)))
(assert
 (= (< log!187 log!256) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!256 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!256)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!33) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!33) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!187) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!187) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!256) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!256) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
