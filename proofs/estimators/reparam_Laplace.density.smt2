; certjax: rule estimators.reparam_Laplace, obligation 'density', verdict proved
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
(declare-fun log!17 () Real)
(declare-fun log!14 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
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
 (let ((?x76 (/ (/ 1.0 exp!3) exp!2)))
 (let ((?x74 (/ 1.0 scale)))
 (let ((?x77 (* ?x74 ?x76)))
 (let ((?x73 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (or (and (distinct ?x73 ?x77) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!14 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!14) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!14 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!14)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!3 exp!1)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!14) (< exp!3 exp!2)))
(assert
 (= (< log!14 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
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
(declare-fun log!17 () Real)
(declare-fun log!14 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
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
 (let ((?x82 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x74 (/ 1.0 scale)))
 (let ((?x357 (* ?x74 ?x82)))
 (let ((?x242 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (or (and (distinct ?x242 ?x357) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!14 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!14) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!14 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!14)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!3 exp!1)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!14) (< exp!3 exp!2)))
(assert
 (= (< log!14 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
