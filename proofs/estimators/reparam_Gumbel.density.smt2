; certjax: rule estimators.reparam_Gumbel, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!12 () Real)
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
 (let ((?x67 (/ 1.0 scale)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x65 (/ ?x24 exp!3)))
 (let ((?x68 (* ?x65 ?x67)))
 (let ((?x66 (/ ?x65 exp!2)))
 (or (and (distinct ?x66 ?x68) true))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!12 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!12) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!12 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!12)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!12) (< exp!3 exp!2)))
(assert
 (= (< log!12 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
