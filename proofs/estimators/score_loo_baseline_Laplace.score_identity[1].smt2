; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'score_identity[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun expc!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!19 () Real)
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
 (let ((?x74 (/ 1.0 scale)))
 (let ((?x75 (- ?x74)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x70 (- ?x8)))
 (let ((?x40 (/ 1.0 (* scale scale))))
 (let ((?x71 (* ?x40 ?x70)))
 (let ((?x69 (/ 0.0 scale)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x73 (- ?x72)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x67 (/ (/ (* 1.0 expc!2) exp!1) exp!3)))
 (let ((?x77 (* ?x67 ?x76)))
 (let ((?x26 (- b)))
 (let ((?x31 (+ f ?x26)))
 (let ((?x78 (* ?x31 ?x77)))
 (let ((?x32 (- ?x31)))
 (let ((?x39 (* ?x40 ?x32)))
 (let ((?x43 (* ?x8 ?x39)))
 (let ((?x44 (- ?x43)))
 (let ((?x41 (/ ?x32 scale)))
 (let ((?x45 (+ ?x41 ?x44)))
 (let ((?x68 (* ?x67 ?x45)))
 (or (and (distinct ?x68 ?x78) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!19 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!19)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (<= (/ 984999972851546503907212610342959535475306455618060595353372853688094100105394255317058587255594625271.0 1970000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (> expc!2 0.0))
(assert
 (>= (/ 984999972851546503907212610342959535475503455612904004646627146311905899894605744682941412744405374729.0 1970000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (= (< (/ (+ z (- loc)) scale) log!19) (< exp!3 exp!1)))
(assert
 (= (< log!19 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
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
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun expc!2 () Real)
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun log!19 () Real)
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
 (let ((?x74 (/ 1.0 scale)))
 (let ((?x75 (- ?x74)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x70 (- ?x8)))
 (let ((?x40 (/ 1.0 (* scale scale))))
 (let ((?x71 (* ?x40 ?x70)))
 (let ((?x69 (/ 0.0 scale)))
 (let ((?x72 (+ ?x69 ?x71)))
 (let ((?x440 (+ ?x72 ?x75)))
 (let ((?x53 (/ (* 1.0 expc!2) exp!1)))
 (let ((?x443 (* ?x53 exp!3)))
 (let ((?x441 (* ?x443 ?x440)))
 (let ((?x26 (- b)))
 (let ((?x31 (+ f ?x26)))
 (let ((?x323 (* ?x31 ?x441)))
 (let ((?x80 (* ?x40 ?x31)))
 (let ((?x436 (* ?x8 ?x80)))
 (let ((?x83 (- ?x436)))
 (let ((?x32 (- ?x31)))
 (let ((?x41 (/ ?x32 scale)))
 (let ((?x422 (+ ?x41 ?x83)))
 (let ((?x330 (* ?x443 ?x422)))
 (or (and (distinct ?x330 ?x323) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!19 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!19)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (<= (/ 984999972851546503907212610342959535475306455618060595353372853688094100105394255317058587255594625271.0 1970000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (> expc!2 0.0))
(assert
 (>= (/ 984999972851546503907212610342959535475503455612904004646627146311905899894605744682941412744405374729.0 1970000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0) expc!2))
(assert
 (= (< (/ (+ z (- loc)) scale) log!19) (< exp!3 exp!1)))
(assert
 (= (< log!19 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
