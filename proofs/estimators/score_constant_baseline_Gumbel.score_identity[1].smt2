; certjax: rule estimators.score_constant_baseline_Gumbel, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!13 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x83 (- b)))
 (let ((?x112 (+ f ?x83)))
 (let ((?x108 (/ 1.0 scale)))
 (let ((?x109 (- ?x108)))
 (let ((?x13 (- loc)))
 (let ((?x14 (+ z ?x13)))
 (let ((?x101 (- ?x14)))
 (let ((?x91 (/ 1.0 (* scale scale))))
 (let ((?x102 (* ?x91 ?x101)))
 (let ((?x100 (/ 0.0 scale)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x23 (/ 1.0 exp!1)))
 (let ((?x105 (* ?x23 ?x104)))
 (let ((?x106 (+ ?x103 ?x105)))
 (let ((?x107 (- ?x106)))
 (let ((?x110 (+ ?x107 ?x109)))
 (let ((?x81 (/ (/ ?x23 exp!2) exp!4)))
 (let ((?x111 (* ?x81 ?x110)))
 (let ((?x113 (* ?x111 ?x112)))
 (let ((?x86 (* f 1.0)))
 (let ((?x84 (* 1.0 ?x83)))
 (let ((?x87 (+ ?x84 ?x86)))
 (let ((?x88 (- ?x87)))
 (let ((?x92 (* ?x23 ?x88)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (+ ?x88 ?x93)))
 (let ((?x95 (* ?x91 ?x94)))
 (let ((?x96 (* ?x14 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x89 (/ ?x88 scale)))
 (let ((?x98 (+ ?x89 ?x97)))
 (let ((?x99 (* ?x81 ?x98)))
 (or (and (distinct ?x99 ?x113) true))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ 1.0 exp!1))))
(assert
 (let ((?x13 (- loc)))
 (let ((?x14 (+ z ?x13)))
 (let ((?x15 (/ ?x14 scale)))
 (let (($x40 (< log!13 ?x15)))
 (= $x40 (< exp!3 exp!1)))))))
(assert
 (let ((?x13 (- loc)))
 (let ((?x14 (+ z ?x13)))
 (let ((?x15 (/ ?x14 scale)))
 (let (($x43 (< ?x15 log!13)))
 (= $x43 (< exp!1 exp!3)))))))
(assert
 (let ((?x23 (/ 1.0 exp!1)))
 (let (($x46 (< log!13 ?x23)))
 (= $x46 (< exp!3 exp!2)))))
(assert
 (let ((?x23 (/ 1.0 exp!1)))
 (let (($x49 (< ?x23 log!13)))
 (= $x49 (< exp!2 exp!3)))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x53 (> log!13 0.0)))
 (= $x53 (> exp!3 1.0))))
(assert
 (let ((?x56 (+ 1.0 log!13)))
 (>= exp!3 ?x56)))
(assert
 (let (($x59 (= exp!3 scale)))
 (let (($x58 (> scale 0.0)))
 (=> $x58 $x59))))
(assert
 (let ((?x13 (- loc)))
 (let ((?x14 (+ z ?x13)))
 (let ((?x15 (/ ?x14 scale)))
 (let (($x40 (< log!13 ?x15)))
 (= $x40 (< exp!4 exp!1)))))))
(assert
 (let ((?x13 (- loc)))
 (let ((?x14 (+ z ?x13)))
 (let ((?x15 (/ ?x14 scale)))
 (let (($x43 (< ?x15 log!13)))
 (= $x43 (< exp!1 exp!4)))))))
(assert
 (let ((?x23 (/ 1.0 exp!1)))
 (let (($x46 (< log!13 ?x23)))
 (= $x46 (< exp!4 exp!2)))))
(assert
 (let ((?x23 (/ 1.0 exp!1)))
 (let (($x49 (< ?x23 log!13)))
 (= $x49 (< exp!2 exp!4)))))
(assert
 (let (($x70 (< log!13 log!13)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x70 (< log!13 log!13)))
 (= $x70 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x53 (> log!13 0.0)))
 (= $x53 (> exp!4 1.0))))
(assert
 (let ((?x56 (+ 1.0 log!13)))
 (>= exp!4 ?x56)))
(assert
 (let (($x79 (= exp!4 scale)))
(let (($x58 (> scale 0.0)))
(=> $x58 $x79))))
(check-sat)
(pop 1)
