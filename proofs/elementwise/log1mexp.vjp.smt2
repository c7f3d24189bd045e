; certjax: rule elementwise.log1mexp, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun g () Real)
(assert
 (> 0.0 x))
(assert
 (> (- (/ 1453635.0 2097152.0)) x))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (< 0.0 ?x21)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (let (($x16 (= 0.0 ?x21)))
 (not $x16))))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (< 0.0 ?x21)))))
(assert
 (let ((?x14 (/ 1.0 exp!0)))
 (let ((?x13 (+ (- 1.0) ?x14)))
 (let (($x10 (= 0.0 ?x13)))
 (not $x10)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (let (($x16 (= 0.0 ?x21)))
 (not $x16))))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (let ((?x29 (/ ?x22 ?x21)))
 (let ((?x33 (* g ?x29)))
 (let ((?x14 (/ 1.0 exp!0)))
 (let ((?x13 (+ (- 1.0) ?x14)))
 (let ((?x28 (- g)))
 (let ((?x32 (/ ?x28 ?x13)))
 (or (and (distinct ?x32 ?x33) true))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun g () Real)
(assert
 (> 0.0 x))
(assert
 (< (- (/ 1453635.0 2097152.0)) x))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x72 (+ ?x23 (- 1.0))))
 (let ((?x60 (- ?x72)))
 (< 0.0 ?x60)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x72 (+ ?x23 (- 1.0))))
 (let ((?x60 (- ?x72)))
 (let (($x77 (= 0.0 ?x60)))
 (not $x77))))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x72 (+ ?x23 (- 1.0))))
 (let ((?x60 (- ?x72)))
 (< 0.0 ?x60)))))
(assert
 (let ((?x14 (/ 1.0 exp!0)))
 (let ((?x13 (+ (- 1.0) ?x14)))
 (let (($x10 (= 0.0 ?x13)))
 (not $x10)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x72 (+ ?x23 (- 1.0))))
 (let ((?x60 (- ?x72)))
 (let (($x77 (= 0.0 ?x60)))
 (not $x77))))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x72 (+ ?x23 (- 1.0))))
 (let ((?x60 (- ?x72)))
 (let ((?x73 (+ 1.0 ?x72)))
 (let ((?x78 (- ?x73)))
 (let ((?x79 (/ ?x78 ?x60)))
 (let ((?x70 (* g ?x79)))
 (let ((?x14 (/ 1.0 exp!0)))
 (let ((?x13 (+ (- 1.0) ?x14)))
 (let ((?x28 (- g)))
 (let ((?x32 (/ ?x28 ?x13)))
 (or (and (distinct ?x32 ?x70) true))))))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(check-sat)
(pop 1)
