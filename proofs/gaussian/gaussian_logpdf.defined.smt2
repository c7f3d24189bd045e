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
 (let (($x6 (= 0.0 sigma)))
 (not $x6)))
(assert
 (< 0.0 sigma))
(assert
 (let ((?x26 (* 2.0 pi!)))
 (< 0.0 ?x26)))
(assert
 (let (($x6 (= 0.0 sigma)))
 (not $x6)))
(assert
 (let (($x6 (= 0.0 sigma)))
 (not $x6)))
(assert
 (let (($x6 (= 0.0 sigma)))
 (not $x6)))
(assert
 (let (($x6 (= 0.0 sigma)))
 (not $x6)))
(assert
 (let (($x6 (= 0.0 sigma)))
 (let (($x21 (not $x6)))
 (let ((?x26 (* 2.0 pi!)))
 (let (($x27 (< 0.0 ?x26)))
 (let (($x19 (< 0.0 sigma)))
 (not (and $x21 $x19 $x27 $x21 $x21))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(check-sat)
(pop 1)
