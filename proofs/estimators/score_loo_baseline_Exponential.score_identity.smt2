; certjax: rule estimators.score_loo_baseline_Exponential, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!9 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x9))))
(assert
 (< 0.0 rate))
(assert
 (let (($x13 (= 0.0 rate)))
 (not $x13)))
(assert
 (< 0.0 rate))
(assert
 (let (($x13 (= 0.0 rate)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 rate)))
 (not $x13)))
(assert
 (let ((?x53 (/ 1.0 rate)))
 (let ((?x52 (- z)))
 (let ((?x54 (+ ?x52 ?x53)))
 (let ((?x50 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x55 (* ?x50 ?x54)))
 (let ((?x30 (- b)))
 (let ((?x31 (+ f ?x30)))
 (let ((?x56 (* ?x31 ?x55)))
 (let ((?x33 (- ?x31)))
 (let ((?x34 (* z ?x33)))
 (let ((?x32 (/ ?x31 rate)))
 (let ((?x35 (+ ?x32 ?x34)))
 (let ((?x51 (* ?x50 ?x35)))
 (or (and (distinct ?x51 ?x56) true))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (let (($x25 (= exp!1 rate)))
 (=> (> rate 0.0) $x25)))
(assert
 (= (< (* rate z) log!9) (< exp!2 exp!1)))
(assert
 (= (< log!9 (* rate z)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (* rate z) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
