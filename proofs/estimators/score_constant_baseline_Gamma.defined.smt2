; certjax: rule estimators.score_constant_baseline_Gamma, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(assert
 (let (($x12 (< 0.0 z)))
 (let (($x9 (< 0.0 rate)))
 (let (($x7 (< 0.0 concentration)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x12))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x14 (* rate z)))
(let (($x26 (= 0.0 ?x14)))
(let (($x25 (not $x26)))
(let (($x24 (= 0.0 rate)))
(let (($x23 (not $x24)))
(let ((?x18 (to_real (to_int concentration))))
(let (($x21 (= ?x18 concentration)))
(let (($x17 (>= 0.0 concentration)))
(let (($x20 (and $x17 $x21)))
(let (($x19 (not $x20)))
(let (($x15 (< 0.0 ?x14)))
(let (($x9 (< 0.0 rate)))
(not (and $x9 $x15 $x19 $x19 $x23 $x25)))))))))))))))
(check-sat)
(pop 1)
