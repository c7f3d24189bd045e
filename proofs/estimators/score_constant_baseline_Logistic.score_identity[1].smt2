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
(declare-fun log!185 () Real)
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
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
(declare-fun log!185 () Real)
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
 (let ((?x146 (* ?x95 ?x126)))
 (let ((?x475 (- ?x146)))
 (let ((?x476 (+ ?x91 ?x475)))
 (let ((?x485 (* ?x94 ?x476)))
 (let ((?x426 (* ?x11 ?x485)))
 (let ((?x481 (- ?x426)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x489 (+ ?x92 ?x481)))
 (let ((?x491 (* ?x107 ?x489)))
 (or (and (distinct ?x491 ?x124) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
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
(declare-fun log!185 () Real)
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
 (let ((?x146 (* ?x95 ?x126)))
 (let ((?x475 (- ?x146)))
 (let ((?x476 (+ ?x91 ?x475)))
 (let ((?x485 (* ?x94 ?x476)))
 (let ((?x426 (* ?x11 ?x485)))
 (let ((?x481 (- ?x426)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x489 (+ ?x92 ?x481)))
 (let ((?x491 (* ?x107 ?x489)))
 (or (and (distinct ?x491 ?x124) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (= 0.0 ?x600))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x427 (* ?x115 (/ 1.0 2.0))))
 (let ((?x553 (+ ?x427 ?x326)))
 (let ((?x456 (* 2.0 ?x553)))
 (let ((?x172 (- ?x456)))
 (let ((?x215 (+ ?x115 ?x172)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x871 (+ ?x110 ?x215)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x699 (* ?x635 ?x871)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x520 (* ?x90 ?x699)))
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
 (let ((?x210 (* ?x103 ?x635)))
 (or (and (distinct ?x210 ?x520) true)))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x427 (* ?x115 (/ 1.0 2.0))))
 (let ((?x553 (+ ?x427 ?x326)))
 (let ((?x456 (* 2.0 ?x553)))
 (let ((?x172 (- ?x456)))
 (let ((?x215 (+ ?x115 ?x172)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x871 (+ ?x110 ?x215)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x699 (* ?x635 ?x871)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x520 (* ?x90 ?x699)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x520) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x333 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x283 (+ ?x326 ?x333)))
 (let ((?x354 (* 2.0 ?x283)))
 (let ((?x562 (- ?x354)))
 (let ((?x161 (+ ?x115 ?x562)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x632 (+ ?x110 ?x161)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x775 (* ?x635 ?x632)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1231 (* ?x90 ?x775)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x1231) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x427 (* ?x115 (/ 1.0 2.0))))
 (let ((?x553 (+ ?x427 ?x326)))
 (let ((?x456 (* 2.0 ?x553)))
 (let ((?x172 (- ?x456)))
 (let ((?x215 (+ ?x115 ?x172)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x871 (+ ?x110 ?x215)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x699 (* ?x635 ?x871)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x520 (* ?x90 ?x699)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x520) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x333 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x283 (+ ?x326 ?x333)))
 (let ((?x354 (* 2.0 ?x283)))
 (let ((?x562 (- ?x354)))
 (let ((?x161 (+ ?x115 ?x562)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x632 (+ ?x110 ?x161)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x775 (* ?x635 ?x632)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1231 (* ?x90 ?x775)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x1231) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!254 () Real)
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x146 (* ?x95 ?x126)))
 (let ((?x475 (- ?x146)))
 (let ((?x476 (+ ?x91 ?x475)))
 (let ((?x485 (* ?x94 ?x476)))
 (let ((?x426 (* ?x11 ?x485)))
 (let ((?x481 (- ?x426)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x489 (+ ?x92 ?x481)))
 (let ((?x491 (* ?x107 ?x489)))
 (or (and (distinct ?x491 ?x124) true)))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x146 (* ?x95 ?x126)))
 (let ((?x475 (- ?x146)))
 (let ((?x476 (+ ?x91 ?x475)))
 (let ((?x485 (* ?x94 ?x476)))
 (let ((?x426 (* ?x11 ?x485)))
 (let ((?x481 (- ?x426)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x489 (+ ?x92 ?x481)))
 (let ((?x491 (* ?x107 ?x489)))
 (or (and (distinct ?x491 ?x124) true)))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (= 0.0 ?x600))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x427 (* ?x115 (/ 1.0 2.0))))
 (let ((?x553 (+ ?x427 ?x326)))
 (let ((?x456 (* 2.0 ?x553)))
 (let ((?x172 (- ?x456)))
 (let ((?x215 (+ ?x115 ?x172)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x871 (+ ?x110 ?x215)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x699 (* ?x635 ?x871)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x520 (* ?x90 ?x699)))
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
 (let ((?x210 (* ?x103 ?x635)))
 (or (and (distinct ?x210 ?x520) true)))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x427 (* ?x115 (/ 1.0 2.0))))
 (let ((?x553 (+ ?x427 ?x326)))
 (let ((?x456 (* 2.0 ?x553)))
 (let ((?x172 (- ?x456)))
 (let ((?x215 (+ ?x115 ?x172)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x871 (+ ?x110 ?x215)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x699 (* ?x635 ?x871)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x520 (* ?x90 ?x699)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x520) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x333 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x283 (+ ?x326 ?x333)))
 (let ((?x354 (* 2.0 ?x283)))
 (let ((?x562 (- ?x354)))
 (let ((?x161 (+ ?x115 ?x562)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x632 (+ ?x110 ?x161)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x775 (* ?x635 ?x632)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1231 (* ?x90 ?x775)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x1231) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x427 (* ?x115 (/ 1.0 2.0))))
 (let ((?x553 (+ ?x427 ?x326)))
 (let ((?x456 (* 2.0 ?x553)))
 (let ((?x172 (- ?x456)))
 (let ((?x215 (+ ?x115 ?x172)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x871 (+ ?x110 ?x215)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x699 (* ?x635 ?x871)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x520 (* ?x90 ?x699)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x520) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
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
(declare-fun log!185 () Real)
(declare-fun log!254 () Real)
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
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (< 0.0 ?x600))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x600 (+ 1.0 ?x96)))
 (let (($x742 (= 0.0 ?x600)))
 (not $x742)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x112 (- ?x11)))
 (let ((?x94 (/ 1.0 (* scale scale))))
 (let ((?x113 (* ?x94 ?x112)))
 (let ((?x111 (/ 0.0 scale)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x333 (* 0.0 ?x115)))
 (let ((?x96 (/ 1.0 exp!1)))
 (let ((?x600 (+ 1.0 ?x96)))
 (let ((?x875 (* ?x115 ?x96)))
 (let ((?x326 (/ ?x875 ?x600)))
 (let ((?x283 (+ ?x326 ?x333)))
 (let ((?x354 (* 2.0 ?x283)))
 (let ((?x562 (- ?x354)))
 (let ((?x161 (+ ?x115 ?x562)))
 (let ((?x109 (/ 1.0 scale)))
 (let ((?x110 (- ?x109)))
 (let ((?x632 (+ ?x110 ?x161)))
 (let ((?x635 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x775 (* ?x635 ?x632)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1231 (* ?x90 ?x775)))
 (let ((?x508 (/ (/ ?x96 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x95 (* 2.0 ?x91)))
 (let ((?x288 (* ?x95 ?x508)))
 (let ((?x179 (- ?x288)))
 (let ((?x443 (+ ?x91 ?x179)))
 (let ((?x370 (* ?x94 ?x443)))
 (let ((?x313 (* ?x11 ?x370)))
 (let ((?x700 (- ?x313)))
 (let ((?x92 (/ ?x91 scale)))
 (let ((?x745 (+ ?x92 ?x700)))
 (let ((?x460 (* ?x635 ?x745)))
 (or (and (distinct ?x460 ?x1231) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!185 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!185) (< exp!1 exp!3)))
(assert
 (= (< log!185 log!31) (< exp!3 exp!2)))
(assert
 (= (< log!31 log!185) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!185 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!185)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!254 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!254) (< exp!1 exp!4)))
(assert
 (= (< log!254 log!31) (< exp!4 exp!2)))
(assert
 (= (< log!31 log!254) (< exp!2 exp!4)))
(assert
 (= (< log!254 log!185) (< exp!4 exp!3)))
(assert
 (= (< log!185 log!254) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!254 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!254)))
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
 (= (< 0.0 log!185) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!185) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!254) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!254) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
