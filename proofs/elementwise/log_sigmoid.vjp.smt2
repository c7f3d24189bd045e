; certjax: rule elementwise.log_sigmoid, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
(declare-fun g () Real)
(assert
 (let ((?x6 (- x)))
 (> 0.0 ?x6)))
(assert
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (< 0.0 ?x25))))
(assert
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (let (($x22 (= 0.0 ?x25)))
 (not $x22)))))
(assert
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (< 0.0 ?x25))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (let (($x17 (= 0.0 ?x21)))
 (not $x17)))))
(assert
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (let (($x22 (= 0.0 ?x25)))
 (not $x22)))))
(assert
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (let ((?x13 (- ?x16)))
 (let ((?x12 (/ ?x13 ?x25)))
 (let ((?x11 (- ?x12)))
 (let ((?x32 (* g ?x11)))
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (let ((?x15 (/ 1.0 ?x21)))
 (let ((?x14 (* g ?x15)))
 (or (and (distinct ?x14 ?x32) true)))))))))))))
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
 (let ((?x6 (- x)))
 (< 0.0 ?x6)))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (< 0.0 ?x21))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (let (($x17 (= 0.0 ?x21)))
 (not $x17)))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (< 0.0 ?x21))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (let (($x17 (= 0.0 ?x21)))
 (not $x17)))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (let (($x17 (= 0.0 ?x21)))
 (not $x17)))))
(assert
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (let ((?x69 (/ ?x24 ?x21)))
 (let ((?x70 (+ (- 1.0) ?x69)))
 (let ((?x55 (- ?x70)))
 (let ((?x71 (* g ?x55)))
 (let ((?x15 (/ 1.0 ?x21)))
 (let ((?x14 (* g ?x15)))
 (or (and (distinct ?x14 ?x71) true)))))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(check-sat)
(pop 1)
