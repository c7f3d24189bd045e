; certjax: rule gaussian.gaussian_logpdf, obligation 'fwd', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun sigma () Real)
(declare-fun pi! () Real)
(declare-fun log!17 () Real)
(declare-fun log!10 () Real)
(declare-fun mu () Real)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
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
 (< 0.0 sigma))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (let ((?x58 (* (/ 1.0 2.0) log!17)))
 (let ((?x59 (- ?x58)))
 (let ((?x38 (- log!10)))
 (let ((?x20 (- mu)))
 (let ((?x21 (+ x ?x20)))
 (let ((?x22 (/ ?x21 sigma)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x25 (* ?x22 ?x24)))
 (let ((?x39 (+ ?x25 ?x38)))
 (let ((?x60 (+ ?x39 ?x59)))
 (or (and (distinct ?x60 ?x60) true)))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!10 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!10)))
(assert
 (=> (> sigma 0.0) (= exp!1 sigma)))
(assert
 (= (< log!17 log!10) (< exp!2 exp!1)))
(assert
 (= (< log!10 log!17) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!17 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!17)))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= exp!2 (* 2.0 pi!))))
(check-sat)
(pop 1)
