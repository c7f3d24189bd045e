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
 (let ((?x211 (- log!3)))
 (< ?x211 x)))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x36 (+ ?x32 (- 1.0))))
 (let ((?x23 (- ?x36)))
 (< 0.0 ?x23)))))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x36 (+ ?x32 (- 1.0))))
 (let ((?x23 (- ?x36)))
 (let (($x13 (= 0.0 ?x23)))
 (not $x13))))))
(assert
 (let ((?x43 (/ 1.0 exp!2)))
 (let ((?x25 (+ (- 1.0) ?x43)))
 (let (($x38 (= 0.0 ?x25)))
 (let (($x73 (not $x38)))
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x36 (+ ?x32 (- 1.0))))
 (let ((?x23 (- ?x36)))
 (let (($x24 (< 0.0 ?x23)))
 (not (and $x24 $x73)))))))))))
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
 (let ((?x211 (- log!3)))
 (= x ?x211)))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (< 0.0 ?x91)))))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (let (($x83 (= 0.0 ?x91)))
 (not $x83))))))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (< 0.0 ?x91)))))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (let (($x83 (= 0.0 ?x91)))
 (not $x83))))))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x36 (+ ?x32 (- 1.0))))
 (let ((?x23 (- ?x36)))
 (< 0.0 ?x23)))))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x36 (+ ?x32 (- 1.0))))
 (let ((?x23 (- ?x36)))
 (let (($x13 (= 0.0 ?x23)))
 (not $x13))))))
(assert
 (let ((?x43 (/ 1.0 exp!2)))
 (let ((?x25 (+ (- 1.0) ?x43)))
 (let (($x38 (= 0.0 ?x25)))
 (let (($x73 (not $x38)))
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (let (($x82 (< 0.0 ?x91)))
 (not (and $x82 $x73)))))))))))
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
 (let ((?x211 (- log!3)))
 (< x ?x211)))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (< 0.0 ?x91)))))
(assert
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (let (($x83 (= 0.0 ?x91)))
 (not $x83))))))
(assert
 (let ((?x43 (/ 1.0 exp!2)))
 (let ((?x25 (+ (- 1.0) ?x43)))
 (let (($x38 (= 0.0 ?x25)))
 (let (($x73 (not $x38)))
 (let ((?x32 (* 1.0 exp!2)))
 (let ((?x75 (- ?x32)))
 (let ((?x91 (+ 1.0 ?x75)))
 (let (($x82 (< 0.0 ?x91)))
 (not (and $x82 $x73)))))))))))
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
