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
(declare-fun log!191 () Real)
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
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
(declare-fun log!191 () Real)
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
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
(declare-fun log!191 () Real)
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (= 0.0 ?x587))))
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x273 (* ?x117 (/ 1.0 2.0))))
 (let ((?x198 (+ ?x273 ?x665)))
 (let ((?x454 (* 2.0 ?x198)))
 (let ((?x163 (- ?x454)))
 (let ((?x620 (+ ?x117 ?x163)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x431 (+ ?x112 ?x620)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x677 (* ?x266 ?x431)))
 (let ((?x139 (* f ?x677)))
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
 (let ((?x165 (* ?x266 ?x105)))
 (or (and (distinct ?x165 ?x139) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x273 (* ?x117 (/ 1.0 2.0))))
 (let ((?x198 (+ ?x273 ?x665)))
 (let ((?x454 (* 2.0 ?x198)))
 (let ((?x163 (- ?x454)))
 (let ((?x620 (+ ?x117 ?x163)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x431 (+ ?x112 ?x620)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x677 (* ?x266 ?x431)))
 (let ((?x139 (* f ?x677)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x139) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x193 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x413 (+ ?x665 ?x193)))
 (let ((?x283 (* 2.0 ?x413)))
 (let ((?x450 (- ?x283)))
 (let ((?x289 (+ ?x117 ?x450)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x547 (+ ?x112 ?x289)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x552 (* ?x266 ?x547)))
 (let ((?x1163 (* f ?x552)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x1163) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x273 (* ?x117 (/ 1.0 2.0))))
 (let ((?x198 (+ ?x273 ?x665)))
 (let ((?x454 (* 2.0 ?x198)))
 (let ((?x163 (- ?x454)))
 (let ((?x620 (+ ?x117 ?x163)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x431 (+ ?x112 ?x620)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x677 (* ?x266 ?x431)))
 (let ((?x139 (* f ?x677)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x139) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x193 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x413 (+ ?x665 ?x193)))
 (let ((?x283 (* 2.0 ?x413)))
 (let ((?x450 (- ?x283)))
 (let ((?x289 (+ ?x117 ?x450)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x547 (+ ?x112 ?x289)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x552 (* ?x266 ?x547)))
 (let ((?x1163 (* f ?x552)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x1163) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!269 () Real)
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!269 () Real)
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!269 () Real)
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (= 0.0 ?x587))))
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x273 (* ?x117 (/ 1.0 2.0))))
 (let ((?x198 (+ ?x273 ?x665)))
 (let ((?x454 (* 2.0 ?x198)))
 (let ((?x163 (- ?x454)))
 (let ((?x620 (+ ?x117 ?x163)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x431 (+ ?x112 ?x620)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x677 (* ?x266 ?x431)))
 (let ((?x139 (* f ?x677)))
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
 (let ((?x165 (* ?x266 ?x105)))
 (or (and (distinct ?x165 ?x139) true))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x273 (* ?x117 (/ 1.0 2.0))))
 (let ((?x198 (+ ?x273 ?x665)))
 (let ((?x454 (* 2.0 ?x198)))
 (let ((?x163 (- ?x454)))
 (let ((?x620 (+ ?x117 ?x163)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x431 (+ ?x112 ?x620)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x677 (* ?x266 ?x431)))
 (let ((?x139 (* f ?x677)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x139) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x193 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x413 (+ ?x665 ?x193)))
 (let ((?x283 (* 2.0 ?x413)))
 (let ((?x450 (- ?x283)))
 (let ((?x289 (+ ?x117 ?x450)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x547 (+ ?x112 ?x289)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x552 (* ?x266 ?x547)))
 (let ((?x1163 (* f ?x552)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x1163) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x273 (* ?x117 (/ 1.0 2.0))))
 (let ((?x198 (+ ?x273 ?x665)))
 (let ((?x454 (* 2.0 ?x198)))
 (let ((?x163 (- ?x454)))
 (let ((?x620 (+ ?x117 ?x163)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x431 (+ ?x112 ?x620)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x677 (* ?x266 ?x431)))
 (let ((?x139 (* f ?x677)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x139) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
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
(declare-fun log!191 () Real)
(declare-fun log!269 () Real)
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
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (< 0.0 ?x587))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x587 (+ 1.0 ?x98)))
 (let (($x568 (= 0.0 ?x587)))
 (not $x568)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x114 (- ?x11)))
 (let ((?x96 (/ 1.0 (* scale scale))))
 (let ((?x115 (* ?x96 ?x114)))
 (let ((?x113 (/ 0.0 scale)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x193 (* 0.0 ?x117)))
 (let ((?x98 (/ 1.0 exp!1)))
 (let ((?x587 (+ 1.0 ?x98)))
 (let ((?x480 (* ?x117 ?x98)))
 (let ((?x665 (/ ?x480 ?x587)))
 (let ((?x413 (+ ?x665 ?x193)))
 (let ((?x283 (* 2.0 ?x413)))
 (let ((?x450 (- ?x283)))
 (let ((?x289 (+ ?x117 ?x450)))
 (let ((?x111 (/ 1.0 scale)))
 (let ((?x112 (- ?x111)))
 (let ((?x547 (+ ?x112 ?x289)))
 (let ((?x266 (/ (/ (/ (/ 1.0 exp!2) exp!1) (* exp!5 exp!5)) (* exp!4 exp!4))))
 (let ((?x552 (* ?x266 ?x547)))
 (let ((?x1163 (* f ?x552)))
 (let ((?x221 (/ (/ ?x98 exp!5) exp!4)))
 (let ((?x91 (* f 1.0)))
 (let ((?x89 (* 0.0 1.0)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x97 (* 2.0 ?x93)))
 (let ((?x409 (* ?x97 ?x221)))
 (let ((?x296 (- ?x409)))
 (let ((?x341 (+ ?x93 ?x296)))
 (let ((?x308 (* ?x96 ?x341)))
 (let ((?x132 (* ?x11 ?x308)))
 (let ((?x245 (- ?x132)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x251 (+ ?x94 ?x245)))
 (let ((?x776 (* ?x266 ?x251)))
 (or (and (distinct ?x776 ?x1163) true)))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!191 (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!191) (< exp!1 exp!3)))
(assert
 (= (< log!191 log!30) (< exp!3 exp!2)))
(assert
 (= (< log!30 log!191) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!191 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!191)))
(assert
 (=> (> (+ 1.0 (* 1.0 exp!1)) 0.0) (= exp!3 (+ 1.0 (* 1.0 exp!1)))))
(assert
 (= (< log!269 (/ (+ z (- loc)) scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!269) (< exp!1 exp!4)))
(assert
 (= (< log!269 log!30) (< exp!4 exp!2)))
(assert
 (= (< log!30 log!269) (< exp!2 exp!4)))
(assert
 (= (< log!269 log!191) (< exp!4 exp!3)))
(assert
 (= (< log!191 log!269) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!269 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!269)))
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
 (= (< 0.0 log!191) (< exp!5 exp!3)))
(assert
 (= (> 0.0 log!191) (< exp!3 exp!5)))
(assert
 (= (< 0.0 log!269) (< exp!5 exp!4)))
(assert
 (= (> 0.0 log!269) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> 0.0 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 0.0)))
(check-sat)
(pop 1)
