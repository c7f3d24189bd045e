; certjax: rule estimators.score_Normal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun log!14 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x33 (- log!14)))
 (let ((?x13 (- loc)))
 (let ((?x14 (+ z ?x13)))
 (let ((?x15 (/ ?x14 scale)))
 (let ((?x17 (* ?x15 (- (/ 1.0 2.0)))))
 (let ((?x18 (* ?x15 ?x17)))
 (let ((?x20 (+ ?x18 (- (/ 6337.0 6896.0)))))
 (let ((?x34 (+ ?x20 ?x33)))
 (let ((?x35 (- ?x34)))
 (let ((?x36 (+ ?x34 ?x35)))
 (let ((?x37 (* f ?x36)))
 (or (and (distinct 0.0 ?x37) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!14 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!14)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(check-sat)
(pop 1)
