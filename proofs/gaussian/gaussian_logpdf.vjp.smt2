; certjax: rule gaussian.gaussian_logpdf, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun sigma () Real)
(declare-fun pi! () Real)
(declare-fun mu () Real)
(declare-fun x () Real)
(declare-fun g () Real)
(assert
 (< 0.0 sigma))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (< 0.0 sigma))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
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
 (not $x10)))
(assert
 (< 0.0 sigma))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
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
 (not $x10)))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (let ((?x29 (/ 1.0 sigma)))
 (let ((?x66 (- ?x29)))
 (let ((?x20 (- mu)))
 (let ((?x21 (+ x ?x20)))
 (let ((?x59 (- ?x21)))
 (let ((?x31 (/ 1.0 (* sigma sigma))))
 (let ((?x60 (* ?x31 ?x59)))
 (let ((?x39 (/ 0.0 sigma)))
 (let ((?x61 (+ ?x39 ?x60)))
 (let ((?x22 (/ ?x21 sigma)))
 (let ((?x36 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x64 (* ?x36 ?x61)))
 (let ((?x62 (* (- (/ 1.0 2.0)) ?x61)))
 (let ((?x63 (* ?x22 ?x62)))
 (let ((?x65 (+ ?x63 ?x64)))
 (let ((?x67 (+ ?x65 ?x66)))
 (let ((?x68 (* g ?x67)))
 (let ((?x55 (* ?x22 ?x22)))
 (let ((?x56 (+ ?x55 (- 1.0))))
 (let ((?x57 (* g ?x56)))
 (let ((?x58 (/ ?x57 sigma)))
 (let ((?x46 (/ (- 1.0) sigma)))
 (let ((?x32 (* 0.0 ?x31)))
 (let ((?x47 (+ ?x32 ?x46)))
 (let ((?x50 (* ?x36 ?x47)))
 (let ((?x48 (* (- (/ 1.0 2.0)) ?x47)))
 (let ((?x49 (* ?x22 ?x48)))
 (let ((?x51 (+ ?x49 ?x50)))
 (let ((?x40 (- ?x39)))
 (let ((?x52 (+ ?x40 ?x51)))
 (let ((?x53 (* g ?x52)))
 (let ((?x24 (- g)))
 (let ((?x25 (* ?x22 ?x24)))
 (let ((?x26 (/ ?x25 sigma)))
 (let ((?x44 (- ?x26)))
 (let ((?x33 (+ ?x29 ?x32)))
 (let ((?x37 (* ?x36 ?x33)))
 (let ((?x34 (* (- (/ 1.0 2.0)) ?x33)))
 (let ((?x35 (* ?x22 ?x34)))
 (let ((?x38 (+ ?x35 ?x37)))
 (let ((?x41 (+ ?x38 ?x40)))
 (let ((?x42 (* g ?x41)))
 (or (and (distinct ?x26 ?x42) true) (and (distinct ?x44 ?x53) true) (and (distinct ?x58 ?x68) true)))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(check-sat)
(pop 1)
