; certjax: rule estimators.score_loo_baseline_Dirichlet, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |z[1]| () Real)
(declare-fun |z[0]| () Real)
(declare-fun |z[2]| () Real)
(declare-fun |concentration[1]| () Real)
(declare-fun |concentration[0]| () Real)
(declare-fun |concentration[2]| () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!30 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!28 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!29 () Real)
(declare-fun lgamma!38 () Real)
(declare-fun lgamma!40 () Real)
(declare-fun lgamma!41 () Real)
(declare-fun lgamma!42 () Real)
(assert
 (let ((?x22 (+ |z[0]| |z[1]|)))
 (let ((?x23 (+ |z[2]| ?x22)))
 (let (($x27 (= 1.0 ?x23)))
 (let (($x19 (< 0.0 |z[1]|)))
 (let (($x17 (< 0.0 |z[0]|)))
 (let (($x20 (and $x17 $x19)))
 (let (($x15 (< 0.0 |z[2]|)))
 (let (($x21 (and $x15 $x20)))
 (let (($x26 (and $x21 $x27)))
 (let (($x11 (< 0.0 |concentration[1]|)))
 (let (($x9 (< 0.0 |concentration[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |concentration[2]|)))
 (let (($x13 (and $x7 $x12)))
 (and $x13 $x26))))))))))))))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x153 (- 1.0)))
 (let ((?x154 (+ 1.0 ?x153)))
 (let ((?x155 (* b ?x154)))
 (let ((?x150 (+ (- 1.0) 1.0)))
 (let ((?x151 (* f ?x150)))
 (let ((?x156 (+ ?x151 ?x155)))
 (or (and (distinct 0.0 ?x156) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!30 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!30)))
(assert
 (=> (> |z[2]| 0.0) (= exp!1 |z[2]|)))
(assert
 (= (< log!28 log!30) (< exp!2 exp!1)))
(assert
 (= (< log!30 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> |z[0]| 0.0) (= exp!2 |z[0]|)))
(assert
 (= (< log!29 log!30) (< exp!3 exp!1)))
(assert
 (= (< log!30 log!29) (< exp!1 exp!3)))
(assert
 (= (< log!29 log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 log!29) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!29 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!29)))
(assert
 (=> (> |z[1]| 0.0) (= exp!3 |z[1]|)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= |concentration[0]| ?x29)) (= lgamma!40 lgamma!38)))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= |concentration[1]| ?x29)) (= lgamma!41 lgamma!38)))))
(assert
 (=> (and (= |concentration[1]| |concentration[0]|)) (= lgamma!41 lgamma!40)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= |concentration[2]| ?x29)) (= lgamma!42 lgamma!38)))))
(assert
 (=> (and (= |concentration[2]| |concentration[0]|)) (= lgamma!42 lgamma!40)))
(assert
 (=> (and (= |concentration[2]| |concentration[1]|)) (= lgamma!42 lgamma!41)))
(check-sat)
(pop 1)
