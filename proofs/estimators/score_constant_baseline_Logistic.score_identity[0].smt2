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
 (let ((?x319 (* ?x92 ?x123)))
 (let ((?x320 (- ?x319)))
 (let ((?x329 (+ ?x91 ?x320)))
 (let ((?x270 (/ ?x329 scale)))
 (let ((?x325 (- ?x270)))
 (let ((?x333 (* ?x102 ?x325)))
 (or (and (distinct ?x333 ?x121) true))))))))))))))))))))))))))))))))))
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
 (let ((?x319 (* ?x92 ?x123)))
 (let ((?x320 (- ?x319)))
 (let ((?x329 (+ ?x91 ?x320)))
 (let ((?x270 (/ ?x329 scale)))
 (let ((?x325 (- ?x270)))
 (let ((?x333 (* ?x102 ?x325)))
 (or (and (distinct ?x333 ?x121) true))))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (= 0.0 ?x382))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x515 (* ?x112 (/ 1.0 2.0))))
 (let ((?x246 (+ ?x515 ?x585)))
 (let ((?x157 (* 2.0 ?x246)))
 (let ((?x269 (- ?x157)))
 (let ((?x365 (+ ?x112 ?x269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x548 (+ ?x105 ?x365)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x519 (* ?x176 ?x548)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x151 (* ?x90 ?x519)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x195 (* ?x98 ?x176)))
 (or (and (distinct ?x195 ?x151) true)))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x515 (* ?x112 (/ 1.0 2.0))))
 (let ((?x246 (+ ?x515 ?x585)))
 (let ((?x157 (* 2.0 ?x246)))
 (let ((?x269 (- ?x157)))
 (let ((?x365 (+ ?x112 ?x269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x548 (+ ?x105 ?x365)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x519 (* ?x176 ?x548)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x151 (* ?x90 ?x519)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x151) true))))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x489 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x402 (+ ?x585 ?x489)))
 (let ((?x555 (* 2.0 ?x402)))
 (let ((?x710 (- ?x555)))
 (let ((?x715 (+ ?x112 ?x710)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1036 (+ ?x105 ?x715)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x718 (* ?x176 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1037 (* ?x90 ?x718)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x1037) true))))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x515 (* ?x112 (/ 1.0 2.0))))
 (let ((?x246 (+ ?x515 ?x585)))
 (let ((?x157 (* 2.0 ?x246)))
 (let ((?x269 (- ?x157)))
 (let ((?x365 (+ ?x112 ?x269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x548 (+ ?x105 ?x365)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x519 (* ?x176 ?x548)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x151 (* ?x90 ?x519)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x151) true))))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x489 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x402 (+ ?x585 ?x489)))
 (let ((?x555 (* 2.0 ?x402)))
 (let ((?x710 (- ?x555)))
 (let ((?x715 (+ ?x112 ?x710)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1036 (+ ?x105 ?x715)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x718 (* ?x176 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1037 (* ?x90 ?x718)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x1037) true))))))))))))))))))))))))))))))))))
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
 (let ((?x319 (* ?x92 ?x123)))
 (let ((?x320 (- ?x319)))
 (let ((?x329 (+ ?x91 ?x320)))
 (let ((?x270 (/ ?x329 scale)))
 (let ((?x325 (- ?x270)))
 (let ((?x333 (* ?x102 ?x325)))
 (or (and (distinct ?x333 ?x121) true)))))))))))))))))))))))))))))))))
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
 (let ((?x319 (* ?x92 ?x123)))
 (let ((?x320 (- ?x319)))
 (let ((?x329 (+ ?x91 ?x320)))
 (let ((?x270 (/ ?x329 scale)))
 (let ((?x325 (- ?x270)))
 (let ((?x333 (* ?x102 ?x325)))
 (or (and (distinct ?x333 ?x121) true)))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (= 0.0 ?x382))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x515 (* ?x112 (/ 1.0 2.0))))
 (let ((?x246 (+ ?x515 ?x585)))
 (let ((?x157 (* 2.0 ?x246)))
 (let ((?x269 (- ?x157)))
 (let ((?x365 (+ ?x112 ?x269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x548 (+ ?x105 ?x365)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x519 (* ?x176 ?x548)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x151 (* ?x90 ?x519)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x98 (- ?x97)))
 (let ((?x195 (* ?x98 ?x176)))
 (or (and (distinct ?x195 ?x151) true)))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x515 (* ?x112 (/ 1.0 2.0))))
 (let ((?x246 (+ ?x515 ?x585)))
 (let ((?x157 (* 2.0 ?x246)))
 (let ((?x269 (- ?x157)))
 (let ((?x365 (+ ?x112 ?x269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x548 (+ ?x105 ?x365)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x519 (* ?x176 ?x548)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x151 (* ?x90 ?x519)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x151) true))))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
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
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x489 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x402 (+ ?x585 ?x489)))
 (let ((?x555 (* 2.0 ?x402)))
 (let ((?x710 (- ?x555)))
 (let ((?x715 (+ ?x112 ?x710)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1036 (+ ?x105 ?x715)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x718 (* ?x176 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1037 (* ?x90 ?x718)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x1037) true))))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x515 (* ?x112 (/ 1.0 2.0))))
 (let ((?x246 (+ ?x515 ?x585)))
 (let ((?x157 (* 2.0 ?x246)))
 (let ((?x269 (- ?x157)))
 (let ((?x365 (+ ?x112 ?x269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x548 (+ ?x105 ?x365)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x519 (* ?x176 ?x548)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x151 (* ?x90 ?x519)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x151) true))))))))))))))))))))))))))))))))))
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
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (< 0.0 ?x382))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x382 (+ 1.0 ?x93)))
 (let (($x652 (= 0.0 ?x382)))
 (not $x652)))))
(assert
 (let ((?x109 (/ 1.0 (* scale scale))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x107 (/ (- 1.0) scale)))
 (let ((?x111 (+ ?x107 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x489 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x382 (+ 1.0 ?x93)))
 (let ((?x509 (* ?x112 ?x93)))
 (let ((?x585 (/ ?x509 ?x382)))
 (let ((?x402 (+ ?x585 ?x489)))
 (let ((?x555 (* 2.0 ?x402)))
 (let ((?x710 (- ?x555)))
 (let ((?x715 (+ ?x112 ?x710)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x105 (- ?x104)))
 (let ((?x1036 (+ ?x105 ?x715)))
 (let ((?x176 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x718 (* ?x176 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x90 (+ f ?x89)))
 (let ((?x1037 (* ?x90 ?x718)))
 (let ((?x286 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x91 (- ?x90)))
 (let ((?x92 (* 2.0 ?x91)))
 (let ((?x627 (* ?x92 ?x286)))
 (let ((?x414 (- ?x627)))
 (let ((?x202 (+ ?x91 ?x414)))
 (let ((?x473 (/ ?x202 scale)))
 (let ((?x263 (- ?x473)))
 (let ((?x471 (* ?x176 ?x263)))
 (or (and (distinct ?x471 ?x1037) true))))))))))))))))))))))))))))))))))
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
