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
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x110 (* ?x108 ?x52)))
 (let ((?x111 (/ ?x110 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (* 2.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x115 (+ ?x109 ?x114)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x98 (* exp!3 exp!3)))
 (let ((?x99 (/ (* (/ 1.0 exp!2) exp!1) ?x98)))
 (let ((?x117 (* ?x99 ?x116)))
 (let ((?x118 (* f ?x117)))
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x91 (* ?x89 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x100 (* ?x99 ?x95)))
 (or (and (distinct ?x100 ?x118) true))))))))))))))))))))))))))))))))
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
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x110 (* ?x108 ?x52)))
 (let ((?x111 (/ ?x110 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (* 2.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x115 (+ ?x109 ?x114)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x98 (* exp!3 exp!3)))
 (let ((?x99 (/ (* (/ 1.0 exp!2) exp!1) ?x98)))
 (let ((?x117 (* ?x99 ?x116)))
 (let ((?x118 (* f ?x117)))
 (let ((?x120 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x164 (* ?x89 ?x120)))
 (let ((?x167 (- ?x164)))
 (let ((?x170 (+ ?x88 ?x167)))
 (let ((?x171 (/ ?x170 scale)))
 (let ((?x172 (- ?x171)))
 (let ((?x173 (* ?x99 ?x172)))
 (or (and (distinct ?x173 ?x118) true))))))))))))))))))))))))))))))))
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
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x110 (* ?x108 ?x52)))
 (let ((?x111 (/ ?x110 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (* 2.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x115 (+ ?x109 ?x114)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x98 (* exp!3 exp!3)))
 (let ((?x99 (/ (* (/ 1.0 exp!2) exp!1) ?x98)))
 (let ((?x117 (* ?x99 ?x116)))
 (let ((?x118 (* f ?x117)))
 (let ((?x120 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x164 (* ?x89 ?x120)))
 (let ((?x167 (- ?x164)))
 (let ((?x170 (+ ?x88 ?x167)))
 (let ((?x171 (/ ?x170 scale)))
 (let ((?x172 (- ?x171)))
 (let ((?x173 (* ?x99 ?x172)))
 (or (and (distinct ?x173 ?x118) true))))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (= 0.0 ?x461))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x567 (* ?x109 (/ 1.0 2.0))))
 (let ((?x303 (+ ?x567 ?x402)))
 (let ((?x538 (* 2.0 ?x303)))
 (let ((?x339 (- ?x538)))
 (let ((?x328 (+ ?x109 ?x339)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x220 (+ ?x102 ?x328)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x536 (* ?x324 ?x220)))
 (let ((?x260 (* f ?x536)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x91 (* ?x89 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x574 (* ?x95 ?x324)))
 (or (and (distinct ?x574 ?x260) true)))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x567 (* ?x109 (/ 1.0 2.0))))
 (let ((?x303 (+ ?x567 ?x402)))
 (let ((?x538 (* 2.0 ?x303)))
 (let ((?x339 (- ?x538)))
 (let ((?x328 (+ ?x109 ?x339)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x220 (+ ?x102 ?x328)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x536 (* ?x324 ?x220)))
 (let ((?x260 (* f ?x536)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x260) true))))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x284 (* 0.0 ?x109)))
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x442 (+ ?x402 ?x284)))
 (let ((?x410 (* 2.0 ?x442)))
 (let ((?x676 (- ?x410)))
 (let ((?x681 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1008 (+ ?x102 ?x681)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x684 (* ?x324 ?x1008)))
 (let ((?x1009 (* f ?x684)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x1009) true))))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x567 (* ?x109 (/ 1.0 2.0))))
 (let ((?x303 (+ ?x567 ?x402)))
 (let ((?x538 (* 2.0 ?x303)))
 (let ((?x339 (- ?x538)))
 (let ((?x328 (+ ?x109 ?x339)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x220 (+ ?x102 ?x328)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x536 (* ?x324 ?x220)))
 (let ((?x260 (* f ?x536)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x260) true))))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x284 (* 0.0 ?x109)))
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x442 (+ ?x402 ?x284)))
 (let ((?x410 (* 2.0 ?x442)))
 (let ((?x676 (- ?x410)))
 (let ((?x681 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1008 (+ ?x102 ?x681)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x684 (* ?x324 ?x1008)))
 (let ((?x1009 (* f ?x684)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x1009) true))))))))))))))))))))))))))))))))
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
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x110 (* ?x108 ?x52)))
 (let ((?x111 (/ ?x110 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (* 2.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x115 (+ ?x109 ?x114)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x99 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x117 (* ?x99 ?x116)))
 (let ((?x118 (* f ?x117)))
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x91 (* ?x89 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x100 (* ?x99 ?x95)))
 (or (and (distinct ?x100 ?x118) true)))))))))))))))))))))))))))))))
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
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x110 (* ?x108 ?x52)))
 (let ((?x111 (/ ?x110 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (* 2.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x115 (+ ?x109 ?x114)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x99 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x117 (* ?x99 ?x116)))
 (let ((?x118 (* f ?x117)))
 (let ((?x120 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x164 (* ?x89 ?x120)))
 (let ((?x167 (- ?x164)))
 (let ((?x170 (+ ?x88 ?x167)))
 (let ((?x171 (/ ?x170 scale)))
 (let ((?x172 (- ?x171)))
 (let ((?x173 (* ?x99 ?x172)))
 (or (and (distinct ?x173 ?x118) true)))))))))))))))))))))))))))))))
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
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x110 (* ?x108 ?x52)))
 (let ((?x111 (/ ?x110 ?x44)))
 (let ((?x109 (- ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (* 2.0 ?x112)))
 (let ((?x114 (- ?x113)))
 (let ((?x115 (+ ?x109 ?x114)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x99 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x117 (* ?x99 ?x116)))
 (let ((?x118 (* f ?x117)))
 (let ((?x120 (/ 1.0 exp!3)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x164 (* ?x89 ?x120)))
 (let ((?x167 (- ?x164)))
 (let ((?x170 (+ ?x88 ?x167)))
 (let ((?x171 (/ ?x170 scale)))
 (let ((?x172 (- ?x171)))
 (let ((?x173 (* ?x99 ?x172)))
 (or (and (distinct ?x173 ?x118) true)))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (= 0.0 ?x461))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x567 (* ?x109 (/ 1.0 2.0))))
 (let ((?x303 (+ ?x567 ?x402)))
 (let ((?x538 (* 2.0 ?x303)))
 (let ((?x339 (- ?x538)))
 (let ((?x328 (+ ?x109 ?x339)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x220 (+ ?x102 ?x328)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x536 (* ?x324 ?x220)))
 (let ((?x260 (* f ?x536)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x91 (* ?x89 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x93 (+ ?x88 ?x92)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x574 (* ?x95 ?x324)))
 (or (and (distinct ?x574 ?x260) true)))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x567 (* ?x109 (/ 1.0 2.0))))
 (let ((?x303 (+ ?x567 ?x402)))
 (let ((?x538 (* 2.0 ?x303)))
 (let ((?x339 (- ?x538)))
 (let ((?x328 (+ ?x109 ?x339)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x220 (+ ?x102 ?x328)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x536 (* ?x324 ?x220)))
 (let ((?x260 (* f ?x536)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x260) true))))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x284 (* 0.0 ?x109)))
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x442 (+ ?x402 ?x284)))
 (let ((?x410 (* 2.0 ?x442)))
 (let ((?x676 (- ?x410)))
 (let ((?x681 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1008 (+ ?x102 ?x681)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x684 (* ?x324 ?x1008)))
 (let ((?x1009 (* f ?x684)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x1009) true))))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x567 (* ?x109 (/ 1.0 2.0))))
 (let ((?x303 (+ ?x567 ?x402)))
 (let ((?x538 (* 2.0 ?x303)))
 (let ((?x339 (- ?x538)))
 (let ((?x328 (+ ?x109 ?x339)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x220 (+ ?x102 ?x328)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x536 (* ?x324 ?x220)))
 (let ((?x260 (* f ?x536)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x260) true))))))))))))))))))))))))))))))))
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
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (< 0.0 ?x461))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let (($x594 (= 0.0 ?x461)))
 (not $x594)))))
(assert
 (let ((?x106 (/ 1.0 (* scale scale))))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x104 (/ (- 1.0) scale)))
 (let ((?x108 (+ ?x104 ?x107)))
 (let ((?x109 (- ?x108)))
 (let ((?x284 (* 0.0 ?x109)))
 (let ((?x90 (/ 1.0 exp!1)))
 (let ((?x461 (+ 1.0 ?x90)))
 (let ((?x140 (* ?x109 ?x90)))
 (let ((?x402 (/ ?x140 ?x461)))
 (let ((?x442 (+ ?x402 ?x284)))
 (let ((?x410 (* 2.0 ?x442)))
 (let ((?x676 (- ?x410)))
 (let ((?x681 (+ ?x109 ?x676)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x1008 (+ ?x102 ?x681)))
 (let ((?x324 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x684 (* ?x324 ?x1008)))
 (let ((?x1009 (* f ?x684)))
 (let ((?x256 (/ (/ ?x90 exp!5) exp!4)))
 (let ((?x88 (- f)))
 (let ((?x89 (* 2.0 ?x88)))
 (let ((?x544 (* ?x89 ?x256)))
 (let ((?x635 (- ?x544)))
 (let ((?x447 (+ ?x88 ?x635)))
 (let ((?x302 (/ ?x447 scale)))
 (let ((?x130 (- ?x302)))
 (let ((?x426 (* ?x324 ?x130)))
 (or (and (distinct ?x426 ?x1009) true))))))))))))))))))))))))))))))))
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
