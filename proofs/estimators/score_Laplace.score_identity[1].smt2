; certjax: rule estimators.score_Laplace, obligation 'score_identity[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun f () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
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
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
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
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x94 (/ 1.0 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x90 (- ?x8)))
 (let ((?x61 (/ 1.0 (* scale scale))))
 (let ((?x91 (* ?x61 ?x90)))
 (let ((?x89 (/ 0.0 scale)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x87 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x97 (* ?x87 ?x96)))
 (let ((?x98 (* f ?x97)))
 (let ((?x56 (* f 1.0)))
 (let ((?x54 (* 0.0 1.0)))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x58 (- ?x57)))
 (let ((?x62 (* ?x61 ?x58)))
 (let ((?x63 (* ?x8 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x59 (/ ?x58 scale)))
 (let ((?x65 (+ ?x59 ?x64)))
 (let ((?x88 (* ?x87 ?x65)))
 (or (and (distinct ?x88 ?x98) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!21 log!24) (< exp!2 exp!1)))
(assert
 (= (< log!24 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun f () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
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
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
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
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x94 (/ 1.0 scale)))
 (let ((?x95 (- ?x94)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x90 (- ?x8)))
 (let ((?x61 (/ 1.0 (* scale scale))))
 (let ((?x91 (* ?x61 ?x90)))
 (let ((?x89 (/ 0.0 scale)))
 (let ((?x92 (+ ?x89 ?x91)))
 (let ((?x509 (+ ?x92 ?x95)))
 (let ((?x513 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x510 (* ?x513 ?x509)))
 (let ((?x353 (* f ?x510)))
 (let ((?x56 (* f 1.0)))
 (let ((?x54 (* 0.0 1.0)))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x103 (* ?x61 ?x57)))
 (let ((?x491 (* ?x8 ?x103)))
 (let ((?x515 (- ?x491)))
 (let ((?x58 (- ?x57)))
 (let ((?x59 (/ ?x58 scale)))
 (let ((?x368 (+ ?x59 ?x515)))
 (let ((?x361 (* ?x513 ?x368)))
 (or (and (distinct ?x361 ?x353) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!21 log!24) (< exp!2 exp!1)))
(assert
 (= (< log!24 log!21) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!21 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!21)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
