; certjax: rule elementwise.log1mexp, obligation 'vjp', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
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
 (let ((?x20 (- log!3)))
 (< ?x20 x)))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (let (($x44 (= 0.0 ?x40)))
 (not $x44))))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (< 0.0 ?x40)))))
(assert
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x46 (+ (- 1.0) ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (let (($x44 (= 0.0 ?x40)))
 (not $x44))))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (let ((?x52 (+ 1.0 ?x39)))
 (let ((?x53 (- ?x52)))
 (let ((?x54 (/ ?x53 ?x40)))
 (let ((?x55 (* g ?x54)))
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x46 (+ (- 1.0) ?x45)))
 (let ((?x50 (- g)))
 (let ((?x51 (/ ?x50 ?x46)))
 (or (and (distinct ?x51 ?x55) true))))))))))))))
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
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x20 (- log!3)))
 (= x ?x20)))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (< 0.0 ?x59)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (let (($x90 (= 0.0 ?x59)))
 (not $x90))))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (< 0.0 ?x59)))))
(assert
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x46 (+ (- 1.0) ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (let (($x90 (= 0.0 ?x59)))
 (not $x90))))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (let (($x44 (= 0.0 ?x40)))
 (not $x44))))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (let ((?x198 (/ ?x56 ?x59)))
 (let ((?x199 (* g ?x198)))
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x46 (+ (- 1.0) ?x45)))
 (let ((?x50 (- g)))
 (let ((?x51 (/ ?x50 ?x46)))
 (let ((?x39 (+ ?x38 (- 1.0))))
 (let ((?x40 (- ?x39)))
 (let ((?x52 (+ 1.0 ?x39)))
 (let ((?x53 (- ?x52)))
 (let ((?x54 (/ ?x53 ?x40)))
 (let ((?x55 (* g ?x54)))
 (let (($x99 (= ?x199 ?x55)))
 (let ((?x167 (ite $x99 ?x51 ?x199)))
 (or (and (distinct ?x167 ?x199) true))))))))))))))))))))
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
(declare-fun g () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (let ((?x20 (- log!3)))
 (< x ?x20)))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (< 0.0 ?x59)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (let (($x90 (= 0.0 ?x59)))
 (not $x90))))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (< 0.0 ?x59)))))
(assert
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x46 (+ (- 1.0) ?x45)))
 (let (($x49 (= 0.0 ?x46)))
 (not $x49)))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (let (($x90 (= 0.0 ?x59)))
 (not $x90))))))
(assert
 (let ((?x38 (* 1.0 exp!2)))
 (let ((?x56 (- ?x38)))
 (let ((?x59 (+ 1.0 ?x56)))
 (let ((?x198 (/ ?x56 ?x59)))
 (let ((?x199 (* g ?x198)))
 (let ((?x45 (/ 1.0 exp!2)))
 (let ((?x46 (+ (- 1.0) ?x45)))
 (let ((?x50 (- g)))
 (let ((?x51 (/ ?x50 ?x46)))
 (or (and (distinct ?x51 ?x199) true))))))))))))
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
