; certjax: rule elementwise.neg, obligation 'finite', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun g () Real)
(assert
 (<= (- 340282346638528859811704183484516925440.0) x))
(assert
 (>= 340282346638528859811704183484516925440.0 x))
(assert
 (let (($x17 (>= (- (/ 1.0 85070591730234615865843651857942052864.0)) x)))
 (let (($x20 (<= (/ 1.0 85070591730234615865843651857942052864.0) x)))
 (let (($x19 (or $x20 $x17)))
 (let (($x21 (= 0.0 x)))
 (or $x21 $x19))))))
(assert
 (<= (- 1.0) g))
(assert
 (>= 1.0 g))
(assert
 (let (($x18 (>= (- (/ 1.0 85070591730234615865843651857942052864.0)) g)))
 (let (($x12 (<= (/ 1.0 85070591730234615865843651857942052864.0) g)))
 (let (($x25 (or $x12 $x18)))
 (let (($x16 (= 0.0 g)))
 (or $x16 $x25))))))
(assert
 (let ((?x29 (- x)))
 (<= (- 170141173319264429905852091742258462720.0) ?x29)))
(assert
 (let ((?x29 (- x)))
 (>= 170141173319264429905852091742258462720.0 ?x29)))
(assert
 (let ((?x32 (- g)))
 (<= (- 170141173319264429905852091742258462720.0) ?x32)))
(assert
 (let ((?x32 (- g)))
 (>= 170141173319264429905852091742258462720.0 ?x32)))
(assert
 true)
(assert
 true)
(assert
 (or false false))
(check-sat)
(pop 1)
