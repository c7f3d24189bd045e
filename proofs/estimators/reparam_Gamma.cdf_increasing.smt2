; certjax: rule estimators.reparam_Gamma, obligation 'cdf_increasing', verdict proved
; 11 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 11
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
 (let (($x183 (< 0.0 z)))
 (let (($x209 (< 0.0 rate)))
 (and $x209 $x183))))
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (< 0.0 concentration))
(assert
 (let ((?x67 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x94 (* ?x67 exp!4)))
 (let ((?x95 (* rate ?x94)))
 (< 0.0 ?x95)))))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 2 of 11
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
 (let (($x183 (< 0.0 z)))
 (let (($x209 (< 0.0 rate)))
 (and $x209 $x183))))
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (< 0.0 concentration))
(assert
 (let ((?x67 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x94 (* ?x67 exp!4)))
 (let ((?x95 (* rate ?x94)))
 (> 0.0 ?x95)))))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 3 of 11
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun unknown!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!2 () Real)
(declare-fun lgamma!13 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(assert
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (= concentration ?x97)))
(assert
 (> 0.0 unknown!3))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 4 of 11
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!5 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!2 () Real)
(declare-fun lgamma!13 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(assert
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (= concentration ?x97)))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!4))
(assert
 (> 0.0 unknown!5))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 5 of 11
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!5 () Real)
(declare-fun unknown!6 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!2 () Real)
(declare-fun lgamma!13 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(assert
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (= concentration ?x97)))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!4))
(assert
 (< 0.0 unknown!5))
(assert
 (> 0.0 unknown!6))
(assert
 (> 0.0 unknown!7))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 6 of 11
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!5 () Real)
(declare-fun unknown!6 () Real)
(declare-fun unknown!7 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun lgamma!13 () Real)
(assert
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (= concentration ?x97)))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!4))
(assert
 (< 0.0 unknown!5))
(assert
 (> 0.0 unknown!6))
(assert
 (< 0.0 unknown!7))
(assert
 (let ((?x94 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x95 (* rate ?x94)))
 (= 0.0 ?x95))))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 7 of 11
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!4 () Real)
(declare-fun unknown!5 () Real)
(declare-fun unknown!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun lgamma!13 () Real)
(assert
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (= concentration ?x97)))
(assert
 (< 0.0 unknown!3))
(assert
 (> 0.0 unknown!4))
(assert
 (< 0.0 unknown!5))
(assert
 (< 0.0 unknown!6))
(assert
 (let ((?x94 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x95 (* rate ?x94)))
 (= 0.0 ?x95))))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 8 of 11
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun unknown!3 () Real)
(declare-fun unknown!4 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun lgamma!13 () Real)
(assert
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (= concentration ?x97)))
(assert
 (< 0.0 unknown!3))
(assert
 (< 0.0 unknown!4))
(assert
 (let ((?x94 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x95 (* rate ?x94)))
 (= 0.0 ?x95))))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 9 of 11
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
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (< ?x97 concentration)))
(assert
 (let ((?x94 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x95 (* rate ?x94)))
 (< 0.0 ?x95))))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 10 of 11
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
 false)
(assert
 (let ((?x7 (* rate z)))
 (< 0.0 ?x7)))
(assert
 (> 0.0 concentration))
(assert
 (let ((?x97 (to_real (to_int concentration))))
 (< ?x97 concentration)))
(assert
 (let ((?x94 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x95 (* rate ?x94)))
 (> 0.0 ?x95))))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
; region 11 of 11
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun exp!2 () Real)
(declare-fun lgamma!13 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(assert
 (let (($x183 (< 0.0 z)))
 (let (($x209 (< 0.0 rate)))
 (let (($x11 (< 0.0 concentration)))
 (let (($x113 (and $x11 $x209)))
 (and $x113 $x183))))))
(assert
 (let ((?x7 (* rate z)))
 (> 0.0 ?x7)))
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
 (let (($x13 (> ?x7 0.0)))
 (=> $x13 (= exp!1 ?x7)))))
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
 (let (($x13 (> ?x7 0.0)))
 (= $x13 (> exp!3 1.0)))))
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
