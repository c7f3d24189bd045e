; certjax: rule arithmetic.scale, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |g[1]| () Real)
(declare-fun alpha () Real)
(declare-fun |g[0]| () Real)
(declare-fun |x[1]| () Real)
(declare-fun |x[0]| () Real)
(assert
 (let ((?x10 (* |x[1]| |g[1]|)))
(let ((?x7 (* |x[0]| |g[0]|)))
(let ((?x11 (+ ?x7 ?x10)))
(or (and (distinct ?x11 ?x11) true) (and (distinct (* alpha |g[0]|) (* alpha |g[0]|)) true) (and (distinct (* alpha |g[1]|) (* alpha |g[1]|)) true))))))
(check-sat)
(pop 1)
