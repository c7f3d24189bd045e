; certjax: rule estimators.score_Laplace, obligation 'score_identity[0]', verdict proved
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
(declare-fun f () Real)
(declare-fun log!16 () Real)
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
 (let ((?x68 (/ 0.0 scale)))
 (let ((?x69 (- ?x68)))
 (let ((?x64 (/ 1.0 (* scale scale))))
 (let ((?x65 (* 0.0 ?x64)))
 (let ((?x62 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x62 ?x65)))
 (let ((?x67 (- ?x66)))
 (let ((?x70 (+ ?x67 ?x69)))
 (let ((?x59 (/ (/ (* 1.0 expc!2) exp!1) exp!3)))
 (let ((?x71 (* ?x59 ?x70)))
 (let ((?x72 (* f ?x71)))
 (let ((?x22 (- f)))
 (let ((?x26 (/ ?x22 scale)))
 (let ((?x31 (- ?x26)))
 (let ((?x60 (* ?x59 ?x31)))
 (or (and (distinct ?x60 ?x72) true))))))))))))))))))
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
(declare-fun exp!1 () Real)
(declare-fun expc!2 () Real)
(declare-fun f () Real)
(declare-fun log!16 () Real)
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
 (let ((?x68 (/ 0.0 scale)))
 (let ((?x69 (- ?x68)))
 (let ((?x64 (/ 1.0 (* scale scale))))
 (let ((?x65 (* 0.0 ?x64)))
 (let ((?x62 (/ (- 1.0) scale)))
 (let ((?x66 (+ ?x62 ?x65)))
 (let ((?x308 (+ ?x66 ?x69)))
 (let ((?x45 (/ (* 1.0 expc!2) exp!1)))
 (let ((?x77 (* ?x45 exp!3)))
 (let ((?x217 (* ?x77 ?x308)))
 (let ((?x304 (* f ?x217)))
 (let ((?x74 (/ f scale)))
 (let ((?x307 (- ?x74)))
 (let ((?x290 (* ?x77 ?x307)))
 (or (and (distinct ?x290 ?x304) true)))))))))))))))))
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
