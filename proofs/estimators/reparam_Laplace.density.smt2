; certjax: rule estimators.reparam_Laplace, obligation 'density', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!3 () Real)
(declare-fun expc!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!16 () Real)
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
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x42 (* 1.0 expc!2)))
 (let ((?x57 (/ ?x42 exp!3)))
 (let ((?x56 (/ 1.0 scale)))
 (let ((?x58 (* ?x56 ?x57)))
 (let ((?x55 (/ (/ ?x42 exp!1) exp!3)))
 (or (and (distinct ?x55 ?x58) true))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
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
 (= (< (/ (+ z (- loc)) scale) log!16) (< exp!3 exp!1)))
(assert
 (= (< log!16 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
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
(declare-fun expc!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun log!16 () Real)
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
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x42 (* 1.0 expc!2)))
 (let ((?x226 (* ?x42 exp!3)))
 (let ((?x56 (/ 1.0 scale)))
 (let ((?x63 (* ?x56 ?x226)))
 (let ((?x40 (/ ?x42 exp!1)))
 (let ((?x60 (* ?x40 exp!3)))
 (or (and (distinct ?x60 ?x63) true)))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!16 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!16)))
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
 (= (< (/ (+ z (- loc)) scale) log!16) (< exp!3 exp!1)))
(assert
 (= (< log!16 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
