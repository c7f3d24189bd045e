; certjax: rule elementwise.log_sigmoid, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x16 (- x)))
 (< 0.0 ?x16)))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (< 0.0 ?x12))))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (let (($x24 (= 0.0 ?x12)))
 (not $x24)))))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (let (($x24 (= 0.0 ?x12)))
 (let (($x25 (not $x24)))
 (let (($x167 (< 0.0 ?x12)))
 (not (and $x167 $x25))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x16 (- x)))
 (= 0.0 ?x16)))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (< 0.0 ?x12))))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (let (($x24 (= 0.0 ?x12)))
 (not $x24)))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x142)))
 (< 0.0 ?x9))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x142)))
 (let (($x138 (= 0.0 ?x9)))
 (not $x138)))))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (< 0.0 ?x12))))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (let (($x24 (= 0.0 ?x12)))
 (not $x24)))))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (let (($x24 (= 0.0 ?x12)))
 (let (($x25 (not $x24)))
 (let (($x167 (< 0.0 ?x12)))
 (not (and $x167 $x25))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (let ((?x16 (- x)))
 (> 0.0 ?x16)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x142)))
 (< 0.0 ?x9))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x142)))
 (let (($x138 (= 0.0 ?x9)))
 (not $x138)))))
(assert
 (let ((?x166 (* 1.0 exp!1)))
 (let ((?x12 (+ 1.0 ?x166)))
 (let (($x24 (= 0.0 ?x12)))
 (let (($x25 (not $x24)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x9 (+ 1.0 ?x142)))
 (let (($x141 (< 0.0 ?x9)))
 (not (and $x141 $x25))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
