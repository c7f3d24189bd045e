; certjax: rule estimators.score_loo_baseline_Normal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun log!22 () Real)
(declare-fun log!18 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x63 (- log!22)))
 (let ((?x43 (* (/ 1.0 2.0) log!18)))
 (let ((?x44 (- ?x43)))
 (let ((?x24 (- loc)))
 (let ((?x25 (+ z ?x24)))
 (let ((?x26 (/ ?x25 scale)))
 (let ((?x28 (* ?x26 (- (/ 1.0 2.0)))))
 (let ((?x29 (* ?x26 ?x28)))
 (let ((?x45 (+ ?x29 ?x44)))
 (let ((?x64 (+ ?x45 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x66 (+ ?x64 ?x65)))
 (let ((?x20 (- b)))
 (let ((?x21 (+ f ?x20)))
 (let ((?x67 (* ?x21 ?x66)))
 (or (and (distinct 0.0 ?x67) true))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!18 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!18)))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= exp!1 (* 2.0 pi!))))
(assert
 (= (< log!22 log!18) (< exp!2 exp!1)))
(assert
 (= (< log!18 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> scale 0.0) (= exp!2 scale)))
(check-sat)
(pop 1)
