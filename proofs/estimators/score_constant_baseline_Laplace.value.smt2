; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!17 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x25 (- ?x10)))
 (let ((?x26 (+ ?x25 (- (/ 2731.0 3940.0)))))
 (let ((?x36 (- log!17)))
 (let ((?x31 (+ ?x36 ?x26)))
 (let ((?x32 (- ?x31)))
 (let ((?x41 (+ ?x31 ?x32)))
 (let ((?x17 (- b)))
 (let ((?x28 (+ f ?x17)))
 (let ((?x42 (* ?x28 ?x41)))
 (or (and (distinct 0.0 ?x42) true)))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!17 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x43 (+ ?x10 (- (/ 2731.0 3940.0)))))
 (let ((?x36 (- log!17)))
 (let ((?x40 (+ ?x36 ?x43)))
 (let ((?x39 (- ?x40)))
 (let ((?x62 (+ ?x40 ?x39)))
 (let ((?x17 (- b)))
 (let ((?x28 (+ f ?x17)))
 (let ((?x70 (* ?x28 ?x62)))
 (or (and (distinct 0.0 ?x70) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(check-sat)
(pop 1)
