; certjax: rule elementwise.log_sigmoid, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (let ((?x59 (- x)))
 (< 0.0 ?x59)))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (< 0.0 ?x42))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (let (($x15 (= 0.0 ?x42)))
 (not $x15)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (< 0.0 ?x42))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (let (($x15 (= 0.0 ?x42)))
 (not $x15)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (let (($x15 (= 0.0 ?x42)))
 (not $x15)))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (let ((?x9 (/ ?x38 ?x42)))
 (let ((?x14 (+ (- 1.0) ?x9)))
 (let ((?x19 (- ?x14)))
 (let ((?x10 (* g ?x19)))
 (let ((?x8 (/ 1.0 ?x42)))
 (let ((?x73 (* g ?x8)))
 (or (and (distinct ?x73 ?x10) true)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(declare-fun g () Real)
(assert
 (let ((?x59 (- x)))
 (> 0.0 ?x59)))
(assert
 (let ((?x12 (/ 1.0 exp!1)))
 (let ((?x13 (+ 1.0 ?x12)))
 (< 0.0 ?x13))))
(assert
 (let ((?x12 (/ 1.0 exp!1)))
 (let ((?x13 (+ 1.0 ?x12)))
 (let (($x70 (= 0.0 ?x13)))
 (not $x70)))))
(assert
 (let ((?x12 (/ 1.0 exp!1)))
 (let ((?x13 (+ 1.0 ?x12)))
 (< 0.0 ?x13))))
(assert
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (let (($x15 (= 0.0 ?x42)))
 (not $x15)))))
(assert
 (let ((?x12 (/ 1.0 exp!1)))
 (let ((?x13 (+ 1.0 ?x12)))
 (let (($x70 (= 0.0 ?x13)))
 (not $x70)))))
(assert
 (let ((?x12 (/ 1.0 exp!1)))
 (let ((?x13 (+ 1.0 ?x12)))
 (let ((?x144 (- ?x12)))
 (let ((?x168 (/ ?x144 ?x13)))
 (let ((?x166 (- ?x168)))
 (let ((?x111 (* g ?x166)))
 (let ((?x38 (* 1.0 exp!1)))
 (let ((?x42 (+ 1.0 ?x38)))
 (let ((?x8 (/ 1.0 ?x42)))
 (let ((?x73 (* g ?x8)))
 (or (and (distinct ?x73 ?x111) true)))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
