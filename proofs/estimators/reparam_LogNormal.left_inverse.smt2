; certjax: rule estimators.reparam_LogNormal, obligation 'left_inverse', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun eps () Real)
(declare-fun loc () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x14 (- loc)))
(let ((?x12 (* scale eps)))
(let ((?x13 (+ loc ?x12)))
(let ((?x15 (+ ?x13 ?x14)))
(let ((?x16 (/ ?x15 scale)))
(or (and (distinct ?x16 eps) true))))))))
(check-sat)
(pop 1)
