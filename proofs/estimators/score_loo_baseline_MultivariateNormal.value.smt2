; certjax: rule estimators.score_loo_baseline_MultivariateNormal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |scale_tril[1,1]| () Real)
(declare-fun |scale_tril[0,0]| () Real)
(declare-fun pi! () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!76 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!79 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!80 () Real)
(assert
 (let (($x9 (< 0.0 |scale_tril[1,1]|)))
 (let (($x7 (< 0.0 |scale_tril[0,0]|)))
 (and $x7 $x9))))
(assert
 (let (($x13 (= 0.0 |scale_tril[0,0]|)))
 (not $x13)))
(assert
 (let (($x15 (= 0.0 |scale_tril[1,1]|)))
 (not $x15)))
(assert
 (let ((?x21 (* 2.0 pi!)))
 (< 0.0 ?x21)))
(assert
 (< 0.0 |scale_tril[0,0]|))
(assert
 (< 0.0 |scale_tril[1,1]|))
(assert
 (let ((?x106 (- 1.0)))
 (let ((?x107 (+ 1.0 ?x106)))
 (let ((?x108 (* b ?x107)))
 (let ((?x103 (+ 1.0 (- 1.0))))
 (let ((?x104 (* f ?x103)))
 (let ((?x109 (+ ?x104 ?x108)))
 (or (and (distinct 0.0 ?x109) true)))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!76 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!76)))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= exp!1 (* 2.0 pi!))))
(assert
 (= (< log!79 log!76) (< exp!2 exp!1)))
(assert
 (= (< log!76 log!79) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!79 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!79)))
(assert
 (=> (> |scale_tril[0,0]| 0.0) (= exp!2 |scale_tril[0,0]|)))
(assert
 (= (< log!80 log!76) (< exp!3 exp!1)))
(assert
 (= (< log!76 log!80) (< exp!1 exp!3)))
(assert
 (= (< log!80 log!79) (< exp!3 exp!2)))
(assert
 (= (< log!79 log!80) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!80 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!80)))
(assert
 (=> (> |scale_tril[1,1]| 0.0) (= exp!3 |scale_tril[1,1]|)))
(check-sat)
(pop 1)
