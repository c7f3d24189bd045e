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
 (let (($x8 (= 0.0 sigma)))
 (not $x8)))
(assert
 (< 0.0 sigma))
(assert
 (let (($x8 (= 0.0 sigma)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 sigma)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 sigma)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 sigma)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 sigma)))
(let (($x16 (not $x8)))
(let (($x14 (< 0.0 sigma)))
(not (and $x16 $x14 $x16 $x16))))))
(check-sat)
(pop 1)
