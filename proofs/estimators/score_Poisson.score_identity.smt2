; certjax: rule estimators.score_Poisson, obligation 'score_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun rate () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun log!7 () Real)
(declare-fun lgamma!13 () Real)
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
 (let ((?x109 (/ 1.0 rate)))
 (let ((?x110 (* z ?x109)))
 (let ((?x111 (+ (- 1.0) ?x110)))
 (let ((?x80 (/ (/ 1.0 exp!2) exp!3)))
 (let ((?x106 (* ?x80 exp!4)))
 (let ((?x112 (* ?x106 ?x111)))
 (let ((?x113 (* f ?x112)))
 (let ((?x42 (* f 1.0)))
 (let ((?x40 (* 1.0 0.0)))
 (let ((?x43 (+ ?x40 ?x42)))
 (let ((?x45 (* z ?x43)))
 (let ((?x46 (/ ?x45 rate)))
 (let ((?x44 (- ?x43)))
 (let ((?x47 (+ ?x44 ?x46)))
 (let ((?x107 (* ?x106 ?x47)))
 (or (and (distinct ?x107 ?x113) true))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!7 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!7)))
(assert
 (let (($x30 (= exp!1 rate)))
 (let (($x29 (> rate 0.0)))
 (=> $x29 $x30))))
(assert
 (= (< rate log!7) (< exp!2 exp!1)))
(assert
 (= (< log!7 rate) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (let (($x29 (> rate 0.0)))
 (= $x29 (> exp!2 1.0))))
(assert
 (>= exp!2 (+ 1.0 rate)))
(assert
 (= (< lgamma!13 log!7) (< exp!3 exp!1)))
(assert
 (= (< log!7 lgamma!13) (< exp!1 exp!3)))
(assert
 (= (< lgamma!13 rate) (< exp!3 exp!2)))
(assert
 (= (< rate lgamma!13) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> lgamma!13 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 lgamma!13)))
(assert
 (= (< (* z log!7) log!7) (< exp!4 exp!1)))
(assert
 (= (< log!7 (* z log!7)) (< exp!1 exp!4)))
(assert
 (= (< (* z log!7) rate) (< exp!4 exp!2)))
(assert
 (= (< rate (* z log!7)) (< exp!2 exp!4)))
(assert
 (= (< (* z log!7) lgamma!13) (< exp!4 exp!3)))
(assert
 (= (< lgamma!13 (* z log!7)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* z log!7) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* z log!7))))
(check-sat)
(pop 1)
