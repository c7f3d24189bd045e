; certjax: rule estimators.score_Geometric, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun probs () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!12 () Real)
(assert
 (let (($x13 (<= 0.0 z)))
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x13))))))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x53 (- 1.0)))
 (let ((?x54 (+ 1.0 ?x53)))
 (let ((?x55 (* 0.0 ?x54)))
 (let ((?x51 (+ 1.0 (- 1.0))))
 (let ((?x52 (* f ?x51)))
 (let ((?x56 (+ ?x52 ?x55)))
 (or (and (distinct 0.0 ?x56) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (=> (> (+ (- probs) 1.0) 0.0) (= exp!1 (+ (- probs) 1.0))))
(assert
 (= (< log!12 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!12) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!12 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!12)))
(assert
 (=> (> probs 0.0) (= exp!2 probs)))
(check-sat)
(pop 1)
