; certjax: rule gaussian.gaussian_logpdf, obligation 'vjp', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun sigma () Real)
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
 (let ((?x34 (/ 1.0 sigma)))
(let ((?x48 (- ?x34)))
(let ((?x15 (- mu)))
(let ((?x16 (+ x ?x15)))
(let ((?x45 (- ?x16)))
(let ((?x10 (/ 1.0 (* sigma sigma))))
(let ((?x43 (* ?x10 ?x45)))
(let ((?x25 (/ 0.0 sigma)))
(let ((?x52 (+ ?x25 ?x43)))
(let ((?x17 (/ ?x16 sigma)))
(let ((?x21 (* ?x17 (- (/ 1.0 2.0)))))
(let ((?x50 (* ?x21 ?x52)))
(let ((?x37 (* (- (/ 1.0 2.0)) ?x52)))
(let ((?x51 (* ?x17 ?x37)))
(let ((?x49 (+ ?x51 ?x50)))
(let ((?x47 (+ ?x49 ?x48)))
(let ((?x46 (* g ?x47)))
(let ((?x53 (* ?x17 ?x17)))
(let ((?x54 (+ ?x53 (- 1.0))))
(let ((?x61 (* g ?x54)))
(let ((?x55 (/ ?x61 sigma)))
(let ((?x64 (/ (- 1.0) sigma)))
(let ((?x9 (* 0.0 ?x10)))
(let ((?x58 (+ ?x9 ?x64)))
(let ((?x62 (* ?x21 ?x58)))
(let ((?x59 (* (- (/ 1.0 2.0)) ?x58)))
(let ((?x60 (* ?x17 ?x59)))
(let ((?x63 (+ ?x60 ?x62)))
(let ((?x26 (- ?x25)))
(let ((?x66 (+ ?x26 ?x63)))
(let ((?x57 (* g ?x66)))
(let ((?x30 (- g)))
(let ((?x31 (* ?x17 ?x30)))
(let ((?x32 (/ ?x31 sigma)))
(let ((?x36 (- ?x32)))
(let ((?x7 (+ ?x34 ?x9)))
(let ((?x23 (* ?x21 ?x7)))
(let ((?x19 (* (- (/ 1.0 2.0)) ?x7)))
(let ((?x20 (* ?x17 ?x19)))
(let ((?x24 (+ ?x20 ?x23)))
(let ((?x27 (+ ?x24 ?x26)))
(let ((?x28 (* g ?x27)))
(or (and (distinct ?x32 ?x28) true) (and (distinct ?x36 ?x57) true) (and (distinct ?x55 ?x46) true)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
