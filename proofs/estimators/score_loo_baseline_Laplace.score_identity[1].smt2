; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'score_identity[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x125 (/ 1.0 scale)))
 (let ((?x126 (- ?x125)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x121 (- ?x8)))
 (let ((?x63 (/ 1.0 (* scale scale))))
 (let ((?x122 (* ?x63 ?x121)))
 (let ((?x120 (/ 0.0 scale)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x127 (+ ?x124 ?x126)))
 (let ((?x90 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x117 (* ?x90 exp!4)))
 (let ((?x128 (* ?x117 ?x127)))
 (let ((?x53 (- b)))
 (let ((?x119 (+ f ?x53)))
 (let ((?x129 (* ?x119 ?x128)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x60 (- ?x59)))
 (let ((?x64 (* ?x63 ?x60)))
 (let ((?x65 (* ?x8 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x61 (/ ?x60 scale)))
 (let ((?x67 (+ ?x61 ?x66)))
 (let ((?x118 (* ?x117 ?x67)))
 (or (and (distinct ?x118 ?x129) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!26) (< exp!4 exp!1)))
(assert
 (= (< log!26 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!23) (< exp!4 exp!2)))
(assert
 (= (< log!23 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x125 (/ 1.0 scale)))
 (let ((?x126 (- ?x125)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x121 (- ?x8)))
 (let ((?x63 (/ 1.0 (* scale scale))))
 (let ((?x122 (* ?x63 ?x121)))
 (let ((?x120 (/ 0.0 scale)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x720 (+ ?x123 ?x126)))
 (let ((?x744 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x741 (* ?x744 ?x720)))
 (let ((?x53 (- b)))
 (let ((?x119 (+ f ?x53)))
 (let ((?x510 (* ?x119 ?x741)))
 (let ((?x58 (* f 1.0)))
 (let ((?x56 (* ?x53 1.0)))
 (let ((?x59 (+ ?x56 ?x58)))
 (let ((?x134 (* ?x63 ?x59)))
 (let ((?x717 (* ?x8 ?x134)))
 (let ((?x747 (- ?x717)))
 (let ((?x60 (- ?x59)))
 (let ((?x61 (/ ?x60 scale)))
 (let ((?x521 (+ ?x61 ?x747)))
 (let ((?x446 (* ?x744 ?x521)))
 (or (and (distinct ?x446 ?x510) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!26) (< exp!4 exp!1)))
(assert
 (= (< log!26 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!23) (< exp!4 exp!2)))
(assert
 (= (< log!23 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
