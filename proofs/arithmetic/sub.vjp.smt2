; certjax: rule arithmetic.sub, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic ALL)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |g[1]| () Real)
(declare-fun |g[0]| () Real)
(assert
 (or (and (distinct |g[0]| |g[0]|) true) (and (distinct |g[1]| |g[1]|) true) (and (distinct (- |g[0]|) (- |g[0]|)) true) (and (distinct (- |g[1]|) (- |g[1]|)) true)))
(check-sat)
(pop 1)
