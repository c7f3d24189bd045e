; certjax: rule estimators.score_Gumbel, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun log!19 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x52 (- 1.0)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x54 (* 0.0 ?x53)))
 (let ((?x50 (+ 1.0 (- 1.0))))
 (let ((?x51 (* f ?x50)))
 (let ((?x55 (+ ?x51 ?x54)))
 (or (and (distinct 0.0 ?x55) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!19 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!19) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!19 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!19)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(check-sat)
(pop 1)
