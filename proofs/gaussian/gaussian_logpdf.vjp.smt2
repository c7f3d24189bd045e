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
 (not $x10)))
(assert
 (let (($x10 (= 0.0 sigma)))
 (not $x10)))
(assert
 (let ((?x21 (/ 1.0 sigma)))
(let ((?x55 (- ?x21)))
(let ((?x12 (- mu)))
(let ((?x13 (+ x ?x12)))
(let ((?x48 (- ?x13)))
(let ((?x46 (* sigma sigma)))
(let ((?x47 (/ 1.0 ?x46)))
(let ((?x49 (* ?x47 ?x48)))
(let ((?x27 (/ 0.0 sigma)))
(let ((?x50 (+ ?x27 ?x49)))
(let ((?x14 (/ ?x13 sigma)))
(let ((?x24 (* ?x14 (- (/ 1.0 2.0)))))
(let ((?x53 (* ?x24 ?x50)))
(let ((?x51 (* (- (/ 1.0 2.0)) ?x50)))
(let ((?x52 (* ?x14 ?x51)))
(let ((?x54 (+ ?x52 ?x53)))
(let ((?x56 (+ ?x54 ?x55)))
(let ((?x57 (* g ?x56)))
(let ((?x42 (* ?x14 ?x14)))
(let ((?x43 (+ ?x42 (- 1.0))))
(let ((?x44 (* g ?x43)))
(let ((?x45 (/ ?x44 sigma)))
(let ((?x34 (/ (- 1.0) sigma)))
(let ((?x37 (* ?x24 ?x34)))
(let ((?x35 (* (- (/ 1.0 2.0)) ?x34)))
(let ((?x36 (* ?x14 ?x35)))
(let ((?x38 (+ ?x36 ?x37)))
(let ((?x28 (- ?x27)))
(let ((?x39 (+ ?x28 ?x38)))
(let ((?x40 (* g ?x39)))
(let ((?x16 (- g)))
(let ((?x17 (* ?x14 ?x16)))
(let ((?x18 (/ ?x17 sigma)))
(let ((?x32 (- ?x18)))
(let ((?x25 (* ?x24 ?x21)))
(let ((?x22 (* (- (/ 1.0 2.0)) ?x21)))
(let ((?x23 (* ?x14 ?x22)))
(let ((?x26 (+ ?x23 ?x25)))
(let ((?x29 (+ ?x26 ?x28)))
(let ((?x30 (* g ?x29)))
(or (and (distinct ?x18 ?x30) true) (and (distinct ?x32 ?x40) true) (and (distinct ?x45 ?x57) true)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
(pop 1)
