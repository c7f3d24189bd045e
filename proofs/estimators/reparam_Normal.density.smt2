; certjax: rule estimators.reparam_Normal, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!3 () Real)
(declare-fun expc!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!14 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x59 (/ 1.0 scale)))
 (let ((?x57 (/ (* 1.0 expc!2) exp!3)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x58 (/ ?x57 exp!1)))
 (or (and (distinct ?x58 ?x60) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!14 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!14)))
(assert
 (let (($x30 (= exp!1 scale)))
 (=> (> scale 0.0) $x30)))
(assert
 (<= (/ 275110601550785630444973123331185011181750735474721319491421067405180518544051493886023452525917290251.0 689600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (> expc!2 0.0))
(assert
 (>= (/ 275110601550785630444973123331185011181805757595132600508578932594819481455948506113976547474082709749.0 689600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (let ((?x43 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x43 log!14) (< exp!3 exp!1))))
(assert
 (let ((?x43 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!14 ?x43) (< exp!1 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x43 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x43 0.0) (> exp!3 1.0))))
(assert
 (let ((?x43 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x43))))
(check-sat)
(pop 1)
