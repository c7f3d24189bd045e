; certjax: rule estimators.reparam_Uniform, obligation 'maps_base', verdict proved
; 6 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 6
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x47 (< low z)))
 (let (($x30 (and $x47 $x21)))
 (let (($x44 (< low high)))
 (and $x44 $x30))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (< 0.0 ?x8))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (< 0.0 ?x27))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (< 1.0 ?x27))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 6
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x47 (< low z)))
 (let (($x30 (and $x47 $x21)))
 (let (($x44 (< low high)))
 (and $x44 $x30))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (< 0.0 ?x8))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (< 0.0 ?x27))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (> 1.0 ?x27))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 6
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x47 (< low z)))
 (let (($x30 (and $x47 $x21)))
 (let (($x44 (< low high)))
 (and $x44 $x30))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (< 0.0 ?x8))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (> 0.0 ?x27))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 4 of 6
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x47 (< low z)))
 (let (($x30 (and $x47 $x21)))
 (let (($x44 (< low high)))
 (and $x44 $x30))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (> 0.0 ?x8))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (< 0.0 ?x27))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (< 1.0 ?x27))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 5 of 6
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x47 (< low z)))
 (let (($x30 (and $x47 $x21)))
 (let (($x44 (< low high)))
 (and $x44 $x30))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (> 0.0 ?x8))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (< 0.0 ?x27))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (> 1.0 ?x27))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 6 of 6
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x21 (< z high)))
 (let (($x47 (< low z)))
 (let (($x30 (and $x47 $x21)))
 (let (($x44 (< low high)))
 (and $x44 $x30))))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (> 0.0 ?x8))))
(assert
 (let ((?x7 (- low)))
 (let ((?x8 (+ high ?x7)))
 (let ((?x23 (+ z ?x7)))
 (let ((?x27 (/ ?x23 ?x8)))
 (> 0.0 ?x27))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
