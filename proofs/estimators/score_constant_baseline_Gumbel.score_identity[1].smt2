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
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!20 () Real)
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
 (let ((?x71 (- b)))
 (let ((?x129 (+ f ?x71)))
 (let ((?x125 (/ 1.0 scale)))
 (let ((?x126 (- ?x125)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x118 (- ?x13)))
 (let ((?x79 (/ 1.0 (* scale scale))))
 (let ((?x119 (* ?x79 ?x118)))
 (let ((?x117 (/ 0.0 scale)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (- ?x120)))
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x40 (* ?x25 exp!2)))
 (let ((?x122 (* ?x40 ?x121)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x127 (+ ?x124 ?x126)))
 (let ((?x114 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x115 (* ?x114 exp!2)))
 (let ((?x128 (* ?x115 ?x127)))
 (let ((?x130 (* ?x128 ?x129)))
 (let ((?x74 (* f 1.0)))
 (let ((?x72 (* 1.0 ?x71)))
 (let ((?x75 (+ ?x72 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x80 (* ?x40 ?x76)))
 (let ((?x81 (- ?x80)))
 (let ((?x82 (+ ?x76 ?x81)))
 (let ((?x83 (* ?x79 ?x82)))
 (let ((?x84 (* ?x13 ?x83)))
 (let ((?x85 (- ?x84)))
 (let ((?x77 (/ ?x76 scale)))
 (let ((?x86 (+ ?x77 ?x85)))
 (let ((?x116 (* ?x115 ?x86)))
 (or (and (distinct ?x116 ?x130) true))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!20 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!20) (< exp!1 exp!3)))
(assert
 (= (< log!20 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!20) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!20 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!20)))
(assert
 (let (($x64 (= exp!3 scale)))
 (=> (> scale 0.0) $x64)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) (* (/ 1.0 exp!1) exp!2)) (< exp!1 exp!4)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) (* (/ 1.0 exp!1) exp!2)) (< exp!2 exp!4)))
(assert
 (= (< (* (/ 1.0 exp!1) exp!2) log!20) (< exp!4 exp!3)))
(assert
 (= (< log!20 (* (/ 1.0 exp!1) exp!2)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* (/ 1.0 exp!1) exp!2) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* (/ 1.0 exp!1) exp!2))))
(check-sat)
(pop 1)
