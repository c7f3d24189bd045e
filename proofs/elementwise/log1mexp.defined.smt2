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
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x156 (+ ?x57 (- 1.0))))
 (let ((?x91 (- ?x156)))
 (< 0.0 ?x91)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x156 (+ ?x57 (- 1.0))))
 (let ((?x91 (- ?x156)))
 (let (($x27 (= 0.0 ?x91)))
 (not $x27))))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x6 (+ (- 1.0) ?x10)))
 (let (($x14 (= 0.0 ?x6)))
 (let (($x29 (not $x14)))
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x156 (+ ?x57 (- 1.0))))
 (let ((?x91 (- ?x156)))
 (let (($x31 (< 0.0 ?x91)))
 (not (and $x31 $x29)))))))))))
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
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (< 0.0 ?x71)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (let (($x101 (= 0.0 ?x71)))
 (not $x101))))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (< 0.0 ?x71)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (let (($x101 (= 0.0 ?x71)))
 (not $x101))))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x156 (+ ?x57 (- 1.0))))
 (let ((?x91 (- ?x156)))
 (< 0.0 ?x91)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x156 (+ ?x57 (- 1.0))))
 (let ((?x91 (- ?x156)))
 (let (($x27 (= 0.0 ?x91)))
 (not $x27))))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x6 (+ (- 1.0) ?x10)))
 (let (($x14 (= 0.0 ?x6)))
 (let (($x29 (not $x14)))
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (let (($x53 (< 0.0 ?x71)))
 (not (and $x53 $x29)))))))))))
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
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (< 0.0 ?x71)))))
(assert
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (let (($x101 (= 0.0 ?x71)))
 (not $x101))))))
(assert
 (let ((?x10 (/ 1.0 exp!1)))
 (let ((?x6 (+ (- 1.0) ?x10)))
 (let (($x14 (= 0.0 ?x6)))
 (let (($x29 (not $x14)))
 (let ((?x57 (* 1.0 exp!1)))
 (let ((?x28 (- ?x57)))
 (let ((?x71 (+ 1.0 ?x28)))
 (let (($x53 (< 0.0 ?x71)))
 (not (and $x53 $x29)))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> x 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 x)))
(check-sat)
(pop 1)
