; certjax: rule estimators.score_loo_baseline_Poisson, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!9 () Real)
(declare-fun lgamma!15 () Real)
(assert
 (let (($x10 (<= 0.0 z)))
 (let (($x7 (< 0.0 rate)))
 (and $x7 $x10))))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (< 0.0 rate))
(assert
 (let ((?x12 (+ z 1.0)))
 (let ((?x15 (to_real (to_int ?x12))))
 (let (($x18 (= ?x15 ?x12)))
 (let (($x14 (>= 0.0 ?x12)))
 (let (($x17 (and $x14 $x18)))
 (not $x17)))))))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 rate)))
 (not $x21)))
(assert
 (let ((?x41 (- b)))
 (let ((?x115 (+ f ?x41)))
 (let ((?x111 (/ 1.0 rate)))
 (let ((?x112 (* z ?x111)))
 (let ((?x113 (+ (- 1.0) ?x112)))
 (let ((?x82 (/ (/ 1.0 exp!2) exp!3)))
 (let ((?x108 (* ?x82 exp!4)))
 (let ((?x114 (* ?x108 ?x113)))
 (let ((?x116 (* ?x114 ?x115)))
 (let ((?x44 (* f 1.0)))
 (let ((?x42 (* 1.0 ?x41)))
 (let ((?x45 (+ ?x42 ?x44)))
 (let ((?x47 (* z ?x45)))
 (let ((?x48 (/ ?x47 rate)))
 (let ((?x46 (- ?x45)))
 (let ((?x49 (+ ?x46 ?x48)))
 (let ((?x109 (* ?x108 ?x49)))
 (or (and (distinct ?x109 ?x116) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!9 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!9)))
(assert
 (let (($x30 (= exp!1 rate)))
 (let (($x29 (> rate 0.0)))
 (=> $x29 $x30))))
(assert
 (= (< rate log!9) (< exp!2 exp!1)))
(assert
 (= (< log!9 rate) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> rate 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (>= exp!2 (+ 1.0 rate)))
(assert
 (= (< lgamma!15 log!9) (< exp!3 exp!1)))
(assert
 (= (< log!9 lgamma!15) (< exp!1 exp!3)))
(assert
 (= (< lgamma!15 rate) (< exp!3 exp!2)))
(assert
 (= (< rate lgamma!15) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!15 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!15)))
(assert
 (= (< (* z log!9) log!9) (< exp!4 exp!1)))
(assert
 (= (< log!9 (* z log!9)) (< exp!1 exp!4)))
(assert
 (= (< (* z log!9) rate) (< exp!4 exp!2)))
(assert
 (= (< rate (* z log!9)) (< exp!2 exp!4)))
(assert
 (= (< (* z log!9) lgamma!15) (< exp!4 exp!3)))
(assert
 (= (< lgamma!15 (* z log!9)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* z log!9) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* z log!9))))
(check-sat)
(pop 1)
