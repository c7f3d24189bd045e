; certjax: rule estimators.reparam_Uniform, obligation 'maps_base', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x14 (< z high)))
 (let (($x13 (< low z)))
 (let (($x15 (and $x13 $x14)))
 (let (($x11 (< low high)))
 (and $x11 $x15))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (< 0.0 ?x8))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x24 (+ z ?x7)))
 (let ((?x27 (/ ?x24 ?x8)))
 (< 0.0 ?x27))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x24 (+ z ?x7)))
 (let ((?x27 (/ ?x24 ?x8)))
 (> 1.0 ?x27))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
