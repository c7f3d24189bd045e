; certjax: rule arithmetic.add, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic ALL)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |g[1]| () Real)
(declare-fun |g[0]| () Real)
(assert
 (let (($x8 (and (distinct |g[1]| |g[1]|) true)))
(let (($x6 (and (distinct |g[0]| |g[0]|) true)))
(or $x6 $x8 $x6 $x8))))
(check-sat)
(pop 1)
