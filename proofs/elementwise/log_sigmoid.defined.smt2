; certjax: rule elementwise.log_sigmoid, obligation 'defined', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!0 () Real)
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
 (let ((?x24 (* 1.0 exp!0)))
 (let ((?x21 (+ 1.0 ?x24)))
 (let (($x17 (= 0.0 ?x21)))
 (let (($x19 (not $x17)))
 (let ((?x16 (/ 1.0 exp!0)))
 (let ((?x25 (+ 1.0 ?x16)))
 (let (($x10 (< 0.0 ?x25)))
 (not (and $x10 $x19))))))))))
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
 (let (($x17 (= 0.0 ?x21)))
 (let (($x19 (not $x17)))
 (let (($x14 (< 0.0 ?x21)))
 (not (and $x14 $x19))))))))
(assert
 (> exp!0 0.0))
(assert
 (= (> x 0.0) (> exp!0 1.0)))
(assert
 (>= exp!0 (+ 1.0 x)))
(check-sat)
(pop 1)
