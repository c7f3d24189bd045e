; certjax: rule estimators.reparam_Gamma, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!9 () Real)
(declare-fun log!5 () Real)
(declare-fun lgamma!14 () Real)
(assert
 (let (($x12 (< 0.0 z)))
 (let (($x9 (< 0.0 rate)))
 (let (($x7 (< 0.0 concentration)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x12))))))
(assert
 (let ((?x16 (to_real (to_int concentration))))
 (let (($x19 (= ?x16 concentration)))
 (let (($x15 (>= 0.0 concentration)))
 (let (($x18 (and $x15 $x19)))
 (not $x18))))))
(assert
 (let ((?x20 (* rate z)))
 (< 0.0 ?x20)))
(assert
 (< 0.0 rate))
(assert
 (let ((?x20 (* rate z)))
 (< 0.0 ?x20)))
(assert
 (let ((?x16 (to_real (to_int concentration))))
 (let (($x19 (= ?x16 concentration)))
 (let (($x15 (>= 0.0 concentration)))
 (let (($x18 (and $x15 $x19)))
 (not $x18))))))
(assert
 (let ((?x145 (/ (* (/ (/ 1.0 exp!3) exp!1) exp!4) exp!5)))
 (let ((?x146 (* rate ?x145)))
 (let ((?x139 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (or (and (distinct ?x139 ?x146) true))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (let ((?x20 (* rate z)))
 (let (($x33 (> ?x20 0.0)))
 (=> $x33 (= exp!1 ?x20)))))
(assert
 (= (< log!5 log!9) (< exp!2 exp!1)))
(assert
 (= (< log!9 log!5) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!5 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!5)))
(assert
 (let (($x52 (= exp!2 rate)))
 (=> (> rate 0.0) $x52)))
(assert
 (= (< lgamma!14 log!9) (< exp!3 exp!1)))
(assert
 (= (< log!9 lgamma!14) (< exp!1 exp!3)))
(assert
 (= (< lgamma!14 log!5) (< exp!3 exp!2)))
(assert
 (= (< log!5 lgamma!14) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!14 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!14)))
(assert
 (= (< (* concentration log!9) log!9) (< exp!4 exp!1)))
(assert
 (= (< log!9 (* concentration log!9)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!9) log!5) (< exp!4 exp!2)))
(assert
 (= (< log!5 (* concentration log!9)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!9) lgamma!14) (< exp!4 exp!3)))
(assert
 (= (< lgamma!14 (* concentration log!9)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!9) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!9))))
(assert
 (= (< (* rate z) log!9) (< exp!5 exp!1)))
(assert
 (= (< log!9 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!5) (< exp!5 exp!2)))
(assert
 (= (< log!5 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!14) (< exp!5 exp!3)))
(assert
 (= (< lgamma!14 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!9)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!9) (* rate z)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (let ((?x20 (* rate z)))
 (let (($x33 (> ?x20 0.0)))
 (= $x33 (> exp!5 1.0)))))
(assert
 (>= exp!5 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
