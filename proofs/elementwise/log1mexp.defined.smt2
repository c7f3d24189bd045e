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
 (let ((?x101 (- log!3)))
 (< ?x101 x)))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x41 (+ ?x13 (- 1.0))))
 (let ((?x7 (- ?x41)))
 (< 0.0 ?x7)))))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x41 (+ ?x13 (- 1.0))))
 (let ((?x7 (- ?x41)))
 (let (($x37 (= 0.0 ?x7)))
 (not $x37))))))
(assert
 (let ((?x77 (/ 1.0 exp!2)))
 (let ((?x65 (+ (- 1.0) ?x77)))
 (let (($x42 (= 0.0 ?x65)))
 (let (($x67 (not $x42)))
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x41 (+ ?x13 (- 1.0))))
 (let ((?x7 (- ?x41)))
 (let (($x5 (< 0.0 ?x7)))
 (not (and $x5 $x67)))))))))))
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
 (let ((?x101 (- log!3)))
 (= x ?x101)))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x57 (= 0.0 ?x40)))
 (not $x57))))))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x57 (= 0.0 ?x40)))
 (not $x57))))))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x41 (+ ?x13 (- 1.0))))
 (let ((?x7 (- ?x41)))
 (< 0.0 ?x7)))))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x41 (+ ?x13 (- 1.0))))
 (let ((?x7 (- ?x41)))
 (let (($x37 (= 0.0 ?x7)))
 (not $x37))))))
(assert
 (let ((?x77 (/ 1.0 exp!2)))
 (let ((?x65 (+ (- 1.0) ?x77)))
 (let (($x42 (= 0.0 ?x65)))
 (let (($x67 (not $x42)))
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x203 (< 0.0 ?x40)))
 (not (and $x203 $x67)))))))))))
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
 (let ((?x101 (- log!3)))
 (< x ?x101)))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x57 (= 0.0 ?x40)))
 (not $x57))))))
(assert
 (let ((?x77 (/ 1.0 exp!2)))
 (let ((?x65 (+ (- 1.0) ?x77)))
 (let (($x42 (= 0.0 ?x65)))
 (let (($x67 (not $x42)))
 (let ((?x13 (* 1.0 exp!2)))
 (let ((?x66 (- ?x13)))
 (let ((?x40 (+ 1.0 ?x66)))
 (let (($x203 (< 0.0 ?x40)))
 (not (and $x203 $x67)))))))))))
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
