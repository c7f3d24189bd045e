; certjax: rule estimators.score_Laplace, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun log!16 () Real)
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
 (let ((?x24 (- ?x10)))
 (let ((?x36 (+ ?x24 (- (/ 2731.0 3940.0)))))
 (let ((?x33 (- log!16)))
 (let ((?x25 (+ ?x33 ?x36)))
 (let ((?x22 (- ?x25)))
 (let ((?x26 (+ ?x25 ?x22)))
 (let ((?x31 (* f ?x26)))
 (or (and (distinct 0.0 ?x31) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
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
(declare-fun log!16 () Real)
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
 (let ((?x42 (+ ?x10 (- (/ 2731.0 3940.0)))))
 (let ((?x33 (- log!16)))
 (let ((?x32 (+ ?x33 ?x42)))
 (let ((?x41 (- ?x32)))
 (let ((?x59 (+ ?x32 ?x41)))
 (let ((?x60 (* f ?x59)))
 (or (and (distinct 0.0 ?x60) true))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(check-sat)
(pop 1)
