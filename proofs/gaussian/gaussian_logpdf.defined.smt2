; certjax: rule gaussian.gaussian_logpdf, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun sigma () Real)
(assert
 (< 0.0 sigma))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (< 0.0 sigma))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 sigma)))
(let (($x9 (not $x10)))
(let (($x7 (< 0.0 sigma)))
(not (and $x9 $x7 $x9 $x9))))))
(check-sat)
(pop 1)
