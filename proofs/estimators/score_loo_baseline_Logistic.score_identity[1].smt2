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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x116 (* ?x114 ?x52)))
 (let ((?x117 (/ ?x116 ?x44)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 2.0 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x122 (+ ?x110 ?x121)))
 (let ((?x106 (* exp!3 exp!3)))
 (let ((?x107 (/ (* (/ 1.0 exp!2) exp!1) ?x106)))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x124 (* ?x90 ?x123)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x97 (* ?x95 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (+ ?x91 ?x98)))
 (let ((?x100 (* ?x94 ?x99)))
 (let ((?x101 (* ?x11 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x103 (+ ?x92 ?x102)))
 (let ((?x108 (* ?x107 ?x103)))
 (or (and (distinct ?x108 ?x124) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x116 (* ?x114 ?x52)))
 (let ((?x117 (/ ?x116 ?x44)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 2.0 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x122 (+ ?x110 ?x121)))
 (let ((?x106 (* exp!3 exp!3)))
 (let ((?x107 (/ (* (/ 1.0 exp!2) exp!1) ?x106)))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x124 (* ?x90 ?x123)))
 (let ((?x126 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x169 (* ?x95 ?x126)))
 (let ((?x170 (- ?x169)))
 (let ((?x323 (+ ?x91 ?x170)))
 (let ((?x324 (* ?x94 ?x323)))
 (let ((?x146 (* ?x11 ?x324)))
 (let ((?x325 (- ?x146)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x326 (+ ?x92 ?x325)))
 (let ((?x327 (* ?x107 ?x326)))
 (or (and (distinct ?x327 ?x124) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x116 (* ?x114 ?x52)))
 (let ((?x117 (/ ?x116 ?x44)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 2.0 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x122 (+ ?x110 ?x121)))
 (let ((?x106 (* exp!3 exp!3)))
 (let ((?x107 (/ (* (/ 1.0 exp!2) exp!1) ?x106)))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x124 (* ?x90 ?x123)))
 (let ((?x126 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x169 (* ?x95 ?x126)))
 (let ((?x170 (- ?x169)))
 (let ((?x323 (+ ?x91 ?x170)))
 (let ((?x324 (* ?x94 ?x323)))
 (let ((?x146 (* ?x11 ?x324)))
 (let ((?x325 (- ?x146)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x326 (+ ?x92 ?x325)))
 (let ((?x327 (* ?x107 ?x326)))
 (or (and (distinct ?x327 ?x124) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (= 0.0 ?x657))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x358 (* ?x115 (/ 1.0 2.0))))
 (let ((?x570 (+ ?x358 ?x174)))
 (let ((?x783 (* 2.0 ?x570)))
 (let ((?x252 (- ?x783)))
 (let ((?x320 (+ ?x115 ?x252)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x203 (+ ?x110 ?x320)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x228 (* ?x781 ?x203)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x163 (* ?x90 ?x228)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x97 (* ?x95 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (+ ?x91 ?x98)))
 (let ((?x100 (* ?x94 ?x99)))
 (let ((?x101 (* ?x11 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x103 (+ ?x92 ?x102)))
 (let ((?x333 (* ?x103 ?x781)))
 (or (and (distinct ?x333 ?x163) true)))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x358 (* ?x115 (/ 1.0 2.0))))
 (let ((?x570 (+ ?x358 ?x174)))
 (let ((?x783 (* 2.0 ?x570)))
 (let ((?x252 (- ?x783)))
 (let ((?x320 (+ ?x115 ?x252)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x203 (+ ?x110 ?x320)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x228 (* ?x781 ?x203)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x163 (* ?x90 ?x228)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x163) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x441 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x762 (+ ?x174 ?x441)))
 (let ((?x285 (* 2.0 ?x762)))
 (let ((?x664 (- ?x285)))
 (let ((?x559 (+ ?x115 ?x664)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x667 (+ ?x110 ?x559)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x131 (* ?x781 ?x667)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1235 (* ?x90 ?x131)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x1235) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x358 (* ?x115 (/ 1.0 2.0))))
 (let ((?x570 (+ ?x358 ?x174)))
 (let ((?x783 (* 2.0 ?x570)))
 (let ((?x252 (- ?x783)))
 (let ((?x320 (+ ?x115 ?x252)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x203 (+ ?x110 ?x320)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x228 (* ?x781 ?x203)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x163 (* ?x90 ?x228)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x163) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x441 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x762 (+ ?x174 ?x441)))
 (let ((?x285 (* 2.0 ?x762)))
 (let ((?x664 (- ?x285)))
 (let ((?x559 (+ ?x115 ?x664)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x667 (+ ?x110 ?x559)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x131 (* ?x781 ?x667)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1235 (* ?x90 ?x131)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x1235) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x116 (* ?x114 ?x52)))
 (let ((?x117 (/ ?x116 ?x44)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 2.0 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x122 (+ ?x110 ?x121)))
 (let ((?x107 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x124 (* ?x90 ?x123)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x97 (* ?x95 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (+ ?x91 ?x98)))
 (let ((?x100 (* ?x94 ?x99)))
 (let ((?x101 (* ?x11 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x103 (+ ?x92 ?x102)))
 (let ((?x108 (* ?x107 ?x103)))
 (or (and (distinct ?x108 ?x124) true)))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x116 (* ?x114 ?x52)))
 (let ((?x117 (/ ?x116 ?x44)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 2.0 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x122 (+ ?x110 ?x121)))
 (let ((?x107 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x124 (* ?x90 ?x123)))
 (let ((?x126 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x169 (* ?x95 ?x126)))
 (let ((?x170 (- ?x169)))
 (let ((?x323 (+ ?x91 ?x170)))
 (let ((?x324 (* ?x94 ?x323)))
 (let ((?x146 (* ?x11 ?x324)))
 (let ((?x325 (- ?x146)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x326 (+ ?x92 ?x325)))
 (let ((?x327 (* ?x107 ?x326)))
 (or (and (distinct ?x327 ?x124) true)))))))))))))))))))))))))))))))))))))))
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
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x116 (* ?x114 ?x52)))
 (let ((?x117 (/ ?x116 ?x44)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 2.0 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x122 (+ ?x110 ?x121)))
 (let ((?x107 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x123 (* ?x107 ?x122)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x124 (* ?x90 ?x123)))
 (let ((?x126 (/ 1.0 exp!3)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x169 (* ?x95 ?x126)))
 (let ((?x170 (- ?x169)))
 (let ((?x323 (+ ?x91 ?x170)))
 (let ((?x324 (* ?x94 ?x323)))
 (let ((?x146 (* ?x11 ?x324)))
 (let ((?x325 (- ?x146)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x326 (+ ?x92 ?x325)))
 (let ((?x327 (* ?x107 ?x326)))
 (or (and (distinct ?x327 ?x124) true)))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (= 0.0 ?x657))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x358 (* ?x115 (/ 1.0 2.0))))
 (let ((?x570 (+ ?x358 ?x174)))
 (let ((?x783 (* 2.0 ?x570)))
 (let ((?x252 (- ?x783)))
 (let ((?x320 (+ ?x115 ?x252)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x203 (+ ?x110 ?x320)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x228 (* ?x781 ?x203)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x163 (* ?x90 ?x228)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x97 (* ?x95 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (+ ?x91 ?x98)))
 (let ((?x100 (* ?x94 ?x99)))
 (let ((?x101 (* ?x11 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x103 (+ ?x92 ?x102)))
 (let ((?x333 (* ?x103 ?x781)))
 (or (and (distinct ?x333 ?x163) true)))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x358 (* ?x115 (/ 1.0 2.0))))
 (let ((?x570 (+ ?x358 ?x174)))
 (let ((?x783 (* 2.0 ?x570)))
 (let ((?x252 (- ?x783)))
 (let ((?x320 (+ ?x115 ?x252)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x203 (+ ?x110 ?x320)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x228 (* ?x781 ?x203)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x163 (* ?x90 ?x228)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x163) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x441 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x762 (+ ?x174 ?x441)))
 (let ((?x285 (* 2.0 ?x762)))
 (let ((?x664 (- ?x285)))
 (let ((?x559 (+ ?x115 ?x664)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x667 (+ ?x110 ?x559)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x131 (* ?x781 ?x667)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1235 (* ?x90 ?x131)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x1235) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x358 (* ?x115 (/ 1.0 2.0))))
 (let ((?x570 (+ ?x358 ?x174)))
 (let ((?x783 (* 2.0 ?x570)))
 (let ((?x252 (- ?x783)))
 (let ((?x320 (+ ?x115 ?x252)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x203 (+ ?x110 ?x320)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x228 (* ?x781 ?x203)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x163 (* ?x90 ?x228)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x163) true))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (< 0.0 ?x657))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let (($x305 (= 0.0 ?x657)))
 (not $x305)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x441 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x657 (+ 1.0 ?x96)))
 (let ((?x874 (* ?x115 ?x96)))
 (let ((?x174 (/ ?x874 ?x657)))
 (let ((?x762 (+ ?x174 ?x441)))
 (let ((?x285 (* 2.0 ?x762)))
 (let ((?x664 (- ?x285)))
 (let ((?x559 (+ ?x115 ?x664)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x667 (+ ?x110 ?x559)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x131 (* ?x781 ?x667)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1235 (* ?x90 ?x131)))
 (let ((?x371 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x482 (* ?x95 ?x371)))
 (let ((?x379 (- ?x482)))
 (let ((?x216 (+ ?x91 ?x379)))
 (let ((?x744 (* ?x94 ?x216)))
 (let ((?x527 (* ?x11 ?x744)))
 (let ((?x247 (- ?x527)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x177 (+ ?x92 ?x247)))
 (let ((?x625 (* ?x781 ?x177)))
 (or (and (distinct ?x625 ?x1235) true))))))))))))))))))))))))))))))))))))))))
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
