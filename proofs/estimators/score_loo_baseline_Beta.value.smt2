; certjax: rule estimators.score_loo_baseline_Beta, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun concentration0 () Real)
(declare-fun concentration1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!17 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!22 () Real)
(declare-fun lgamma!25 () Real)
(declare-fun lgamma!26 () Real)
(declare-fun lgamma!29 () Real)
(assert
 (let (($x14 (> 1.0 z)))
 (let (($x12 (< 0.0 z)))
 (let (($x15 (and $x12 $x14)))
 (let (($x9 (< 0.0 concentration0)))
 (let (($x7 (< 0.0 concentration1)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x15))))))))
(assert
 (< 0.0 z))
(assert
 (let ((?x17 (- z)))
 (let ((?x18 (+ 1.0 ?x17)))
 (< 0.0 ?x18))))
(assert
 (let ((?x22 (to_real (to_int concentration1))))
 (let (($x25 (= ?x22 concentration1)))
 (let (($x21 (>= 0.0 concentration1)))
 (let (($x24 (and $x21 $x25)))
 (not $x24))))))
(assert
 (let ((?x28 (to_real (to_int concentration0))))
 (let (($x31 (= ?x28 concentration0)))
 (let (($x27 (>= 0.0 concentration0)))
 (let (($x30 (and $x27 $x31)))
 (not $x30))))))
(assert
 (let ((?x32 (+ concentration1 concentration0)))
 (let ((?x35 (to_real (to_int ?x32))))
 (let (($x38 (= ?x35 ?x32)))
 (let (($x34 (>= 0.0 ?x32)))
 (let (($x37 (and $x34 $x38)))
 (not $x37)))))))
(assert
 (let ((?x99 (- 1.0)))
 (let ((?x100 (+ 1.0 ?x99)))
 (let ((?x101 (* b ?x100)))
 (let ((?x96 (+ (- 1.0) 1.0)))
 (let ((?x97 (* f ?x96)))
 (let ((?x102 (+ ?x97 ?x101)))
 (or (and (distinct 0.0 ?x102) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
(assert
 (=> (> z 0.0) (= exp!1 z)))
(assert
 (= (< log!22 log!17) (< exp!2 exp!1)))
(assert
 (= (< log!17 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> (+ 1.0 (- z)) 0.0) (= exp!2 (+ 1.0 (- z)))))
(assert
 (=> (and (= concentration0 concentration1)) (= lgamma!26 lgamma!25)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration1)) (= lgamma!29 lgamma!25)))
(assert
 (=> (and (= (+ concentration1 concentration0) concentration0)) (= lgamma!29 lgamma!26)))
(check-sat)
(pop 1)
