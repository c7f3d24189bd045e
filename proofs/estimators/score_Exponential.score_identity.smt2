; certjax: rule estimators.score_Exponential, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x55 (/ 1.0 rate)))
 (let ((?x54 (- z)))
 (let ((?x56 (+ ?x54 ?x55)))
 (let ((?x52 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x57 (* ?x52 ?x56)))
 (let ((?x58 (* f ?x57)))
 (let ((?x32 (* f 1.0)))
 (let ((?x30 (* 1.0 0.0)))
 (let ((?x33 (+ ?x30 ?x32)))
 (let ((?x35 (- ?x33)))
 (let ((?x36 (* z ?x35)))
 (let ((?x34 (/ ?x33 rate)))
 (let ((?x37 (+ ?x34 ?x36)))
 (let ((?x53 (* ?x52 ?x37)))
 (or (and (distinct ?x53 ?x58) true)))))))))))))))))
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
