; certjax: rule estimators.score_constant_baseline_Gamma, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun concentration () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun digamma!27 () Real)
(declare-fun log!18 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!14 () Real)
(declare-fun lgamma!23 () Real)
(assert
 (let (($x12 (< 0.0 z)))
 (let (($x9 (< 0.0 rate)))
 (let (($x7 (< 0.0 concentration)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x12))))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x14 (* rate z)))
 (< 0.0 ?x14)))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let ((?x18 (to_real (to_int concentration))))
 (let (($x21 (= ?x18 concentration)))
 (let (($x17 (>= 0.0 concentration)))
 (let (($x20 (and $x17 $x21)))
 (not $x20))))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let (($x24 (= 0.0 rate)))
 (not $x24)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x26 (= 0.0 ?x14)))
 (not $x26))))
(assert
 (let ((?x67 (- b)))
 (let ((?x166 (+ f ?x67)))
 (let ((?x163 (- digamma!27)))
 (let ((?x14 (* rate z)))
 (let ((?x159 (/ 0.0 ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x160 (* ?x27 ?x159)))
 (let ((?x161 (+ log!18 ?x160)))
 (let ((?x158 (/ 0.0 rate)))
 (let ((?x162 (+ ?x158 ?x161)))
 (let ((?x164 (+ ?x162 ?x163)))
 (let ((?x156 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x165 (* ?x156 ?x164)))
 (let ((?x167 (* ?x165 ?x166)))
 (let ((?x70 (* f 1.0)))
 (let ((?x68 (* 1.0 ?x67)))
 (let ((?x71 (+ ?x68 ?x70)))
 (let ((?x75 (* log!18 ?x71)))
 (let ((?x72 (- ?x71)))
 (let ((?x74 (* digamma!27 ?x72)))
 (let ((?x76 (+ ?x74 ?x75)))
 (let ((?x157 (* ?x156 ?x76)))
 (or (and (distinct ?x157 ?x167) true)))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!18 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!18)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (=> $x37 (= exp!1 ?x14)))))
(assert
 (= (< log!14 log!18) (< exp!2 exp!1)))
(assert
 (= (< log!18 log!14) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!14 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!14)))
(assert
 (let (($x56 (= exp!2 rate)))
 (=> (> rate 0.0) $x56)))
(assert
 (= (< lgamma!23 log!18) (< exp!3 exp!1)))
(assert
 (= (< log!18 lgamma!23) (< exp!1 exp!3)))
(assert
 (= (< lgamma!23 log!14) (< exp!3 exp!2)))
(assert
 (= (< log!14 lgamma!23) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!23 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!23)))
(assert
 (= (< (* concentration log!18) log!18) (< exp!4 exp!1)))
(assert
 (= (< log!18 (* concentration log!18)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!18) log!14) (< exp!4 exp!2)))
(assert
 (= (< log!14 (* concentration log!18)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!18) lgamma!23) (< exp!4 exp!3)))
(assert
 (= (< lgamma!23 (* concentration log!18)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!18) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!18))))
(assert
 (= (< (* rate z) log!18) (< exp!5 exp!1)))
(assert
 (= (< log!18 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!14) (< exp!5 exp!2)))
(assert
 (= (< log!14 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!23) (< exp!5 exp!3)))
(assert
 (= (< lgamma!23 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!18)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!18) (* rate z)) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (= $x37 (> exp!5 1.0)))))
(assert
 (>= exp!5 (+ 1.0 (* rate z))))
(check-sat)
(pop 1)
