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
(declare-fun log!6 () Real)
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
 (let ((?x50 (/ 1.0 rate)))
 (let ((?x49 (- z)))
 (let ((?x51 (+ ?x49 ?x50)))
 (let ((?x47 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x52 (* ?x47 ?x51)))
 (let ((?x53 (* f ?x52)))
 (let ((?x30 (- f)))
 (let ((?x31 (* z ?x30)))
 (let ((?x29 (/ f rate)))
 (let ((?x32 (+ ?x29 ?x31)))
 (let ((?x48 (* ?x47 ?x32)))
 (or (and (distinct ?x48 ?x53) true))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!6 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!6)))
(assert
 (let (($x25 (= exp!1 rate)))
 (=> (> rate 0.0) $x25)))
(assert
 (= (< (* rate z) log!6) (< exp!2 exp!1)))
(assert
 (= (< log!6 (* rate z)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (* rate z) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
