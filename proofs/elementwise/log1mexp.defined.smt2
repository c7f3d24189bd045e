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
 (let ((?x199 (- log!3)))
 (< ?x199 x)))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x48 (+ ?x49 (- 1.0))))
 (let ((?x42 (- ?x48)))
 (< 0.0 ?x42)))))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x48 (+ ?x49 (- 1.0))))
 (let ((?x42 (- ?x48)))
 (let (($x33 (= 0.0 ?x42)))
 (not $x33))))))
(assert
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x21 (+ (- 1.0) ?x29)))
 (let (($x11 (= 0.0 ?x21)))
 (let (($x10 (not $x11)))
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x48 (+ ?x49 (- 1.0))))
 (let ((?x42 (- ?x48)))
 (let (($x44 (< 0.0 ?x42)))
 (not (and $x44 $x10)))))))))))
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
 (let ((?x199 (- log!3)))
 (= x ?x199)))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (< 0.0 ?x15)))))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (let (($x83 (= 0.0 ?x15)))
 (not $x83))))))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (< 0.0 ?x15)))))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (let (($x83 (= 0.0 ?x15)))
 (not $x83))))))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x48 (+ ?x49 (- 1.0))))
 (let ((?x42 (- ?x48)))
 (< 0.0 ?x42)))))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x48 (+ ?x49 (- 1.0))))
 (let ((?x42 (- ?x48)))
 (let (($x33 (= 0.0 ?x42)))
 (not $x33))))))
(assert
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x21 (+ (- 1.0) ?x29)))
 (let (($x11 (= 0.0 ?x21)))
 (let (($x10 (not $x11)))
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (let (($x104 (< 0.0 ?x15)))
 (not (and $x104 $x10)))))))))))
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
 (let ((?x199 (- log!3)))
 (< x ?x199)))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (< 0.0 ?x15)))))
(assert
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (let (($x83 (= 0.0 ?x15)))
 (not $x83))))))
(assert
 (let ((?x29 (/ 1.0 exp!2)))
 (let ((?x21 (+ (- 1.0) ?x29)))
 (let (($x11 (= 0.0 ?x21)))
 (let (($x10 (not $x11)))
 (let ((?x49 (* 1.0 exp!2)))
 (let ((?x8 (- ?x49)))
 (let ((?x15 (+ 1.0 ?x8)))
 (let (($x104 (< 0.0 ?x15)))
 (not (and $x104 $x10)))))))))))
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
