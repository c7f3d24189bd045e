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
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
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
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x124 (+ ?x112 ?x123)))
 (let ((?x108 (* exp!3 exp!3)))
 (let ((?x109 (/ (* (/ 1.0 exp!2) exp!1) ?x108)))
 (let ((?x125 (* ?x109 ?x124)))
 (let ((?x126 (* f ?x125)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x99 (* ?x98 ?x97)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (+ ?x93 ?x100)))
 (let ((?x102 (* ?x96 ?x101)))
 (let ((?x103 (* ?x11 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x105 (+ ?x94 ?x104)))
 (let ((?x110 (* ?x109 ?x105)))
 (or (and (distinct ?x110 ?x126) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
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
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
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
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x124 (+ ?x112 ?x123)))
 (let ((?x108 (* exp!3 exp!3)))
 (let ((?x109 (/ (* (/ 1.0 exp!2) exp!1) ?x108)))
 (let ((?x125 (* ?x109 ?x124)))
 (let ((?x126 (* f ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x171 (* ?x97 ?x128)))
 (let ((?x172 (- ?x171)))
 (let ((?x148 (+ ?x93 ?x172)))
 (let ((?x173 (* ?x96 ?x148)))
 (let ((?x174 (* ?x11 ?x173)))
 (let ((?x219 (- ?x174)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x175 (+ ?x94 ?x219)))
 (let ((?x227 (* ?x109 ?x175)))
 (or (and (distinct ?x227 ?x126) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
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
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
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
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x124 (+ ?x112 ?x123)))
 (let ((?x108 (* exp!3 exp!3)))
 (let ((?x109 (/ (* (/ 1.0 exp!2) exp!1) ?x108)))
 (let ((?x125 (* ?x109 ?x124)))
 (let ((?x126 (* f ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x171 (* ?x97 ?x128)))
 (let ((?x172 (- ?x171)))
 (let ((?x148 (+ ?x93 ?x172)))
 (let ((?x173 (* ?x96 ?x148)))
 (let ((?x174 (* ?x11 ?x173)))
 (let ((?x219 (- ?x174)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x175 (+ ?x94 ?x219)))
 (let ((?x227 (* ?x109 ?x175)))
 (or (and (distinct ?x227 ?x126) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (= 0.0 ?x438))))
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x582 (* ?x117 (/ 1.0 2.0))))
 (let ((?x208 (+ ?x582 ?x300)))
 (let ((?x216 (* 2.0 ?x208)))
 (let ((?x689 (- ?x216)))
 (let ((?x465 (+ ?x117 ?x689)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x426 (+ ?x112 ?x465)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x591 (* ?x491 ?x426)))
 (let ((?x196 (* f ?x591)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x99 (* ?x98 ?x97)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (+ ?x93 ?x100)))
 (let ((?x102 (* ?x96 ?x101)))
 (let ((?x103 (* ?x11 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x105 (+ ?x94 ?x104)))
 (let ((?x299 (* ?x491 ?x105)))
 (or (and (distinct ?x299 ?x196) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x582 (* ?x117 (/ 1.0 2.0))))
 (let ((?x208 (+ ?x582 ?x300)))
 (let ((?x216 (* 2.0 ?x208)))
 (let ((?x689 (- ?x216)))
 (let ((?x465 (+ ?x117 ?x689)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x426 (+ ?x112 ?x465)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x591 (* ?x491 ?x426)))
 (let ((?x196 (* f ?x591)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x196) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x348 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x710 (+ ?x300 ?x348)))
 (let ((?x223 (* 2.0 ?x710)))
 (let ((?x144 (- ?x223)))
 (let ((?x652 (+ ?x117 ?x144)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x576 (+ ?x112 ?x652)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x801 (* ?x491 ?x576)))
 (let ((?x1169 (* f ?x801)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x1169) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x582 (* ?x117 (/ 1.0 2.0))))
 (let ((?x208 (+ ?x582 ?x300)))
 (let ((?x216 (* 2.0 ?x208)))
 (let ((?x689 (- ?x216)))
 (let ((?x465 (+ ?x117 ?x689)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x426 (+ ?x112 ?x465)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x591 (* ?x491 ?x426)))
 (let ((?x196 (* f ?x591)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x196) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x348 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x710 (+ ?x300 ?x348)))
 (let ((?x223 (* 2.0 ?x710)))
 (let ((?x144 (- ?x223)))
 (let ((?x652 (+ ?x117 ?x144)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x576 (+ ?x112 ?x652)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x801 (* ?x491 ?x576)))
 (let ((?x1169 (* f ?x801)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x1169) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (let (($x69 (= exp!2 scale)))
 (=> (> scale 0.0) $x69)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x124 (+ ?x112 ?x123)))
 (let ((?x109 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x125 (* ?x109 ?x124)))
 (let ((?x126 (* f ?x125)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x99 (* ?x98 ?x97)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (+ ?x93 ?x100)))
 (let ((?x102 (* ?x96 ?x101)))
 (let ((?x103 (* ?x11 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x105 (+ ?x94 ?x104)))
 (let ((?x110 (* ?x109 ?x105)))
 (or (and (distinct ?x110 ?x126) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x124 (+ ?x112 ?x123)))
 (let ((?x109 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x125 (* ?x109 ?x124)))
 (let ((?x126 (* f ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x171 (* ?x97 ?x128)))
 (let ((?x172 (- ?x171)))
 (let ((?x148 (+ ?x93 ?x172)))
 (let ((?x173 (* ?x96 ?x148)))
 (let ((?x174 (* ?x11 ?x173)))
 (let ((?x219 (- ?x174)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x175 (+ ?x94 ?x219)))
 (let ((?x227 (* ?x109 ?x175)))
 (or (and (distinct ?x227 ?x126) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun log!198 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x118 (* ?x116 ?x52)))
 (let ((?x119 (/ ?x118 ?x44)))
 (let ((?x117 (- ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (* 2.0 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (+ ?x117 ?x122)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x124 (+ ?x112 ?x123)))
 (let ((?x109 (/ (* (/ 1.0 exp!2) exp!1) (* exp!3 exp!3))))
 (let ((?x125 (* ?x109 ?x124)))
 (let ((?x126 (* f ?x125)))
 (let ((?x128 (/ 1.0 exp!3)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x171 (* ?x97 ?x128)))
 (let ((?x172 (- ?x171)))
 (let ((?x148 (+ ?x93 ?x172)))
 (let ((?x173 (* ?x96 ?x148)))
 (let ((?x174 (* ?x11 ?x173)))
 (let ((?x219 (- ?x174)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x175 (+ ?x94 ?x219)))
 (let ((?x227 (* ?x109 ?x175)))
 (or (and (distinct ?x227 ?x126) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (= 0.0 ?x438))))
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x582 (* ?x117 (/ 1.0 2.0))))
 (let ((?x208 (+ ?x582 ?x300)))
 (let ((?x216 (* 2.0 ?x208)))
 (let ((?x689 (- ?x216)))
 (let ((?x465 (+ ?x117 ?x689)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x426 (+ ?x112 ?x465)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x591 (* ?x491 ?x426)))
 (let ((?x196 (* f ?x591)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x99 (* ?x98 ?x97)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (+ ?x93 ?x100)))
 (let ((?x102 (* ?x96 ?x101)))
 (let ((?x103 (* ?x11 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x105 (+ ?x94 ?x104)))
 (let ((?x299 (* ?x491 ?x105)))
 (or (and (distinct ?x299 ?x196) true))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x582 (* ?x117 (/ 1.0 2.0))))
 (let ((?x208 (+ ?x582 ?x300)))
 (let ((?x216 (* 2.0 ?x208)))
 (let ((?x689 (- ?x216)))
 (let ((?x465 (+ ?x117 ?x689)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x426 (+ ?x112 ?x465)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x591 (* ?x491 ?x426)))
 (let ((?x196 (* f ?x591)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x196) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x348 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x710 (+ ?x300 ?x348)))
 (let ((?x223 (* 2.0 ?x710)))
 (let ((?x144 (- ?x223)))
 (let ((?x652 (+ ?x117 ?x144)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x576 (+ ?x112 ?x652)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x801 (* ?x491 ?x576)))
 (let ((?x1169 (* f ?x801)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x1169) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x582 (* ?x117 (/ 1.0 2.0))))
 (let ((?x208 (+ ?x582 ?x300)))
 (let ((?x216 (* 2.0 ?x208)))
 (let ((?x689 (- ?x216)))
 (let ((?x465 (+ ?x117 ?x689)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x426 (+ ?x112 ?x465)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x591 (* ?x491 ?x426)))
 (let ((?x196 (* f ?x591)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x196) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
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
(declare-fun log!37 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!198 () Real)
(declare-fun log!276 () Real)
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
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (< 0.0 ?x438))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let (($x796 (= 0.0 ?x438)))
 (not $x796)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x348 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x438 (+ 1.0 ?x98)))
 (let ((?x651 (* ?x117 ?x98)))
 (let ((?x300 (/ ?x651 ?x438)))
 (let ((?x710 (+ ?x300 ?x348)))
 (let ((?x223 (* 2.0 ?x710)))
 (let ((?x144 (- ?x223)))
 (let ((?x652 (+ ?x117 ?x144)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x576 (+ ?x112 ?x652)))
 (let ((?x491 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x801 (* ?x491 ?x576)))
 (let ((?x1169 (* f ?x801)))
 (let ((?x377 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x326 (* ?x97 ?x377)))
 (let ((?x416 (- ?x326)))
 (let ((?x382 (+ ?x93 ?x416)))
 (let ((?x613 (* ?x96 ?x382)))
 (let ((?x588 (* ?x11 ?x613)))
 (let ((?x246 (- ?x588)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x686 (+ ?x94 ?x246)))
 (let ((?x775 (* ?x491 ?x686)))
 (or (and (distinct ?x775 ?x1169) true)))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!37 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!37) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!37 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(assert
 (= (< log!198 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!198) (< exp!1 exp!3)))
(assert
 (= (< log!198 log!37) (< exp!3 exp!2)))
(assert
 (= (< log!37 log!198) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!198 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!198)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!276 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!276) (< exp!1 exp!4)))
(assert
 (= (< log!276 log!37) (< exp!4 exp!2)))
(assert
 (= (< log!37 log!276) (< exp!2 exp!4)))
(assert
 (= (< log!276 log!198) (< exp!4 exp!3)))
(assert
 (= (< log!198 log!276) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!276 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!276)))
(assert
 (=> (> (+ 1.0 (/ 1.0 exp!1)) 0.0) (= exp!4 (+ 1.0 (/ 1.0 exp!1)))))
(assert
 (= (< 0.0 (/ (+ z (- loc)) scale)) (< exp!5 exp!1)))
(assert
 (= (> 0.0 (/ (+ z (- loc)) scale)) (< exp!1 exp!5)))
(assert
 (= (< 0.0 log!37) (< exp!5 exp!2)))
(assert
 (= (> 0.0 log!37) (< exp!2 exp!5)))
(assert
 (= (< 0.0 log!198) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!198) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!276) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!276) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
