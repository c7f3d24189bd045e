; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'score_identity[0]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x94 (/ 0.0 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x90 (/ 1.0 (* scale scale))))
 (let ((?x91 (* 0.0 ?x90)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x92 (+ ?x88 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x84 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x97 (* ?x84 ?x96)))
 (let ((?x53 (- b)))
 (let ((?x86 (+ f ?x53)))
 (let ((?x98 (* ?x86 ?x97)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (/ ?x60 scale)))
 (let ((?x62 (- ?x61)))
 (let ((?x85 (* ?x84 ?x62)))
 (or (and (distinct ?x85 ?x98) true)))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x94 (/ 0.0 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x90 (/ 1.0 (* scale scale))))
 (let ((?x91 (* 0.0 ?x90)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x92 (+ ?x88 ?x91)))
 (let ((?x429 (+ ?x92 ?x95)))
 (let ((?x308 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x303 (* ?x308 ?x429)))
 (let ((?x53 (- b)))
 (let ((?x86 (+ f ?x53)))
 (let ((?x290 (* ?x86 ?x303)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x103 (/ ?x59 scale)))
 (let ((?x410 (- ?x103)))
 (let ((?x428 (* ?x308 ?x410)))
 (or (and (distinct ?x428 ?x290) true)))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
