; certjax: rule estimators.reparam_Gumbel, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun z () Real)
(declare-fun loc () Real)
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
 (let ((?x97 (/ 1.0 scale)))
 (let ((?x93 (/ 1.0 exp!4)))
 (let ((?x98 (/ ?x93 exp!1)))
 (let ((?x99 (* ?x98 exp!2)))
 (let ((?x100 (* ?x99 ?x97)))
 (let ((?x95 (/ (/ ?x93 exp!3) exp!1)))
 (let ((?x96 (* ?x95 exp!2)))
 (or (and (distinct ?x96 ?x100) true))))))))))
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
 (= (< log!12 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!12) (< exp!1 exp!3)))
(assert
 (= (< log!12 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!12) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!12 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!12)))
(assert
 (let (($x64 (= exp!3 scale)))
 (=> (> scale 0.0) $x64)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) (* (/ 1.0 exp!1) exp!2)) (< exp!1 exp!4)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) (* (/ 1.0 exp!1) exp!2)) (< exp!2 exp!4)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) log!12) (< exp!4 exp!3)))
(assert
 (= (< log!12 (* (/ 1.0 exp!1) exp!2)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* (/ 1.0 exp!1) exp!2) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* (/ 1.0 exp!1) exp!2))))
(check-sat)
(pop 1)
