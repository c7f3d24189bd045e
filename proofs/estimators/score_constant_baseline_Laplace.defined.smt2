; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
(let (($x15 (not $x16)))
(let (($x13 (< 0.0 scale)))
(not (and $x13 $x15 true $x15 $x15))))))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (= 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
(let (($x15 (not $x16)))
(let (($x13 (< 0.0 scale)))
(not (and $x13 $x15 true $x15 $x15))))))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 true)
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
(let (($x15 (not $x16)))
(let (($x13 (< 0.0 scale)))
(not (and $x13 $x15 true $x15 $x15 $x15))))))
(check-sat)
(pop 1)
