; certjax: rule gaussian.gaussian_logpdf, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun sigma () Real)
(declare-fun log!10 () Real)
(declare-fun mu () Real)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
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
 (< 0.0 sigma))
(assert
 (let ((?x30 (- log!10)))
 (let ((?x12 (- mu)))
 (let ((?x13 (+ x ?x12)))
 (let ((?x14 (/ ?x13 sigma)))
 (let ((?x16 (* ?x14 (- (/ 1.0 2.0)))))
 (let ((?x17 (* ?x14 ?x16)))
 (let ((?x31 (+ ?x17 ?x30)))
 (let ((?x33 (+ ?x31 (- (/ 6337.0 6896.0)))))
 (or (and (distinct ?x33 ?x33) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (=> (> sigma 0.0) (= exp!1 sigma)))
(check-sat)
(pop 1)
