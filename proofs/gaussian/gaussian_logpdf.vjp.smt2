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
 (not $x6)))
(assert
 (let (($x6 (= 0.0 sigma)))
 (not $x6)))
(assert
 (let ((?x17 (/ 1.0 sigma)))
 (let ((?x95 (- ?x17)))
 (let ((?x41 (- mu)))
 (let ((?x58 (+ x ?x41)))
 (let ((?x54 (- ?x58)))
 (let ((?x9 (/ 1.0 (* sigma sigma))))
 (let ((?x55 (* ?x9 ?x54)))
 (let ((?x28 (/ 0.0 sigma)))
 (let ((?x56 (+ ?x28 ?x55)))
 (let ((?x59 (/ ?x58 sigma)))
 (let ((?x13 (* ?x59 (- (/ 1.0 2.0)))))
 (let ((?x88 (* ?x13 ?x56)))
 (let ((?x57 (* (- (/ 1.0 2.0)) ?x56)))
 (let ((?x63 (* ?x59 ?x57)))
 (let ((?x89 (+ ?x63 ?x88)))
 (let ((?x86 (+ ?x89 ?x95)))
 (let ((?x87 (* g ?x86)))
 (let ((?x50 (* ?x59 ?x59)))
 (let ((?x51 (+ ?x50 (- 1.0))))
 (let ((?x52 (* g ?x51)))
 (let ((?x53 (/ ?x52 sigma)))
 (let ((?x36 (/ (- 1.0) sigma)))
 (let ((?x7 (* 0.0 ?x9)))
 (let ((?x37 (+ ?x7 ?x36)))
 (let ((?x45 (* ?x13 ?x37)))
 (let ((?x43 (* (- (/ 1.0 2.0)) ?x37)))
 (let ((?x44 (* ?x59 ?x43)))
 (let ((?x46 (+ ?x44 ?x45)))
 (let ((?x29 (- ?x28)))
 (let ((?x47 (+ ?x29 ?x46)))
 (let ((?x48 (* g ?x47)))
 (let ((?x61 (- g)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x11 (/ ?x62 sigma)))
 (let ((?x34 (- ?x11)))
 (let ((?x42 (+ ?x17 ?x7)))
 (let ((?x14 (* ?x13 ?x42)))
 (let ((?x27 (* (- (/ 1.0 2.0)) ?x42)))
 (let ((?x12 (* ?x59 ?x27)))
 (let ((?x15 (+ ?x12 ?x14)))
 (let ((?x31 (+ ?x15 ?x29)))
 (let ((?x32 (* g ?x31)))
 (or (and (distinct ?x11 ?x32) true) (and (distinct ?x34 ?x48) true) (and (distinct ?x53 ?x87) true)))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(check-sat)
(pop 1)
