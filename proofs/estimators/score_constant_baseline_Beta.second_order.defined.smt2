; certjax: rule estimators.score_constant_baseline_Beta, obligation 'second_order.defined', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun concentration1 () Real)
(declare-fun concentration0 () Real)
(assert
 (< 0.0 concentration1))
(assert
 (< 0.0 concentration0))
(assert
 (let ((?x12 (to_real (to_int concentration1))))
 (let (($x15 (= ?x12 concentration1)))
 (let (($x11 (>= 0.0 concentration1)))
 (let (($x14 (and $x11 $x15)))
 (not $x14))))))
(assert
 (let ((?x18 (to_real (to_int concentration0))))
 (let (($x21 (= ?x18 concentration0)))
 (let (($x17 (>= 0.0 concentration0)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x22 (+ concentration1 concentration0)))
 (let ((?x25 (to_real (to_int ?x22))))
 (let (($x28 (= ?x25 ?x22)))
 (let (($x24 (>= 0.0 ?x22)))
 (let (($x27 (and $x24 $x28)))
 (not $x27)))))))
(assert
 (let ((?x12 (to_real (to_int concentration1))))
 (let (($x15 (= ?x12 concentration1)))
 (let (($x11 (>= 0.0 concentration1)))
 (let (($x14 (and $x11 $x15)))
 (not $x14))))))
(assert
 (let ((?x22 (+ concentration1 concentration0)))
 (let ((?x25 (to_real (to_int ?x22))))
 (let (($x28 (= ?x25 ?x22)))
 (let (($x24 (>= 0.0 ?x22)))
 (let (($x27 (and $x24 $x28)))
 (not $x27)))))))
(assert
 (let ((?x12 (to_real (to_int concentration1))))
 (let (($x15 (= ?x12 concentration1)))
 (let (($x11 (>= 0.0 concentration1)))
 (let (($x14 (and $x11 $x15)))
 (not $x14))))))
(assert
 (let ((?x22 (+ concentration1 concentration0)))
 (let ((?x25 (to_real (to_int ?x22))))
 (let (($x28 (= ?x25 ?x22)))
 (let (($x24 (>= 0.0 ?x22)))
 (let (($x27 (and $x24 $x28)))
 (not $x27)))))))
(assert
 (let ((?x18 (to_real (to_int concentration0))))
 (let (($x21 (= ?x18 concentration0)))
 (let (($x17 (>= 0.0 concentration0)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x18 (to_real (to_int concentration0))))
 (let (($x21 (= ?x18 concentration0)))
 (let (($x17 (>= 0.0 concentration0)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x18 (to_real (to_int concentration0))))
(let (($x21 (= ?x18 concentration0)))
(let (($x17 (>= 0.0 concentration0)))
(let (($x20 (and $x17 $x21)))
(let (($x19 (not $x20)))
(let ((?x12 (to_real (to_int concentration1))))
(let (($x15 (= ?x12 concentration1)))
(let (($x11 (>= 0.0 concentration1)))
(let (($x14 (and $x11 $x15)))
(let (($x13 (not $x14)))
(let ((?x22 (+ concentration1 concentration0)))
(let ((?x25 (to_real (to_int ?x22))))
(let (($x28 (= ?x25 ?x22)))
(let (($x24 (>= 0.0 ?x22)))
(let (($x27 (and $x24 $x28)))
(let (($x26 (not $x27)))
(not (and $x13 $x19 $x26 $x13 $x19 $x26 $x26 $x13 $x19)))))))))))))))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(assert
 (< 0.0 z))
(assert
 (> 1.0 z))
(assert
 (< 0.0 z))
(assert
 (let ((?x10 (- z)))
 (let ((?x11 (+ 1.0 ?x10)))
 (< 0.0 ?x11))))
(assert
 (not (and (< 0.0 z) (< 0.0 (+ 1.0 (- z))))))
(check-sat)
(pop 1)
