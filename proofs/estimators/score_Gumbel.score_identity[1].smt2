; certjax: rule estimators.score_Gumbel, obligation 'score_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
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
 (let ((?x93 (/ 1.0 scale)))
 (let ((?x94 (- ?x93)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x86 (- ?x13)))
 (let ((?x55 (/ 1.0 (* scale scale))))
 (let ((?x87 (* ?x55 ?x86)))
 (let ((?x85 (/ 0.0 scale)))
 (let ((?x88 (+ ?x85 ?x87)))
 (let ((?x89 (- ?x88)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x90 (* ?x24 ?x89)))
 (let ((?x91 (+ ?x88 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x83 (/ (/ ?x24 exp!3) exp!2)))
 (let ((?x96 (* ?x83 ?x95)))
 (let ((?x97 (* f ?x96)))
 (let ((?x50 (* f 1.0)))
 (let ((?x48 (* 1.0 0.0)))
 (let ((?x51 (+ ?x48 ?x50)))
 (let ((?x52 (- ?x51)))
 (let ((?x56 (* ?x24 ?x52)))
 (let ((?x57 (- ?x56)))
 (let ((?x58 (+ ?x52 ?x57)))
 (let ((?x59 (* ?x55 ?x58)))
 (let ((?x60 (* ?x13 ?x59)))
 (let ((?x61 (- ?x60)))
 (let ((?x53 (/ ?x52 scale)))
 (let ((?x62 (+ ?x53 ?x61)))
 (let ((?x84 (* ?x83 ?x62)))
 (or (and (distinct ?x84 ?x97) true))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!19 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!19) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!19 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!19)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!19) (< exp!3 exp!2)))
(assert
 (= (< log!19 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
