; certjax: rule estimators.reparam_Uniform, obligation 'maps_base', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x27 (< low z)))
 (let (($x33 (and $x27 $x21)))
 (let (($x42 (< low high)))
 (and $x42 $x33))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x10 (+ high ?x7)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x11 (/ ?x8 ?x10)))
 (< 0.0 ?x11))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x10 (+ high ?x7)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x11 (/ ?x8 ?x10)))
 (< 1.0 ?x11))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x27 (< low z)))
 (let (($x33 (and $x27 $x21)))
 (let (($x42 (< low high)))
 (and $x42 $x33))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x10 (+ high ?x7)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x11 (/ ?x8 ?x10)))
 (< 0.0 ?x11))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x10 (+ high ?x7)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x11 (/ ?x8 ?x10)))
 (> 1.0 ?x11))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x27 (< low z)))
 (let (($x33 (and $x27 $x21)))
 (let (($x42 (< low high)))
 (and $x42 $x33))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x10 (+ high ?x7)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x11 (/ ?x8 ?x10)))
 (> 0.0 ?x11))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
