; certjax: rule estimators.reparam_Uniform, obligation 'maps_support', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun high () Real)
(declare-fun low () Real)
(assert
 (let (($x22 (> 1.0 eps)))
 (let (($x18 (< 0.0 eps)))
 (let (($x28 (and $x18 $x22)))
 (let (($x14 (< low high)))
 (and $x14 $x28))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (* eps ?x9)))
 (let ((?x11 (+ low ?x10)))
 (< ?x11 low))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun high () Real)
(declare-fun low () Real)
(assert
 (let (($x22 (> 1.0 eps)))
 (let (($x18 (< 0.0 eps)))
 (let (($x28 (and $x18 $x22)))
 (let (($x14 (< low high)))
 (and $x14 $x28))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (* eps ?x9)))
 (let ((?x11 (+ low ?x10)))
 (< low ?x11))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (* eps ?x9)))
 (let ((?x11 (+ low ?x10)))
 (< ?x11 high))))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun high () Real)
(declare-fun low () Real)
(assert
 (let (($x22 (> 1.0 eps)))
 (let (($x18 (< 0.0 eps)))
 (let (($x28 (and $x18 $x22)))
 (let (($x14 (< low high)))
 (and $x14 $x28))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (* eps ?x9)))
 (let ((?x11 (+ low ?x10)))
 (< low ?x11))))))
(assert
 (let ((?x8 (- low)))
 (let ((?x9 (+ high ?x8)))
 (let ((?x10 (* eps ?x9)))
 (let ((?x11 (+ low ?x10)))
 (< high ?x11))))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(check-sat)
(pop 1)
