; certjax: rule estimators.score_Poisson, obligation 'second_order.defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(assert
 (let (($x10 (<= 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x10))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
(let (($x20 (not $x21)))
(let ((?x12 (+ z 1.0)))
(let ((?x15 (to_real (to_int ?x12))))
(let (($x18 (= ?x15 ?x12)))
(let (($x14 (>= 0.0 ?x12)))
(let (($x17 (and $x14 $x18)))
(let (($x16 (not $x17)))
(let (($x7 (< 0.0 rate)))
(not (and $x7 $x16 $x20 $x20 $x20))))))))))))
(check-sat)
(pop 1)
