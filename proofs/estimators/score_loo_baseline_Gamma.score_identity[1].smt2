; certjax: rule estimators.score_loo_baseline_Gamma, obligation 'score_identity[1]', verdict proved
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
(declare-fun digamma!28 () Real)
(declare-fun log!19 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun log!15 () Real)
(declare-fun lgamma!24 () Real)
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
 (let ((?x173 (+ f ?x67)))
 (let ((?x169 (* digamma!28 0.0)))
 (let ((?x170 (- ?x169)))
 (let ((?x166 (- z)))
 (let ((?x14 (* rate z)))
 (let ((?x162 (/ z ?x14)))
 (let ((?x27 (+ concentration (- 1.0))))
 (let ((?x163 (* ?x27 ?x162)))
 (let ((?x161 (* log!19 0.0)))
 (let ((?x164 (+ ?x161 ?x163)))
 (let ((?x160 (/ 1.0 rate)))
 (let ((?x165 (+ ?x160 ?x164)))
 (let ((?x167 (+ ?x165 ?x166)))
 (let ((?x171 (+ ?x167 ?x170)))
 (let ((?x158 (/ (* (/ (/ (* 1.0 exp!2) exp!1) exp!3) exp!4) exp!5)))
 (let ((?x172 (* ?x158 ?x171)))
 (let ((?x174 (* ?x172 ?x173)))
 (let ((?x70 (* f 1.0)))
 (let ((?x68 (* 1.0 ?x67)))
 (let ((?x71 (+ ?x68 ?x70)))
 (let ((?x74 (* ?x27 ?x71)))
 (let ((?x75 (/ ?x74 ?x14)))
 (let ((?x73 (- ?x71)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x77 (* z ?x76)))
 (let ((?x72 (/ ?x71 rate)))
 (let ((?x78 (+ ?x72 ?x77)))
 (let ((?x159 (* ?x158 ?x78)))
 (or (and (distinct ?x159 ?x174) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!19 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!19)))
(assert
 (let ((?x14 (* rate z)))
 (let (($x37 (> ?x14 0.0)))
 (=> $x37 (= exp!1 ?x14)))))
(assert
 (= (< log!15 log!19) (< exp!2 exp!1)))
(assert
 (= (< log!19 log!15) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!15 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!15)))
(assert
 (let (($x56 (= exp!2 rate)))
 (=> (> rate 0.0) $x56)))
(assert
 (= (< lgamma!24 log!19) (< exp!3 exp!1)))
(assert
 (= (< log!19 lgamma!24) (< exp!1 exp!3)))
(assert
 (= (< lgamma!24 log!15) (< exp!3 exp!2)))
(assert
 (= (< log!15 lgamma!24) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!24 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!24)))
(assert
 (= (< (* concentration log!19) log!19) (< exp!4 exp!1)))
(assert
 (= (< log!19 (* concentration log!19)) (< exp!1 exp!4)))
(assert
 (= (< (* concentration log!19) log!15) (< exp!4 exp!2)))
(assert
 (= (< log!15 (* concentration log!19)) (< exp!2 exp!4)))
(assert
 (= (< (* concentration log!19) lgamma!24) (< exp!4 exp!3)))
(assert
 (= (< lgamma!24 (* concentration log!19)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* concentration log!19) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* concentration log!19))))
(assert
 (= (< (* rate z) log!19) (< exp!5 exp!1)))
(assert
 (= (< log!19 (* rate z)) (< exp!1 exp!5)))
(assert
 (= (< (* rate z) log!15) (< exp!5 exp!2)))
(assert
 (= (< log!15 (* rate z)) (< exp!2 exp!5)))
(assert
 (= (< (* rate z) lgamma!24) (< exp!5 exp!3)))
(assert
 (= (< lgamma!24 (* rate z)) (< exp!3 exp!5)))
(assert
 (= (< (* rate z) (* concentration log!19)) (< exp!5 exp!4)))
(assert
 (= (< (* concentration log!19) (* rate z)) (< exp!4 exp!5)))
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
