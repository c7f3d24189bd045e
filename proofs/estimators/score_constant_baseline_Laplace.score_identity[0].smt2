; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'score_identity[0]', verdict proved
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
(declare-fun log!17 () Real)
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
 (let ((?x71 (/ 0.0 scale)))
 (let ((?x72 (- ?x71)))
 (let ((?x67 (/ 1.0 (* scale scale))))
 (let ((?x68 (* 0.0 ?x67)))
 (let ((?x65 (/ (- 1.0) scale)))
 (let ((?x69 (+ ?x65 ?x68)))
 (let ((?x70 (- ?x69)))
 (let ((?x73 (+ ?x70 ?x72)))
 (let ((?x62 (/ (/ (* 1.0 expc!2) exp!1) exp!3)))
 (let ((?x74 (* ?x62 ?x73)))
 (let ((?x26 (- b)))
 (let ((?x31 (+ f ?x26)))
 (let ((?x75 (* ?x31 ?x74)))
 (let ((?x32 (- ?x31)))
 (let ((?x41 (/ ?x32 scale)))
 (let ((?x42 (- ?x41)))
 (let ((?x63 (* ?x62 ?x42)))
 (or (and (distinct ?x63 ?x75) true))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
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
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!3 exp!1)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
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
(declare-fun log!17 () Real)
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
 (let ((?x71 (/ 0.0 scale)))
 (let ((?x72 (- ?x71)))
 (let ((?x67 (/ 1.0 (* scale scale))))
 (let ((?x68 (* 0.0 ?x67)))
 (let ((?x65 (/ (- 1.0) scale)))
 (let ((?x69 (+ ?x65 ?x68)))
 (let ((?x324 (+ ?x69 ?x72)))
 (let ((?x48 (/ (* 1.0 expc!2) exp!1)))
 (let ((?x80 (* ?x48 exp!3)))
 (let ((?x233 (* ?x80 ?x324)))
 (let ((?x26 (- b)))
 (let ((?x31 (+ f ?x26)))
 (let ((?x320 (* ?x31 ?x233)))
 (let ((?x77 (/ ?x31 scale)))
 (let ((?x323 (- ?x77)))
 (let ((?x306 (* ?x80 ?x323)))
 (or (and (distinct ?x306 ?x320) true)))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!17 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!17)))
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
 (= (< (/ (+ z (- loc)) scale) log!17) (< exp!3 exp!1)))
(assert
 (= (< log!17 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
