; certjax: rule estimators.reparam_Gamma, obligation 'cdf_increasing', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun lgamma!13 () Real)
(assert
 (let (($x344 (< 0.0 z)))
 (let (($x178 (< 0.0 rate)))
 (let (($x211 (< 0.0 concentration)))
 (let (($x338 (and $x211 $x178)))
 (and $x338 $x344))))))
(assert
 (let ((?x63 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x90 (* ?x63 exp!4)))
 (let ((?x91 (* rate ?x90)))
 (< 0.0 ?x91)))))
(assert
 (or (and (distinct 0.0 0.0) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (let ((?x7 (* rate z)))
 (let (($x22 (> ?x7 0.0)))
 (=> $x22 (= exp!1 ?x7)))))
(assert
 (= (< lgamma!13 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 lgamma!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> lgamma!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 lgamma!13)))
(assert
 (= (< (* rate z) log!10) (< exp!3 exp!1)))
(assert
 (= (< log!10 (* rate z)) (< exp!1 exp!3)))
(assert
 (= (< (* rate z) lgamma!13) (< exp!3 exp!2)))
(assert
 (= (< lgamma!13 (* rate z)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x7 (* rate z)))
 (let (($x22 (> ?x7 0.0)))
 (= $x22 (> exp!3 1.0)))))
(assert
 (>= exp!3 (+ 1.0 (* rate z))))
(assert
 (= (< (* concentration log!10) log!10) (< exp!4 exp!1)))
(assert
 (= (< log!10 (* concentration log!10)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!10) lgamma!13) (< exp!4 exp!2)))
(assert
 (= (< lgamma!13 (* concentration log!10)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!10) (* rate z)) (< exp!4 exp!3)))
(assert
 (= (< (* rate z) (* concentration log!10)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!10) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!10))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun lgamma!13 () Real)
(assert
 (let (($x344 (< 0.0 z)))
 (let (($x178 (< 0.0 rate)))
 (let (($x211 (< 0.0 concentration)))
 (let (($x338 (and $x211 $x178)))
 (and $x338 $x344))))))
(assert
 (let ((?x63 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x90 (* ?x63 exp!4)))
 (let ((?x91 (* rate ?x90)))
 (> 0.0 ?x91)))))
(assert
 (or (and (distinct 1.0 0.0) true)))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (let ((?x7 (* rate z)))
 (let (($x22 (> ?x7 0.0)))
 (=> $x22 (= exp!1 ?x7)))))
(assert
 (= (< lgamma!13 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 lgamma!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> lgamma!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 lgamma!13)))
(assert
 (= (< (* rate z) log!10) (< exp!3 exp!1)))
(assert
 (= (< log!10 (* rate z)) (< exp!1 exp!3)))
(assert
 (= (< (* rate z) lgamma!13) (< exp!3 exp!2)))
(assert
 (= (< lgamma!13 (* rate z)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x7 (* rate z)))
 (let (($x22 (> ?x7 0.0)))
 (= $x22 (> exp!3 1.0)))))
(assert
 (>= exp!3 (+ 1.0 (* rate z))))
(assert
 (= (< (* concentration log!10) log!10) (< exp!4 exp!1)))
(assert
 (= (< log!10 (* concentration log!10)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!10) lgamma!13) (< exp!4 exp!2)))
(assert
 (= (< lgamma!13 (* concentration log!10)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!10) (* rate z)) (< exp!4 exp!3)))
(assert
 (= (< (* rate z) (* concentration log!10)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!10) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!10))))
(check-sat)
(pop 1)
