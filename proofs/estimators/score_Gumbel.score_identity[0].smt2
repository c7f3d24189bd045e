; certjax: rule estimators.score_Gumbel, obligation 'score_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
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
 (let ((?x85 (/ 0.0 scale)))
 (let ((?x86 (- ?x85)))
 (let ((?x78 (/ 1.0 (* scale scale))))
 (let ((?x79 (* ?x78 0.0)))
 (let ((?x76 (/ (- 1.0) scale)))
 (let ((?x80 (+ ?x76 ?x79)))
 (let ((?x81 (- ?x80)))
 (let ((?x24 (/ 1.0 exp!1)))
 (let ((?x82 (* ?x24 ?x81)))
 (let ((?x83 (+ ?x80 ?x82)))
 (let ((?x84 (- ?x83)))
 (let ((?x87 (+ ?x84 ?x86)))
 (let ((?x73 (/ (/ ?x24 exp!3) exp!2)))
 (let ((?x88 (* ?x73 ?x87)))
 (let ((?x89 (* f ?x88)))
 (let ((?x47 (- f)))
 (let ((?x48 (* ?x24 ?x47)))
 (let ((?x49 (- ?x48)))
 (let ((?x50 (+ ?x47 ?x49)))
 (let ((?x51 (/ ?x50 scale)))
 (let ((?x52 (- ?x51)))
 (let ((?x74 (* ?x73 ?x52)))
 (or (and (distinct ?x74 ?x89) true)))))))))))))))))))))))))
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
