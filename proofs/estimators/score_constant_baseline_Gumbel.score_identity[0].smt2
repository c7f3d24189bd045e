; certjax: rule estimators.score_constant_baseline_Gumbel, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
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
 (let ((?x49 (- b)))
 (let ((?x96 (+ f ?x49)))
 (let ((?x92 (/ 0.0 scale)))
 (let ((?x93 (- ?x92)))
 (let ((?x85 (/ 1.0 (* scale scale))))
 (let ((?x86 (* ?x85 0.0)))
 (let ((?x83 (/ (- 1.0) scale)))
 (let ((?x87 (+ ?x83 ?x86)))
 (let ((?x88 (- ?x87)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x89 (* ?x24 ?x88)))
 (let ((?x90 (+ ?x87 ?x89)))
 (let ((?x91 (- ?x90)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x80 (/ (/ ?x24 exp!3) exp!2)))
 (let ((?x95 (* ?x80 ?x94)))
 (let ((?x97 (* ?x95 ?x96)))
 (let ((?x52 (* f 1.0)))
 (let ((?x50 (* 1.0 ?x49)))
 (let ((?x53 (+ ?x50 ?x52)))
 (let ((?x54 (- ?x53)))
 (let ((?x55 (* ?x24 ?x54)))
 (let ((?x56 (- ?x55)))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x58 (/ ?x57 scale)))
 (let ((?x59 (- ?x58)))
 (let ((?x81 (* ?x80 ?x59)))
 (or (and (distinct ?x81 ?x97) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!20 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!20) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!20 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!20)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!20) (< exp!3 exp!2)))
(assert
 (= (< log!20 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
