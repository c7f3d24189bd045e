; certjax: rule estimators.score_Exponential, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
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
 (let ((?x63 (/ 1.0 rate)))
 (let ((?x62 (- z)))
 (let ((?x64 (+ ?x62 ?x63)))
 (let ((?x52 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x65 (* ?x52 ?x64)))
 (let ((?x66 (* f ?x65)))
 (let ((?x55 (* f 1.0)))
 (let ((?x53 (* 1.0 0.0)))
 (let ((?x56 (+ ?x53 ?x55)))
 (let ((?x58 (- ?x56)))
 (let ((?x59 (* z ?x58)))
 (let ((?x57 (/ ?x56 rate)))
 (let ((?x60 (+ ?x57 ?x59)))
 (let ((?x61 (* ?x52 ?x60)))
 (or (and (distinct ?x61 ?x66) true)))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x17 (> log!6 0.0)))
 (= $x17 (> exp!1 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!6)))
 (>= exp!1 ?x20)))
(assert
 (let (($x23 (= exp!1 rate)))
 (let (($x22 (> rate 0.0)))
 (=> $x22 $x23))))
(assert
 (let (($x26 (< log!6 log!6)))
 (= $x26 (< exp!2 exp!1))))
(assert
 (let (($x26 (< log!6 log!6)))
 (= $x26 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x17 (> log!6 0.0)))
 (= $x17 (> exp!2 1.0))))
(assert
 (let ((?x20 (+ 1.0 log!6)))
 (>= exp!2 ?x20)))
(assert
 (let (($x35 (= exp!2 rate)))
 (let (($x22 (> rate 0.0)))
 (=> $x22 $x35))))
(assert
 (= (< (* rate z) log!6) (< exp!3 exp!2)))
(assert
 (= (< log!6 (* rate z)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (* rate z) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
