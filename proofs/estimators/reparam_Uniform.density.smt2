; certjax: rule estimators.reparam_Uniform, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(declare-fun exp!1 () Real)
(declare-fun log!9 () Real)
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
 (< 0.0 ?x14))))
(assert
 (let ((?x13 (- low)))
 (let ((?x14 (+ high ?x13)))
 (let (($x18 (= 0.0 ?x14)))
 (not $x18)))))
(assert
 (or (and (distinct (/ 1.0 exp!1) (/ 1.0 (+ high (- low)))) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (=> (> (+ high (- low)) 0.0) (= exp!1 (+ high (- low)))))
(check-sat)
(pop 1)
