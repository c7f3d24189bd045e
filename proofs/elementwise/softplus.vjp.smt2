; certjax: rule elementwise.softplus, obligation 'vjp', verdict proved
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
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (let (($x20 (= 0.0 ?x9)))
 (not $x20)))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (< 0.0 ?x9))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (not $x14)))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (let (($x20 (= 0.0 ?x9)))
 (not $x20)))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x9 (+ 1.0 ?x24)))
 (let ((?x11 (/ ?x24 ?x9)))
 (let ((?x10 (* g ?x11)))
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let ((?x13 (/ 1.0 ?x19)))
 (let ((?x12 (* g ?x13)))
 (or (and (distinct ?x12 ?x10) true)))))))))))
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
 (< 0.0 x))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (< 0.0 ?x19))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (not $x14)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (< 0.0 ?x19))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (not $x14)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let (($x14 (= 0.0 ?x19)))
 (not $x14)))))
(assert
 (let ((?x22 (/ 1.0 exp!0)))
 (let ((?x19 (+ 1.0 ?x22)))
 (let ((?x64 (- ?x22)))
 (let ((?x67 (/ ?x64 ?x19)))
 (let ((?x74 (+ 1.0 ?x67)))
 (let ((?x75 (* g ?x74)))
 (let ((?x13 (/ 1.0 ?x19)))
 (let ((?x12 (* g ?x13)))
 (or (and (distinct ?x12 ?x75) true)))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(check-sat)
(pop 1)
