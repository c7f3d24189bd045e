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
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x54 (- b)))
 (let ((?x68 (+ f ?x54)))
 (let ((?x65 (/ 1.0 rate)))
 (let ((?x64 (- z)))
 (let ((?x66 (+ ?x64 ?x65)))
 (let ((?x52 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x67 (* ?x52 ?x66)))
 (let ((?x69 (* ?x67 ?x68)))
 (let ((?x57 (* f 1.0)))
 (let ((?x55 (* 1.0 ?x54)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x60 (- ?x58)))
 (let ((?x61 (* z ?x60)))
 (let ((?x59 (/ ?x58 rate)))
 (let ((?x62 (+ ?x59 ?x61)))
 (let ((?x63 (* ?x52 ?x62)))
 (or (and (distinct ?x63 ?x69) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x17 (> log!9 0.0)))
 (= $x17 (> exp!1 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!9)))
 (>= exp!1 ?x20)))
(assert
 (let (($x23 (= exp!1 rate)))
 (let (($x22 (> rate 0.0)))
 (=> $x22 $x23))))
(assert
 (let (($x26 (< log!9 log!9)))
 (= $x26 (< exp!2 exp!1))))
(assert
 (let (($x26 (< log!9 log!9)))
 (= $x26 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x17 (> log!9 0.0)))
 (= $x17 (> exp!2 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!9)))
 (>= exp!2 ?x20)))
(assert
 (let (($x35 (= exp!2 rate)))
 (let (($x22 (> rate 0.0)))
 (=> $x22 $x35))))
(assert
 (= (< (* rate z) log!9) (< exp!3 exp!2)))
(assert
 (= (< log!9 (* rate z)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (* rate z) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
