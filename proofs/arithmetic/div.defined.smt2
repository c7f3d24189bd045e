; certjax: rule arithmetic.div, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(assert
 (let (($x12 (= 0.0 y)))
 (not $x12)))
(assert
 (let (($x12 (= 0.0 y)))
 (not $x12)))
(assert
 (let (($x12 (= 0.0 y)))
 (not $x12)))
(assert
 (let (($x12 (= 0.0 y)))
 (not $x12)))
(assert
 (let (($x12 (= 0.0 y)))
(let (($x10 (not $x12)))
(not (and $x10 $x10 $x10)))))
(check-sat)
(pop 1)
