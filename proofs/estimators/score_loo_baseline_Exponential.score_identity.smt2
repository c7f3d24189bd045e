; certjax: rule estimators.score_loo_baseline_Exponential, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!11 () Real)
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
 (let ((?x31 (- b)))
 (let ((?x60 (+ f ?x31)))
 (let ((?x57 (/ 1.0 rate)))
 (let ((?x56 (- z)))
 (let ((?x58 (+ ?x56 ?x57)))
 (let ((?x54 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x59 (* ?x54 ?x58)))
 (let ((?x61 (* ?x59 ?x60)))
 (let ((?x34 (* f 1.0)))
 (let ((?x32 (* 1.0 ?x31)))
 (let ((?x35 (+ ?x32 ?x34)))
 (let ((?x37 (- ?x35)))
 (let ((?x38 (* z ?x37)))
 (let ((?x36 (/ ?x35 rate)))
 (let ((?x39 (+ ?x36 ?x38)))
 (let ((?x55 (* ?x54 ?x39)))
 (or (and (distinct ?x55 ?x61) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!11 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!11)))
(assert
 (let (($x25 (= exp!1 rate)))
 (=> (> rate 0.0) $x25)))
(assert
 (= (< (* rate z) log!11) (< exp!2 exp!1)))
(assert
 (= (< log!11 (* rate z)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (* rate z) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
