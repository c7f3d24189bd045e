; certjax: rule arithmetic.div, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
(let (($x12 (not $x9)))
(not (and $x12 $x12 $x12)))))
(check-sat)
(pop 1)
