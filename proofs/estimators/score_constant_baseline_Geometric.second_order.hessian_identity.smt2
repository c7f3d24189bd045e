; certjax: rule estimators.score_constant_baseline_Geometric, obligation 'second_order.hessian_identity', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun probs () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!11 () Real)
(declare-fun log!13 () Real)
(assert
 (let (($x13 (<= 0.0 z)))
 (let (($x9 (> 1.0 probs)))
 (let (($x7 (< 0.0 probs)))
 (let (($x10 (and $x7 $x9)))
 (and $x10 $x13))))))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (< 0.0 ?x15))))
(assert
 (< 0.0 probs))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let (($x21 (= 0.0 probs)))
 (not $x21)))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let (($x19 (= 0.0 ?x15)))
 (not $x19)))))
(assert
 (let ((?x137 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x138 (* (/ 1.0 2.0) ?x137)))
 (let ((?x123 (* (* 1.0 exp!2) exp!3)))
 (let ((?x139 (* ?x123 ?x138)))
 (let ((?x55 (/ 1.0 probs)))
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let ((?x53 (/ (- 1.0) ?x15)))
 (let ((?x54 (* z ?x53)))
 (let ((?x56 (+ ?x54 ?x55)))
 (let ((?x130 (* ?x123 ?x56)))
 (let ((?x135 (* |g2[0]| ?x130)))
 (let ((?x140 (+ ?x135 ?x139)))
 (let ((?x74 (- b)))
 (let ((?x133 (+ f2 ?x74)))
 (let ((?x131 (* ?x56 ?x130)))
 (let ((?x86 (* probs probs)))
 (let ((?x87 (/ 1.0 ?x86)))
 (let ((?x127 (- ?x87)))
 (let ((?x95 (/ 1.0 (* ?x15 ?x15))))
 (let ((?x125 (- ?x95)))
 (let ((?x126 (* z ?x125)))
 (let ((?x128 (+ ?x126 ?x127)))
 (let ((?x129 (* ?x123 ?x128)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x134 (* ?x132 ?x133)))
 (let ((?x136 (+ ?x134 ?x135)))
 (let ((?x141 (+ ?x136 ?x140)))
 (let ((?x100 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x101 (+ ?x100 ?x100)))
 (let ((?x83 (* f2 1.0)))
 (let ((?x82 (* 1.0 ?x74)))
 (let ((?x84 (+ ?x82 ?x83)))
 (let ((?x93 (* z ?x84)))
 (let ((?x96 (* ?x93 ?x95)))
 (let ((?x78 (* |g2[0]| 1.0)))
 (let ((?x59 (* ?x56 1.0)))
 (let ((?x77 (* f2 ?x59)))
 (let ((?x79 (+ ?x77 ?x78)))
 (let ((?x75 (* ?x59 ?x74)))
 (let ((?x80 (+ ?x75 ?x79)))
 (let ((?x91 (* z ?x80)))
 (let ((?x92 (/ ?x91 ?x15)))
 (let ((?x97 (+ ?x92 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x85 (- ?x84)))
 (let ((?x88 (* ?x85 ?x87)))
 (let ((?x81 (/ ?x80 probs)))
 (let ((?x89 (+ ?x81 ?x88)))
 (let ((?x71 (* |g2[0]| ?x59)))
 (let ((?x60 (* (/ 1.0 2.0) ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x63 (+ (- 1.0) 1.0)))
 (let ((?x64 (* (/ 1.0 2.0) ?x63)))
 (let ((?x67 (+ ?x64 ?x61)))
 (let ((?x68 (* |h2[0,0]| ?x67)))
 (let ((?x65 (* |h2[0,0]| ?x64)))
 (let ((?x66 (+ ?x61 ?x65)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x90 (+ ?x72 ?x89)))
 (let ((?x99 (+ ?x90 ?x98)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x124 (* ?x123 ?x102)))
 (or (and (distinct ?x124 ?x141) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!11 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!11)))
(assert
 (=> (> (+ (- probs) 1.0) 0.0) (= exp!1 (+ (- probs) 1.0))))
(assert
 (= (< log!13 log!11) (< exp!2 exp!1)))
(assert
 (= (< log!11 log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (let (($x48 (= exp!2 probs)))
 (=> (> probs 0.0) $x48)))
(assert
 (= (< (* z log!11) log!11) (< exp!3 exp!1)))
(assert
 (= (< log!11 (* z log!11)) (< exp!1 exp!3)))
(assert
 (= (< (* z log!11) log!13) (< exp!3 exp!2)))
(assert
 (= (< log!13 (* z log!11)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (* z log!11) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (* z log!11))))
(check-sat)
(pop 1)
