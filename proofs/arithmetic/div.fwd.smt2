; certjax: rule arithmetic.div, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun y () Real)
(declare-fun x () Real)
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 y)))
 (not $x9)))
(assert
 (or (and (distinct (/ x y) (/ x y)) true)))
(check-sat)
(pop 1)
