; certjax: rule estimators.score_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun log!182 () Real)
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
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x119 (+ ?x107 ?x118)))
 (let ((?x103 (* exp!3 exp!3)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) ?x103)))
 (let ((?x120 (* ?x104 ?x119)))
 (let ((?x121 (* f ?x120)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x88 ?x95)))
 (let ((?x97 (* ?x91 ?x96)))
 (let ((?x98 (* ?x11 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x100 (+ ?x89 ?x99)))
 (let ((?x105 (* ?x104 ?x100)))
 (or (and (distinct ?x105 ?x121) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
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
(declare-fun log!182 () Real)
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
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x119 (+ ?x107 ?x118)))
 (let ((?x103 (* exp!3 exp!3)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) ?x103)))
 (let ((?x120 (* ?x104 ?x119)))
 (let ((?x121 (* f ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x143 (* ?x92 ?x123)))
 (let ((?x394 (- ?x143)))
 (let ((?x395 (+ ?x88 ?x394)))
 (let ((?x404 (* ?x91 ?x395)))
 (let ((?x345 (* ?x11 ?x404)))
 (let ((?x400 (- ?x345)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x408 (+ ?x89 ?x400)))
 (let ((?x410 (* ?x104 ?x408)))
 (or (and (distinct ?x410 ?x121) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
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
(declare-fun log!182 () Real)
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
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x119 (+ ?x107 ?x118)))
 (let ((?x103 (* exp!3 exp!3)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) ?x103)))
 (let ((?x120 (* ?x104 ?x119)))
 (let ((?x121 (* f ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x143 (* ?x92 ?x123)))
 (let ((?x394 (- ?x143)))
 (let ((?x395 (+ ?x88 ?x394)))
 (let ((?x404 (* ?x91 ?x395)))
 (let ((?x345 (* ?x11 ?x404)))
 (let ((?x400 (- ?x345)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x408 (+ ?x89 ?x400)))
 (let ((?x410 (* ?x104 ?x408)))
 (or (and (distinct ?x410 ?x121) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (= 0.0 ?x468))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x329 (* ?x112 (/ 1.0 2.0))))
 (let ((?x577 (+ ?x329 ?x348)))
 (let ((?x790 (* 2.0 ?x577)))
 (let ((?x365 (- ?x790)))
 (let ((?x670 (+ ?x112 ?x365)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x512 (+ ?x107 ?x670)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x403 (* ?x562 ?x512)))
 (let ((?x665 (* f ?x403)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x88 ?x95)))
 (let ((?x97 (* ?x91 ?x96)))
 (let ((?x98 (* ?x11 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x100 (+ ?x89 ?x99)))
 (let ((?x262 (* ?x100 ?x562)))
 (or (and (distinct ?x262 ?x665) true)))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x329 (* ?x112 (/ 1.0 2.0))))
 (let ((?x577 (+ ?x329 ?x348)))
 (let ((?x790 (* 2.0 ?x577)))
 (let ((?x365 (- ?x790)))
 (let ((?x670 (+ ?x112 ?x365)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x512 (+ ?x107 ?x670)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x403 (* ?x562 ?x512)))
 (let ((?x665 (* f ?x403)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x665) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x127 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x423 (+ ?x348 ?x127)))
 (let ((?x372 (* 2.0 ?x423)))
 (let ((?x747 (- ?x372)))
 (let ((?x163 (+ ?x112 ?x747)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x705 (+ ?x107 ?x163)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x312 (* ?x562 ?x705)))
 (let ((?x1156 (* f ?x312)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x1156) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x329 (* ?x112 (/ 1.0 2.0))))
 (let ((?x577 (+ ?x329 ?x348)))
 (let ((?x790 (* 2.0 ?x577)))
 (let ((?x365 (- ?x790)))
 (let ((?x670 (+ ?x112 ?x365)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x512 (+ ?x107 ?x670)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x403 (* ?x562 ?x512)))
 (let ((?x665 (* f ?x403)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x665) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x127 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x423 (+ ?x348 ?x127)))
 (let ((?x372 (* 2.0 ?x423)))
 (let ((?x747 (- ?x372)))
 (let ((?x163 (+ ?x112 ?x747)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x705 (+ ?x107 ?x163)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x312 (* ?x562 ?x705)))
 (let ((?x1156 (* f ?x312)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x1156) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x119 (+ ?x107 ?x118)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x120 (* ?x104 ?x119)))
 (let ((?x121 (* f ?x120)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x88 ?x95)))
 (let ((?x97 (* ?x91 ?x96)))
 (let ((?x98 (* ?x11 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x100 (+ ?x89 ?x99)))
 (let ((?x105 (* ?x104 ?x100)))
 (or (and (distinct ?x105 ?x121) true)))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x119 (+ ?x107 ?x118)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x120 (* ?x104 ?x119)))
 (let ((?x121 (* f ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x143 (* ?x92 ?x123)))
 (let ((?x394 (- ?x143)))
 (let ((?x395 (+ ?x88 ?x394)))
 (let ((?x404 (* ?x91 ?x395)))
 (let ((?x345 (* ?x11 ?x404)))
 (let ((?x400 (- ?x345)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x408 (+ ?x89 ?x400)))
 (let ((?x410 (* ?x104 ?x408)))
 (or (and (distinct ?x410 ?x121) true)))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x113 (* ?x111 ?x52)))
 (let ((?x114 (/ ?x113 ?x44)))
 (let ((?x112 (- ?x111)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 2.0 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x119 (+ ?x107 ?x118)))
 (let ((?x104 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x120 (* ?x104 ?x119)))
 (let ((?x121 (* f ?x120)))
 (let ((?x123 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x143 (* ?x92 ?x123)))
 (let ((?x394 (- ?x143)))
 (let ((?x395 (+ ?x88 ?x394)))
 (let ((?x404 (* ?x91 ?x395)))
 (let ((?x345 (* ?x11 ?x404)))
 (let ((?x400 (- ?x345)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x408 (+ ?x89 ?x400)))
 (let ((?x410 (* ?x104 ?x408)))
 (or (and (distinct ?x410 ?x121) true)))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (= 0.0 ?x468))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x329 (* ?x112 (/ 1.0 2.0))))
 (let ((?x577 (+ ?x329 ?x348)))
 (let ((?x790 (* 2.0 ?x577)))
 (let ((?x365 (- ?x790)))
 (let ((?x670 (+ ?x112 ?x365)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x512 (+ ?x107 ?x670)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x403 (* ?x562 ?x512)))
 (let ((?x665 (* f ?x403)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x94 (* ?x92 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x96 (+ ?x88 ?x95)))
 (let ((?x97 (* ?x91 ?x96)))
 (let ((?x98 (* ?x11 ?x97)))
 (let ((?x99 (- ?x98)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x100 (+ ?x89 ?x99)))
 (let ((?x262 (* ?x100 ?x562)))
 (or (and (distinct ?x262 ?x665) true)))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x329 (* ?x112 (/ 1.0 2.0))))
 (let ((?x577 (+ ?x329 ?x348)))
 (let ((?x790 (* 2.0 ?x577)))
 (let ((?x365 (- ?x790)))
 (let ((?x670 (+ ?x112 ?x365)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x512 (+ ?x107 ?x670)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x403 (* ?x562 ?x512)))
 (let ((?x665 (* f ?x403)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x665) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x127 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x423 (+ ?x348 ?x127)))
 (let ((?x372 (* 2.0 ?x423)))
 (let ((?x747 (- ?x372)))
 (let ((?x163 (+ ?x112 ?x747)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x705 (+ ?x107 ?x163)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x312 (* ?x562 ?x705)))
 (let ((?x1156 (* f ?x312)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x1156) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x329 (* ?x112 (/ 1.0 2.0))))
 (let ((?x577 (+ ?x329 ?x348)))
 (let ((?x790 (* 2.0 ?x577)))
 (let ((?x365 (- ?x790)))
 (let ((?x670 (+ ?x112 ?x365)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x512 (+ ?x107 ?x670)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x403 (* ?x562 ?x512)))
 (let ((?x665 (* f ?x403)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x665) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
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
(declare-fun log!182 () Real)
(declare-fun log!251 () Real)
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
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (< 0.0 ?x468))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x468 (+ 1.0 ?x93)))
 (let (($x683 (= 0.0 ?x468)))
 (not $x683)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x109 (- ?x11)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x110 (* ?x91 ?x109)))
 (let ((?x108 (/ 0.0 scale)))
 (let ((?x111 (+ ?x108 ?x110)))
 (let ((?x112 (- ?x111)))
 (let ((?x127 (* 0.0 ?x112)))
 (let ((?x93 (/ 1.0 exp!1)))
 (let ((?x468 (+ 1.0 ?x93)))
 (let ((?x795 (* ?x112 ?x93)))
 (let ((?x348 (/ ?x795 ?x468)))
 (let ((?x423 (+ ?x348 ?x127)))
 (let ((?x372 (* 2.0 ?x423)))
 (let ((?x747 (- ?x372)))
 (let ((?x163 (+ ?x112 ?x747)))
 (let ((?x106 (/ 1.0 scale)))
 (let ((?x107 (- ?x106)))
 (let ((?x705 (+ ?x107 ?x163)))
 (let ((?x562 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x312 (* ?x562 ?x705)))
 (let ((?x1156 (* f ?x312)))
 (let ((?x694 (/ (/ ?x93 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x92 (* 2.0 ?x88)))
 (let ((?x354 (* ?x92 ?x694)))
 (let ((?x215 (- ?x354)))
 (let ((?x232 (+ ?x88 ?x215)))
 (let ((?x274 (* ?x91 ?x232)))
 (let ((?x248 (* ?x11 ?x274)))
 (let ((?x359 (- ?x248)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x720 (+ ?x89 ?x359)))
 (let ((?x201 (* ?x562 ?x720)))
 (or (and (distinct ?x201 ?x1156) true))))))))))))))))))))))))))))))))))))))
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
 (= (< log!182 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!182) (< exp!1 exp!3)))
(assert
 (= (< log!182 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!182) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!182 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!182)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!251 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!251) (< exp!1 exp!4)))
(assert
 (= (< log!251 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!251) (< exp!2 exp!4)))
(assert
 (= (< log!251 log!182) (< exp!4 exp!3)))
(assert
 (= (< log!182 log!251) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!251 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!251)))
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
 (= (< 0.0 log!182) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!182) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!251) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!251) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
