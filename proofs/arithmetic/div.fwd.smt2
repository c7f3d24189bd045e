; certjax: rule arithmetic.div, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic ALL)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |y[0]| () Real)
(declare-fun |y[1]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
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
 (or (and (distinct (/ |x[0]| |y[0]|) (/ |x[0]| |y[0]|)) true) (and (distinct (/ |x[1]| |y[1]|) (/ |x[1]| |y[1]|)) true)))
(check-sat)
(pop 1)
