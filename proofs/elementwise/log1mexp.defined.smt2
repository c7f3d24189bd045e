; certjax: rule elementwise.log1mexp, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x76 (- log!3)))
 (< ?x76 x)))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x91 (+ ?x14 (- 1.0))))
 (let ((?x41 (- ?x91)))
 (< 0.0 ?x41)))))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x91 (+ ?x14 (- 1.0))))
 (let ((?x41 (- ?x91)))
 (let (($x75 (= 0.0 ?x41)))
 (not $x75))))))
(assert
 (let ((?x38 (/ 1.0 exp!2)))
 (let ((?x65 (+ (- 1.0) ?x38)))
 (let (($x42 (= 0.0 ?x65)))
 (let (($x67 (not $x42)))
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x91 (+ ?x14 (- 1.0))))
 (let ((?x41 (- ?x91)))
 (let (($x8 (< 0.0 ?x41)))
 (not (and $x8 $x67)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!1)))
(assert
 (= (< x log!3) (< exp!2 exp!1)))
(assert
 (= (< log!3 x) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> x 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 2 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x76 (- log!3)))
 (= x ?x76)))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x58 (= 0.0 ?x40)))
 (not $x58))))))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x58 (= 0.0 ?x40)))
 (not $x58))))))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x91 (+ ?x14 (- 1.0))))
 (let ((?x41 (- ?x91)))
 (< 0.0 ?x41)))))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x91 (+ ?x14 (- 1.0))))
 (let ((?x41 (- ?x91)))
 (let (($x75 (= 0.0 ?x41)))
 (not $x75))))))
(assert
 (let ((?x38 (/ 1.0 exp!2)))
 (let ((?x65 (+ (- 1.0) ?x38)))
 (let (($x42 (= 0.0 ?x65)))
 (let (($x67 (not $x42)))
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x113 (< 0.0 ?x40)))
 (not (and $x113 $x67)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!1)))
(assert
 (= (< x log!3) (< exp!2 exp!1)))
(assert
 (= (< log!3 x) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> x 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 x)))
(check-sat)
(pop 1)
; region 3 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x76 (- log!3)))
 (< x ?x76)))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x58 (= 0.0 ?x40)))
 (not $x58))))))
(assert
 (let ((?x38 (/ 1.0 exp!2)))
 (let ((?x65 (+ (- 1.0) ?x38)))
 (let (($x42 (= 0.0 ?x65)))
 (let (($x67 (not $x42)))
 (let ((?x14 (* 1.0 exp!2)))
 (let ((?x66 (- ?x14)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x113 (< 0.0 ?x40)))
 (not (and $x113 $x67)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!3 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!3)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!1)))
(assert
 (= (< x log!3) (< exp!2 exp!1)))
(assert
 (= (< log!3 x) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> x 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 x)))
(check-sat)
(pop 1)
