; certjax: rule estimators.score_Laplace, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!14 () Real)
(declare-fun log!17 () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x50 (- log!14)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x24 (- ?x10)))
 (let ((?x51 (+ ?x24 ?x50)))
 (let ((?x33 (- log!17)))
 (let ((?x52 (+ ?x33 ?x51)))
 (let ((?x53 (- ?x52)))
 (let ((?x54 (+ ?x52 ?x53)))
 (let ((?x55 (* f ?x54)))
 (or (and (distinct 0.0 ?x55) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!14 () Real)
(declare-fun log!17 () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x50 (- log!14)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x58 (+ ?x10 ?x50)))
 (let ((?x33 (- log!17)))
 (let ((?x56 (+ ?x33 ?x58)))
 (let ((?x57 (- ?x56)))
 (let ((?x77 (+ ?x56 ?x57)))
 (let ((?x78 (* f ?x77)))
 (or (and (distinct 0.0 ?x78) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
(check-sat)
(pop 1)
