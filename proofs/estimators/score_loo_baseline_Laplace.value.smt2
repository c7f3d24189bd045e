; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'value', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!33 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let ((?x60 (- 1.0)))
 (let ((?x61 (+ 1.0 ?x60)))
 (let ((?x62 (* b ?x61)))
 (let ((?x57 (+ (- 1.0) 1.0)))
 (let ((?x58 (* f ?x57)))
 (let ((?x63 (+ ?x58 ?x62)))
 (or (and (distinct 0.0 ?x63) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!33 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let ((?x60 (- 1.0)))
 (let ((?x61 (+ 1.0 ?x60)))
 (let ((?x62 (* b ?x61)))
 (let ((?x57 (+ (- 1.0) 1.0)))
 (let ((?x58 (* f ?x57)))
 (let ((?x63 (+ ?x58 ?x62)))
 (or (and (distinct 0.0 ?x63) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!33 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let ((?x60 (- 1.0)))
 (let ((?x61 (+ 1.0 ?x60)))
 (let ((?x62 (* b ?x61)))
 (let ((?x57 (+ (- 1.0) 1.0)))
 (let ((?x58 (* f ?x57)))
 (let ((?x63 (+ ?x58 ?x62)))
 (or (and (distinct 0.0 ?x63) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!33 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!30 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let ((?x60 (- 1.0)))
 (let ((?x61 (+ 1.0 ?x60)))
 (let ((?x62 (* b ?x61)))
 (let ((?x57 (+ (- 1.0) 1.0)))
 (let ((?x58 (* f ?x57)))
 (let ((?x63 (+ ?x58 ?x62)))
 (or (and (distinct 0.0 ?x63) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!33 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!33)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!30 log!33) (< exp!2 exp!1)))
(assert
 (= (< log!33 log!30) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!30 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!30)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(check-sat)
(pop 1)
