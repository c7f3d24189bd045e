; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'value', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!3 () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!73 () Real)
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
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x46 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x30 (+ 1.0 ?x46)))
 (< 0.0 ?x30))))
(assert
 (let ((?x112 (- 1.0)))
 (let ((?x113 (+ 1.0 ?x112)))
 (let ((?x114 (* b ?x113)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x110 (* f ?x109)))
 (let ((?x115 (+ ?x110 ?x114)))
 (or (and (distinct 0.0 ?x115) true)))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!73 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!3 () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!73 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!92 () Real)
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
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x116 (/ 1.0 exp!1)))
 (let ((?x117 (* ?x116 exp!2)))
 (let ((?x118 (+ 1.0 ?x117)))
 (< 0.0 ?x118)))))
(assert
 (let ((?x112 (- 1.0)))
 (let ((?x113 (+ 1.0 ?x112)))
 (let ((?x114 (* b ?x113)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x110 (* f ?x109)))
 (let ((?x115 (+ ?x110 ?x114)))
 (or (and (distinct 0.0 ?x115) true)))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!73 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!92 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!92) (< exp!1 exp!5)))
(assert
 (= (< log!92 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!92) (< exp!2 exp!5)))
(assert
 (= (< log!92 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!92) (< exp!3 exp!5)))
(assert
 (= (< log!92 log!73) (< exp!5 exp!4)))
(assert
 (= (< log!73 log!92) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!92 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!92)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!3 () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!73 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!92 () Real)
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
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x46 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x30 (+ 1.0 ?x46)))
 (< 0.0 ?x30))))
(assert
 (let ((?x112 (- 1.0)))
 (let ((?x113 (+ 1.0 ?x112)))
 (let ((?x114 (* b ?x113)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x110 (* f ?x109)))
 (let ((?x115 (+ ?x110 ?x114)))
 (or (and (distinct 0.0 ?x115) true)))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!73 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!92 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!92) (< exp!1 exp!5)))
(assert
 (= (< log!92 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!92) (< exp!2 exp!5)))
(assert
 (= (< log!92 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!92) (< exp!3 exp!5)))
(assert
 (= (< log!92 log!73) (< exp!5 exp!4)))
(assert
 (= (< log!73 log!92) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!92 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!92)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!3 () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!73 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!92 () Real)
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
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x117 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x118 (+ 1.0 ?x117)))
 (< 0.0 ?x118))))
(assert
 (let ((?x112 (- 1.0)))
 (let ((?x113 (+ 1.0 ?x112)))
 (let ((?x114 (* b ?x113)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x110 (* f ?x109)))
 (let ((?x115 (+ ?x110 ?x114)))
 (or (and (distinct 0.0 ?x115) true)))))))))
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
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!73 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!73) (< exp!1 exp!4)))
(assert
 (= (< log!73 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!73) (< exp!2 exp!4)))
(assert
 (= (< log!73 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!73) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!73 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!73)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!92 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!92) (< exp!1 exp!5)))
(assert
 (= (< log!92 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!92) (< exp!2 exp!5)))
(assert
 (= (< log!92 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!92) (< exp!3 exp!5)))
(assert
 (= (< log!92 log!73) (< exp!5 exp!4)))
(assert
 (= (< log!73 log!92) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!92 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!92)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
