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
 (let ((?x42 (- log!3)))
 (< ?x42 x)))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x19 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x19)))
 (< 0.0 ?x35)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x19 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x19)))
 (let (($x24 (= 0.0 ?x35)))
 (not $x24))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x19 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x19)))
 (< 0.0 ?x35)))))
(assert
 (let ((?x34 (/ 1.0 exp!2)))
 (let ((?x30 (+ (- 1.0) ?x34)))
 (let (($x32 (= 0.0 ?x30)))
 (not $x32)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x19 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x19)))
 (let (($x24 (= 0.0 ?x35)))
 (not $x24))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x19 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x19)))
 (let ((?x44 (+ 1.0 ?x19)))
 (let ((?x45 (- ?x44)))
 (let ((?x46 (/ ?x45 ?x35)))
 (let ((?x47 (* g ?x46)))
 (let ((?x34 (/ 1.0 exp!2)))
 (let ((?x30 (+ (- 1.0) ?x34)))
 (let ((?x31 (- g)))
 (let ((?x37 (/ ?x31 ?x30)))
 (or (and (distinct ?x37 ?x47) true))))))))))))))
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
 (let ((?x42 (- log!3)))
 (= x ?x42)))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (< 0.0 ?x51)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (let (($x76 (= 0.0 ?x51)))
 (not $x76))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (< 0.0 ?x51)))))
(assert
 (let ((?x34 (/ 1.0 exp!2)))
 (let ((?x30 (+ (- 1.0) ?x34)))
 (let (($x32 (= 0.0 ?x30)))
 (not $x32)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (let (($x76 (= 0.0 ?x51)))
 (not $x76))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x19 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x19)))
 (let (($x24 (= 0.0 ?x35)))
 (not $x24))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (let ((?x172 (/ ?x48 ?x51)))
 (let ((?x211 (* g ?x172)))
 (let ((?x34 (/ 1.0 exp!2)))
 (let ((?x30 (+ (- 1.0) ?x34)))
 (let ((?x31 (- g)))
 (let ((?x37 (/ ?x31 ?x30)))
 (let ((?x19 (+ ?x18 (- 1.0))))
 (let ((?x35 (- ?x19)))
 (let ((?x44 (+ 1.0 ?x19)))
 (let ((?x45 (- ?x44)))
 (let ((?x46 (/ ?x45 ?x35)))
 (let ((?x47 (* g ?x46)))
 (let (($x77 (= ?x211 ?x47)))
 (let ((?x150 (ite $x77 ?x37 ?x211)))
 (or (and (distinct ?x150 ?x211) true))))))))))))))))))))
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
 (let ((?x42 (- log!3)))
 (< x ?x42)))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (< 0.0 ?x51)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (let (($x76 (= 0.0 ?x51)))
 (not $x76))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (< 0.0 ?x51)))))
(assert
 (let ((?x34 (/ 1.0 exp!2)))
 (let ((?x30 (+ (- 1.0) ?x34)))
 (let (($x32 (= 0.0 ?x30)))
 (not $x32)))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (let (($x76 (= 0.0 ?x51)))
 (not $x76))))))
(assert
 (let ((?x18 (* 1.0 exp!2)))
 (let ((?x48 (- ?x18)))
 (let ((?x51 (+ 1.0 ?x48)))
 (let ((?x172 (/ ?x48 ?x51)))
 (let ((?x211 (* g ?x172)))
 (let ((?x34 (/ 1.0 exp!2)))
 (let ((?x30 (+ (- 1.0) ?x34)))
 (let ((?x31 (- g)))
 (let ((?x37 (/ ?x31 ?x30)))
 (or (and (distinct ?x37 ?x211) true))))))))))))
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
