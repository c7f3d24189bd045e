; certjax: rule estimators.score_constant_baseline_Gumbel, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
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
 (let ((?x88 (/ 0.0 scale)))
 (let ((?x89 (- ?x88)))
 (let ((?x81 (/ 1.0 (* scale scale))))
 (let ((?x82 (* ?x81 0.0)))
 (let ((?x79 (/ (- 1.0) scale)))
 (let ((?x83 (+ ?x79 ?x82)))
 (let ((?x84 (- ?x83)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x85 (* ?x24 ?x84)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x87 (- ?x86)))
 (let ((?x90 (+ ?x87 ?x89)))
 (let ((?x76 (/ (/ ?x24 exp!3) exp!2)))
 (let ((?x91 (* ?x76 ?x90)))
 (let ((?x48 (- b)))
 (let ((?x49 (+ f ?x48)))
 (let ((?x92 (* ?x49 ?x91)))
 (let ((?x50 (- ?x49)))
 (let ((?x51 (* ?x24 ?x50)))
 (let ((?x52 (- ?x51)))
 (let ((?x53 (+ ?x50 ?x52)))
 (let ((?x54 (/ ?x53 scale)))
 (let ((?x55 (- ?x54)))
 (let ((?x77 (* ?x76 ?x55)))
 (or (and (distinct ?x77 ?x92) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!13 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!13) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!13 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!13)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!13) (< exp!3 exp!2)))
(assert
 (= (< log!13 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
