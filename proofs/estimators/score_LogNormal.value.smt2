; certjax: rule estimators.score_LogNormal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!23 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!27 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 scale)))
 (and $x7 $x9))))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x19 (* 2.0 pi!)))
 (< 0.0 ?x19)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x94 (- 1.0)))
 (let ((?x95 (+ 1.0 ?x94)))
 (let ((?x96 (* 0.0 ?x95)))
 (let ((?x92 (+ 1.0 (- 1.0))))
 (let ((?x93 (* f ?x92)))
 (let ((?x97 (+ ?x93 ?x96)))
 (or (and (distinct 0.0 ?x97) true)))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!23 log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= exp!2 (* 2.0 pi!))))
(assert
 (= (< log!27 log!12) (< exp!3 exp!1)))
(assert
 (= (< log!12 log!27) (< exp!1 exp!3)))
(assert
 (= (< log!27 log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 log!27) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!27 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!27)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(check-sat)
(pop 1)
