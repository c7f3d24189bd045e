; certjax: rule elementwise.log1mexp, obligation 'defined', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
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
 (let ((?x14 (/ 1.0 exp!0)))
 (let ((?x13 (+ (- 1.0) ?x14)))
 (let (($x10 (= 0.0 ?x13)))
 (let (($x11 (not $x10)))
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x22 (- ?x23)))
 (let ((?x21 (+ 1.0 ?x22)))
 (let (($x20 (< 0.0 ?x21)))
 (not (and $x20 $x11)))))))))))
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
(assert
 (> 0.0 x))
(assert
 (< (- (/ 1453635.0 2097152.0)) x))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x60 (+ ?x23 (- 1.0))))
 (let ((?x56 (- ?x60)))
 (< 0.0 ?x56)))))
(assert
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x60 (+ ?x23 (- 1.0))))
 (let ((?x56 (- ?x60)))
 (let (($x32 (= 0.0 ?x56)))
 (not $x32))))))
(assert
 (let ((?x14 (/ 1.0 exp!0)))
 (let ((?x13 (+ (- 1.0) ?x14)))
 (let (($x10 (= 0.0 ?x13)))
 (let (($x11 (not $x10)))
 (let ((?x23 (* 1.0 exp!0)))
 (let ((?x60 (+ ?x23 (- 1.0))))
 (let ((?x56 (- ?x60)))
 (let (($x51 (< 0.0 ?x56)))
 (not (and $x51 $x11)))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(check-sat)
(pop 1)
