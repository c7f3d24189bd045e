; certjax: rule estimators.reparam_Uniform, obligation 'right_inverse', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(assert
 (let (($x10 (< z high)))
 (let (($x9 (< low z)))
 (let (($x11 (and $x9 $x10)))
 (let (($x7 (< low high)))
 (and $x7 $x11))))))
(assert
 (let ((?x13 (- low)))
 (let ((?x14 (+ high ?x13)))
 (let (($x18 (= 0.0 ?x14)))
 (not $x18)))))
(assert
 (let ((?x13 (- low)))
(let ((?x14 (+ high ?x13)))
(let ((?x16 (+ z ?x13)))
(let ((?x19 (/ ?x16 ?x14)))
(let ((?x20 (* ?x14 ?x19)))
(let ((?x21 (+ low ?x20)))
(or (and (distinct ?x21 z) true)))))))))
(check-sat)
(pop 1)
