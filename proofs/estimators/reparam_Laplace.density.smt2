; certjax: rule estimators.reparam_Laplace, obligation 'density', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!17 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!14 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x103 (/ (/ 1.0 exp!3) exp!5)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x104 (* ?x101 ?x103)))
 (let ((?x100 (/ (/ (/ 1.0 exp!2) exp!3) exp!5)))
 (or (and (distinct ?x100 ?x104) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x28 (> log!17 0.0)))
 (= $x28 (> exp!1 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!17)))
 (>= exp!1 ?x38)))
(assert
 (let (($x34 (= exp!1 scale)))
 (let (($x21 (> scale 0.0)))
 (=> $x21 $x34))))
(assert
 (let (($x33 (< log!17 log!17)))
 (= $x33 (< exp!2 exp!1))))
(assert
 (let (($x33 (< log!17 log!17)))
 (= $x33 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x28 (> log!17 0.0)))
 (= $x28 (> exp!2 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!17)))
 (>= exp!2 ?x38)))
(assert
 (let (($x41 (= exp!2 scale)))
 (let (($x21 (> scale 0.0)))
 (=> $x21 $x41))))
(assert
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!3 exp!2)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let (($x58 (< log!14 log!17)))
 (= $x58 (< exp!4 exp!2))))
(assert
 (let (($x61 (< log!17 log!14)))
 (= $x61 (< exp!2 exp!4))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x64 (< log!14 ?x10)))
 (= $x64 (< exp!4 exp!3)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x67 (< ?x10 log!14)))
 (= $x67 (< exp!3 exp!4)))))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x71 (> log!14 0.0)))
 (= $x71 (> exp!4 1.0))))
(assert
 (let ((?x74 (+ 1.0 log!14)))
 (>= exp!4 ?x74)))
(assert
 (let (($x77 (> 2.0 0.0)))
 (=> $x77 (= 2.0 exp!4))))
(assert
 (let (($x58 (< log!14 log!17)))
 (= $x58 (< exp!5 exp!2))))
(assert
 (let (($x61 (< log!17 log!14)))
 (= $x61 (< exp!2 exp!5))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x64 (< log!14 ?x10)))
 (= $x64 (< exp!5 exp!3)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x67 (< ?x10 log!14)))
 (= $x67 (< exp!3 exp!5)))))))
(assert
 (let (($x89 (< log!14 log!14)))
 (= $x89 (< exp!5 exp!4))))
(assert
 (let (($x89 (< log!14 log!14)))
 (= $x89 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x71 (> log!14 0.0)))
 (= $x71 (> exp!5 1.0))))
(assert
 (let ((?x74 (+ 1.0 log!14)))
 (>= exp!5 ?x74)))
(assert
 (let (($x77 (> 2.0 0.0)))
(=> $x77 (= 2.0 exp!5))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!17 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!14 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x335 (/ (* 1.0 exp!3) exp!5)))
 (let ((?x101 (/ 1.0 scale)))
 (let ((?x457 (* ?x101 ?x335)))
 (let ((?x106 (/ (* (/ 1.0 exp!2) exp!3) exp!5)))
 (or (and (distinct ?x106 ?x457) true)))))))
(assert
 (> exp!1 0.0))
(assert
 (let (($x28 (> log!17 0.0)))
 (= $x28 (> exp!1 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!17)))
 (>= exp!1 ?x38)))
(assert
 (let (($x34 (= exp!1 scale)))
 (let (($x21 (> scale 0.0)))
 (=> $x21 $x34))))
(assert
 (let (($x33 (< log!17 log!17)))
 (= $x33 (< exp!2 exp!1))))
(assert
 (let (($x33 (< log!17 log!17)))
 (= $x33 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x28 (> log!17 0.0)))
 (= $x28 (> exp!2 1.0))))
(assert
 (let ((?x38 (+ 1.0 log!17)))
 (>= exp!2 ?x38)))
(assert
 (let (($x41 (= exp!2 scale)))
 (let (($x21 (> scale 0.0)))
 (=> $x21 $x41))))
(assert
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!3 exp!2)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let (($x58 (< log!14 log!17)))
 (= $x58 (< exp!4 exp!2))))
(assert
 (let (($x61 (< log!17 log!14)))
 (= $x61 (< exp!2 exp!4))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x64 (< log!14 ?x10)))
 (= $x64 (< exp!4 exp!3)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x67 (< ?x10 log!14)))
 (= $x67 (< exp!3 exp!4)))))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x71 (> log!14 0.0)))
 (= $x71 (> exp!4 1.0))))
(assert
 (let ((?x74 (+ 1.0 log!14)))
 (>= exp!4 ?x74)))
(assert
 (let (($x77 (> 2.0 0.0)))
 (=> $x77 (= 2.0 exp!4))))
(assert
 (let (($x58 (< log!14 log!17)))
 (= $x58 (< exp!5 exp!2))))
(assert
 (let (($x61 (< log!17 log!14)))
 (= $x61 (< exp!2 exp!5))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x64 (< log!14 ?x10)))
 (= $x64 (< exp!5 exp!3)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x67 (< ?x10 log!14)))
 (= $x67 (< exp!3 exp!5)))))))
(assert
 (let (($x89 (< log!14 log!14)))
 (= $x89 (< exp!5 exp!4))))
(assert
 (let (($x89 (< log!14 log!14)))
 (= $x89 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x71 (> log!14 0.0)))
 (= $x71 (> exp!5 1.0))))
(assert
 (let ((?x74 (+ 1.0 log!14)))
 (>= exp!5 ?x74)))
(assert
 (let (($x77 (> 2.0 0.0)))
(=> $x77 (= 2.0 exp!5))))
(check-sat)
(pop 1)
