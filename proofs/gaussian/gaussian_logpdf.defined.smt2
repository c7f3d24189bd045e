; certjax: rule gaussian.gaussian_logpdf, obligation 'defined', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun sigma () Real)
(declare-fun pi! () Real)
(assert
 (< 0.0 sigma))
(assert
 (let (($x18 (= 0.0 sigma)))
 (not $x18)))
(assert
 (< 0.0 sigma))
(assert
 (let ((?x11 (* 2.0 pi!)))
 (< 0.0 ?x11)))
(assert
 (let (($x18 (= 0.0 sigma)))
 (not $x18)))
(assert
 (let (($x18 (= 0.0 sigma)))
 (not $x18)))
(assert
 (let (($x18 (= 0.0 sigma)))
 (not $x18)))
(assert
 (let (($x18 (= 0.0 sigma)))
 (not $x18)))
(assert
 (let (($x18 (= 0.0 sigma)))
 (let (($x58 (not $x18)))
 (let ((?x11 (* 2.0 pi!)))
 (let (($x16 (< 0.0 ?x11)))
 (let (($x40 (< 0.0 sigma)))
 (not (and $x58 $x40 $x16 $x58 $x58))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(check-sat)
(pop 1)
