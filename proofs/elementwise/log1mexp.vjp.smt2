; certjax: rule elementwise.log1mexp, obligation 'vjp', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x41 (- log!3)))
 (< ?x41 x)))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x35 (+ ?x19 (- 1.0))))
 (let ((?x22 (- ?x35)))
 (< 0.0 ?x22)))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x35 (+ ?x19 (- 1.0))))
 (let ((?x22 (- ?x35)))
 (let (($x34 (= 0.0 ?x22)))
 (not $x34))))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x35 (+ ?x19 (- 1.0))))
 (let ((?x22 (- ?x35)))
 (< 0.0 ?x22)))))
(assert
 (let ((?x30 (/ 1.0 exp!2)))
 (let ((?x28 (+ (- 1.0) ?x30)))
 (let (($x31 (= 0.0 ?x28)))
 (not $x31)))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x35 (+ ?x19 (- 1.0))))
 (let ((?x22 (- ?x35)))
 (let (($x34 (= 0.0 ?x22)))
 (not $x34))))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x35 (+ ?x19 (- 1.0))))
 (let ((?x22 (- ?x35)))
 (let ((?x45 (+ 1.0 ?x35)))
 (let ((?x46 (- ?x45)))
 (let ((?x47 (/ ?x46 ?x22)))
 (let ((?x48 (* g ?x47)))
 (let ((?x30 (/ 1.0 exp!2)))
 (let ((?x28 (+ (- 1.0) ?x30)))
 (let ((?x37 (- g)))
 (let ((?x44 (/ ?x37 ?x28)))
 (or (and (distinct ?x44 ?x48) true))))))))))))))
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
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun log!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x41 (- log!3)))
 (< x ?x41)))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x52 (- ?x19)))
 (let ((?x49 (+ 1.0 ?x52)))
 (< 0.0 ?x49)))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x52 (- ?x19)))
 (let ((?x49 (+ 1.0 ?x52)))
 (let (($x53 (= 0.0 ?x49)))
 (not $x53))))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x52 (- ?x19)))
 (let ((?x49 (+ 1.0 ?x52)))
 (< 0.0 ?x49)))))
(assert
 (let ((?x30 (/ 1.0 exp!2)))
 (let ((?x28 (+ (- 1.0) ?x30)))
 (let (($x31 (= 0.0 ?x28)))
 (not $x31)))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x52 (- ?x19)))
 (let ((?x49 (+ 1.0 ?x52)))
 (let (($x53 (= 0.0 ?x49)))
 (not $x53))))))
(assert
 (let ((?x19 (* 1.0 exp!2)))
 (let ((?x52 (- ?x19)))
 (let ((?x49 (+ 1.0 ?x52)))
 (let ((?x100 (/ ?x52 ?x49)))
 (let ((?x76 (* g ?x100)))
 (let ((?x30 (/ 1.0 exp!2)))
 (let ((?x28 (+ (- 1.0) ?x30)))
 (let ((?x37 (- g)))
 (let ((?x44 (/ ?x37 ?x28)))
 (or (and (distinct ?x44 ?x76) true))))))))))))
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
