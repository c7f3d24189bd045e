; certjax: rule arithmetic.div, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic ALL)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |y[0]| () Real)
(declare-fun |y[1]| () Real)
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x9 (= 0.0 |y[0]|)))
 (not $x9)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
 (not $x12)))
(assert
 (let (($x12 (= 0.0 |y[1]|)))
(let (($x11 (not $x12)))
(let (($x9 (= 0.0 |y[0]|)))
(let (($x8 (not $x9)))
(not (and $x8 $x11 $x8 $x11 $x8 $x11)))))))
(check-sat)
(pop 1)
