; certjax: rule estimators.reparam_Uniform, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun high () Real)
(declare-fun z () Real)
(declare-fun low () Real)
(declare-fun exp!2 () Real)
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
 (or (and (distinct (/ 1.0 exp!2) (/ 1.0 (+ high (- low)))) true)))
(assert
 (> exp!1 0.0))
(assert
 (let (($x23 (> log!9 0.0)))
 (= $x23 (> exp!1 1.0))))
(assert
 (let ((?x26 (+ 1.0 log!9)))
 (>= exp!1 ?x26)))
(assert
 (let ((?x13 (- low)))
 (let ((?x14 (+ high ?x13)))
 (let (($x28 (> ?x14 0.0)))
 (=> $x28 (= exp!1 ?x14))))))
(assert
 (let (($x32 (< log!9 log!9)))
 (= $x32 (< exp!2 exp!1))))
(assert
 (let (($x32 (< log!9 log!9)))
 (= $x32 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x23 (> log!9 0.0)))
 (= $x23 (> exp!2 1.0))))
(assert
 (let ((?x26 (+ 1.0 log!9)))
 (>= exp!2 ?x26)))
(assert
 (let ((?x13 (- low)))
(let ((?x14 (+ high ?x13)))
(let (($x28 (> ?x14 0.0)))
(=> $x28 (= exp!2 ?x14))))))
(check-sat)
(pop 1)
