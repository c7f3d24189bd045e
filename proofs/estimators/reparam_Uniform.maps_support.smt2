; certjax: rule estimators.reparam_Uniform, obligation 'maps_support', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun eps () Real)
(declare-fun high () Real)
(declare-fun low () Real)
(assert
 (let (($x17 (> 1.0 eps)))
 (let (($x15 (< 0.0 eps)))
 (let (($x18 (and $x15 $x17)))
 (let (($x13 (< low high)))
 (and $x13 $x18))))))
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
