; certjax: rule gaussian.mvn_kl, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |sigma[0]| () Real)
(assert
 (< 0.0 |sigma[0]|))
(assert
 (< 0.0 |sigma[0]|))
(assert
 (let (($x10 (= 0.0 |sigma[0]|)))
 (not $x10)))
(assert
 (not (and (< 0.0 |sigma[0]|) (not (= 0.0 |sigma[0]|)))))
(check-sat)
(pop 1)
