; certjax: rule arithmetic.mul, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic ALL)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |g[1]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun |g[0]| () Real)
(declare-fun |x[0]| () Real)
(declare-fun |y[1]| () Real)
(declare-fun |y[0]| () Real)
(assert
 (or (and (distinct (* |y[0]| |g[0]|) (* |y[0]| |g[0]|)) true) (and (distinct (* |y[1]| |g[1]|) (* |y[1]| |g[1]|)) true) (and (distinct (* |x[0]| |g[0]|) (* |x[0]| |g[0]|)) true) (and (distinct (* |x[1]| |g[1]|) (* |x[1]| |g[1]|)) true)))
(check-sat)
(pop 1)
