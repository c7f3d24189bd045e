; certjax: rule elementwise.log1mexp, obligation 'defined', verdict proved
; 3 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 3
(push 1)
(set-info :status unknown)
(declare-fun x () Real)
(declare-fun exp!1 () Real)
(assert
 (> 0.0 x))
(assert
 (< (- (/ 2731.0 3940.0)) x))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x128 (+ ?x156 (- 1.0))))
 (let ((?x106 (- ?x128)))
 (< 0.0 ?x106)))))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x128 (+ ?x156 (- 1.0))))
 (let ((?x106 (- ?x128)))
 (let (($x28 (= 0.0 ?x106)))
 (not $x28))))))
(assert
 (let ((?x6 (/ 1.0 exp!1)))
 (let ((?x29 (+ (- 1.0) ?x6)))
 (let (($x9 (= 0.0 ?x29)))
 (let (($x18 (not $x9)))
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x128 (+ ?x156 (- 1.0))))
 (let ((?x106 (- ?x128)))
 (let (($x32 (< 0.0 ?x106)))
 (not (and $x32 $x18)))))))))))
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
 (> 0.0 x))
(assert
 (= (- (/ 2731.0 3940.0)) x))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (< 0.0 ?x25)))))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (let (($x109 (= 0.0 ?x25)))
 (not $x109))))))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (< 0.0 ?x25)))))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (let (($x109 (= 0.0 ?x25)))
 (not $x109))))))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x128 (+ ?x156 (- 1.0))))
 (let ((?x106 (- ?x128)))
 (< 0.0 ?x106)))))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x128 (+ ?x156 (- 1.0))))
 (let ((?x106 (- ?x128)))
 (let (($x28 (= 0.0 ?x106)))
 (not $x28))))))
(assert
 (let ((?x6 (/ 1.0 exp!1)))
 (let ((?x29 (+ (- 1.0) ?x6)))
 (let (($x9 (= 0.0 ?x29)))
 (let (($x18 (not $x9)))
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (let (($x112 (< 0.0 ?x25)))
 (not (and $x112 $x18)))))))))))
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
 (> 0.0 x))
(assert
 (> (- (/ 2731.0 3940.0)) x))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (< 0.0 ?x25)))))
(assert
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (let (($x109 (= 0.0 ?x25)))
 (not $x109))))))
(assert
 (let ((?x6 (/ 1.0 exp!1)))
 (let ((?x29 (+ (- 1.0) ?x6)))
 (let (($x9 (= 0.0 ?x29)))
 (let (($x18 (not $x9)))
 (let ((?x156 (* 1.0 exp!1)))
 (let ((?x30 (- ?x156)))
 (let ((?x25 (+ 1.0 ?x30)))
 (let (($x112 (< 0.0 ?x25)))
 (not (and $x112 $x18)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
