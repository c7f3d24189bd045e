; certjax: rule estimators.score_Gumbel, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun f () Real)
(declare-fun z () Real)
(declare-fun loc () Real)
(declare-fun log!19 () Real)
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
 (let ((?x120 (/ 0.0 scale)))
 (let ((?x121 (- ?x120)))
 (let ((?x113 (/ 1.0 (* scale scale))))
 (let ((?x114 (* ?x113 0.0)))
 (let ((?x111 (/ (- 1.0) scale)))
 (let ((?x115 (+ ?x111 ?x114)))
 (let ((?x116 (- ?x115)))
 (let ((?x25 (/ 1.0 exp!1)))
 (let ((?x40 (* ?x25 exp!2)))
 (let ((?x117 (* ?x40 ?x116)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x122 (+ ?x119 ?x121)))
 (let ((?x107 (/ (/ (/ 1.0 exp!4) exp!3) exp!1)))
 (let ((?x108 (* ?x107 exp!2)))
 (let ((?x123 (* ?x108 ?x122)))
 (let ((?x124 (* f ?x123)))
 (let ((?x72 (* f 1.0)))
 (let ((?x70 (* 1.0 0.0)))
 (let ((?x73 (+ ?x70 ?x72)))
 (let ((?x74 (- ?x73)))
 (let ((?x75 (* ?x40 ?x74)))
 (let ((?x76 (- ?x75)))
 (let ((?x77 (+ ?x74 ?x76)))
 (let ((?x78 (/ ?x77 scale)))
 (let ((?x79 (- ?x78)))
 (let ((?x109 (* ?x108 ?x79)))
 (or (and (distinct ?x109 ?x124) true))))))))))))))))))))))))))))))
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
 (= (< log!19 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!19) (< exp!1 exp!3)))
(assert
 (= (< log!19 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!19) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!19 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!19)))
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
 (= (< (* (/ 1.0 exp!1) exp!2) log!19) (< exp!4 exp!3)))
(assert
 (= (< log!19 (* (/ 1.0 exp!1) exp!2)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (* (/ 1.0 exp!1) exp!2) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (* (/ 1.0 exp!1) exp!2))))
(check-sat)
(pop 1)
