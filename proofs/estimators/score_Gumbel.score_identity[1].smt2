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
(declare-fun log!12 () Real)
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
 (let ((?x88 (/ 1.0 scale)))
 (let ((?x89 (- ?x88)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x81 (- ?x13)))
 (let ((?x50 (/ 1.0 (* scale scale))))
 (let ((?x82 (* ?x50 ?x81)))
 (let ((?x80 (/ 0.0 scale)))
 (let ((?x83 (+ ?x80 ?x82)))
 (let ((?x84 (- ?x83)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x85 (* ?x24 ?x84)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x87 (- ?x86)))
 (let ((?x90 (+ ?x87 ?x89)))
 (let ((?x78 (/ (/ ?x24 exp!3) exp!2)))
 (let ((?x91 (* ?x78 ?x90)))
 (let ((?x92 (* f ?x91)))
 (let ((?x47 (- f)))
 (let ((?x51 (* ?x24 ?x47)))
 (let ((?x52 (- ?x51)))
 (let ((?x53 (+ ?x47 ?x52)))
 (let ((?x54 (* ?x50 ?x53)))
 (let ((?x55 (* ?x13 ?x54)))
 (let ((?x56 (- ?x55)))
 (let ((?x48 (/ ?x47 scale)))
 (let ((?x57 (+ ?x48 ?x56)))
 (let ((?x79 (* ?x78 ?x57)))
 (or (and (distinct ?x79 ?x92) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!12 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!12) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!12 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!12)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!12) (< exp!3 exp!2)))
(assert
 (= (< log!12 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
