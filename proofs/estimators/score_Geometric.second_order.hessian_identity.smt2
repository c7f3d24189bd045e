; certjax: rule estimators.score_Geometric, obligation 'second_order.hessian_identity', verdict proved
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
(declare-fun f2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!10 () Real)
(declare-fun log!12 () Real)
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
 (let ((?x134 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x135 (* (/ 1.0 2.0) ?x134)))
 (let ((?x121 (* (* 1.0 exp!2) exp!3)))
 (let ((?x136 (* ?x121 ?x135)))
 (let ((?x55 (/ 1.0 probs)))
 (let ((?x14 (- probs)))
 (let ((?x15 (+ ?x14 1.0)))
 (let ((?x53 (/ (- 1.0) ?x15)))
 (let ((?x54 (* z ?x53)))
 (let ((?x56 (+ ?x54 ?x55)))
 (let ((?x128 (* ?x121 ?x56)))
 (let ((?x132 (* |g2[0]| ?x128)))
 (let ((?x137 (+ ?x132 ?x136)))
 (let ((?x129 (* ?x56 ?x128)))
 (let ((?x84 (* probs probs)))
 (let ((?x85 (/ 1.0 ?x84)))
 (let ((?x125 (- ?x85)))
 (let ((?x93 (/ 1.0 (* ?x15 ?x15))))
 (let ((?x123 (- ?x93)))
 (let ((?x124 (* z ?x123)))
 (let ((?x126 (+ ?x124 ?x125)))
 (let ((?x127 (* ?x121 ?x126)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x131 (* f2 ?x130)))
 (let ((?x133 (+ ?x131 ?x132)))
 (let ((?x138 (+ ?x133 ?x137)))
 (let ((?x98 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x99 (+ ?x98 ?x98)))
 (let ((?x81 (* f2 1.0)))
 (let ((?x80 (* 0.0 1.0)))
 (let ((?x82 (+ ?x80 ?x81)))
 (let ((?x91 (* z ?x82)))
 (let ((?x94 (* ?x91 ?x93)))
 (let ((?x76 (* |g2[0]| 1.0)))
 (let ((?x59 (* ?x56 1.0)))
 (let ((?x75 (* f2 ?x59)))
 (let ((?x77 (+ ?x75 ?x76)))
 (let ((?x73 (* 0.0 ?x59)))
 (let ((?x78 (+ ?x73 ?x77)))
 (let ((?x89 (* z ?x78)))
 (let ((?x90 (/ ?x89 ?x15)))
 (let ((?x95 (+ ?x90 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x83 (- ?x82)))
 (let ((?x86 (* ?x83 ?x85)))
 (let ((?x79 (/ ?x78 probs)))
 (let ((?x87 (+ ?x79 ?x86)))
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
 (let ((?x88 (+ ?x72 ?x87)))
 (let ((?x97 (+ ?x88 ?x96)))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x122 (* ?x121 ?x100)))
 (or (and (distinct ?x122 ?x138) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (=> (> (+ (- probs) 1.0) 0.0) (= exp!1 (+ (- probs) 1.0))))
(assert
 (= (< log!12 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!12) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!12 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!12)))
(assert
 (let (($x48 (= exp!2 probs)))
 (=> (> probs 0.0) $x48)))
(assert
 (= (< (* z log!10) log!10) (< exp!3 exp!1)))
(assert
 (= (< log!10 (* z log!10)) (< exp!1 exp!3)))
(assert
 (= (< (* z log!10) log!12) (< exp!3 exp!2)))
(assert
 (= (< log!12 (* z log!10)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (* z log!10) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (* z log!10))))
(check-sat)
(pop 1)
