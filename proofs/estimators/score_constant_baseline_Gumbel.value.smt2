; certjax: rule estimators.score_constant_baseline_Gumbel, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun loc () Real)
(declare-fun exp!3 () Real)
(declare-fun log!20 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x75 (- 1.0)))
 (let ((?x76 (+ 1.0 ?x75)))
 (let ((?x77 (* b ?x76)))
 (let ((?x72 (+ 1.0 (- 1.0))))
 (let ((?x73 (* f ?x72)))
 (let ((?x78 (+ ?x73 ?x77)))
 (or (and (distinct 0.0 ?x78) true)))))))))
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
 (= (< log!20 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!20) (< exp!1 exp!3)))
(assert
 (= (< log!20 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!20) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!20 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!20)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(check-sat)
(pop 1)
