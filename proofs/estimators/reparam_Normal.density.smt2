; certjax: rule estimators.reparam_Normal, obligation 'density', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun exp!2 () Real)
(declare-fun expc!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!3 () Real)
(declare-fun log!14 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x67 (/ 1.0 scale)))
 (let ((?x32 (/ (* 1.0 expc!1) exp!2)))
 (let ((?x68 (* ?x32 ?x67)))
 (let ((?x66 (/ ?x32 exp!4)))
 (or (and (distinct ?x66 ?x68) true)))))))
(assert
 (<= (/ 7186705351674387.0 18014398509481984.0) expc!1))
(assert
 (>= (/ 7186705351687459.0 18014398509481984.0) expc!1))
(assert
 (> exp!2 0.0))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x24 0.0) (> exp!2 1.0))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (>= exp!2 (+ 1.0 ?x24))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x35 (< log!14 ?x24)))
 (= $x35 (< exp!3 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!14)))
 (= $x38 (< exp!2 exp!3)))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x42 (> log!14 0.0)))
 (= $x42 (> exp!3 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!14)))
 (>= exp!3 ?x45)))
(assert
 (let (($x48 (= exp!3 scale)))
 (let (($x47 (> scale 0.0)))
 (=> $x47 $x48))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x35 (< log!14 ?x24)))
 (= $x35 (< exp!4 exp!2)))))
(assert
 (let ((?x24 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let (($x38 (< ?x24 log!14)))
 (= $x38 (< exp!2 exp!4)))))
(assert
 (let (($x55 (< log!14 log!14)))
 (= $x55 (< exp!4 exp!3))))
(assert
 (let (($x55 (< log!14 log!14)))
 (= $x55 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x42 (> log!14 0.0)))
 (= $x42 (> exp!4 1.0))))
(assert
 (let ((?x45 (+ 1.0 log!14)))
 (>= exp!4 ?x45)))
(assert
 (let (($x64 (= exp!4 scale)))
(let (($x47 (> scale 0.0)))
(=> $x47 $x64))))
(check-sat)
(pop 1)
