; certjax: rule estimators.score_loo_baseline_Gumbel, obligation 'score_identity[1]', verdict proved
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
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun log!21 () Real)
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
 (let ((?x99 (+ f ?x49)))
 (let ((?x95 (/ 1.0 scale)))
 (let ((?x96 (- ?x95)))
 (let ((?x12 (- loc)))
 (let ((?x13 (+ z ?x12)))
 (let ((?x88 (- ?x13)))
 (let ((?x57 (/ 1.0 (* scale scale))))
 (let ((?x89 (* ?x57 ?x88)))
 (let ((?x87 (/ 0.0 scale)))
 (let ((?x90 (+ ?x87 ?x89)))
 (let ((?x91 (- ?x90)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x92 (* ?x24 ?x91)))
 (let ((?x93 (+ ?x90 ?x92)))
 (let ((?x94 (- ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x85 (/ (/ ?x24 exp!3) exp!2)))
 (let ((?x98 (* ?x85 ?x97)))
 (let ((?x100 (* ?x98 ?x99)))
 (let ((?x52 (* f 1.0)))
 (let ((?x50 (* 1.0 ?x49)))
 (let ((?x53 (+ ?x50 ?x52)))
 (let ((?x54 (- ?x53)))
 (let ((?x58 (* ?x24 ?x54)))
 (let ((?x59 (- ?x58)))
 (let ((?x60 (+ ?x54 ?x59)))
 (let ((?x61 (* ?x57 ?x60)))
 (let ((?x62 (* ?x13 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x55 (/ ?x54 scale)))
 (let ((?x64 (+ ?x55 ?x63)))
 (let ((?x86 (* ?x85 ?x64)))
 (or (and (distinct ?x86 ?x100) true))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (= (< log!21 (/ (+ z (- loc)) scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (let (($x42 (= exp!2 scale)))
 (=> (> scale 0.0) $x42)))
(assert
 (= (< (/ 1.0 exp!1) (/ (+ z (- loc)) scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ (+ z (- loc)) scale) (/ 1.0 exp!1)) (< exp!1 exp!3)))
(assert
 (= (< (/ 1.0 exp!1) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ 1.0 exp!1)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ 1.0 exp!1) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ 1.0 exp!1))))
(check-sat)
(pop 1)
