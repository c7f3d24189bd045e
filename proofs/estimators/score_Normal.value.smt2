; certjax: rule estimators.score_Normal, obligation 'value', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun f () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let ((?x15 (- 1.0)))
(let ((?x16 (+ 1.0 ?x15)))
(let ((?x17 (* 0.0 ?x16)))
(let ((?x13 (+ 1.0 (- 1.0))))
(let ((?x14 (* f ?x13)))
(let ((?x18 (+ ?x14 ?x17)))
(or (and (distinct 0.0 ?x18) true)))))))))
(check-sat)
(pop 1)
