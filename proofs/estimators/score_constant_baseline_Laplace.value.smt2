; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'value', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
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
 (let ((?x30 (- 1.0)))
(let ((?x38 (+ 1.0 ?x30)))
(let ((?x37 (* b ?x38)))
(let ((?x17 (+ (- 1.0) 1.0)))
(let ((?x28 (* f ?x17)))
(let ((?x21 (+ ?x28 ?x37)))
(or (and (distinct 0.0 ?x21) true)))))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun b () Real)
(declare-fun f () Real)
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
 (let ((?x30 (- 1.0)))
(let ((?x38 (+ 1.0 ?x30)))
(let ((?x37 (* b ?x38)))
(let ((?x17 (+ (- 1.0) 1.0)))
(let ((?x28 (* f ?x17)))
(let ((?x21 (+ ?x28 ?x37)))
(or (and (distinct 0.0 ?x21) true)))))))))
(check-sat)
(pop 1)
