; certjax: rule estimators.score_Laplace, obligation 'score_identity[1]', verdict proved
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
 (let ((?x71 (/ 1.0 scale)))
 (let ((?x72 (- ?x71)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x67 (- ?x8)))
 (let ((?x32 (/ 1.0 (* scale scale))))
 (let ((?x68 (* ?x32 ?x67)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x70 (- ?x69)))
 (let ((?x73 (+ ?x70 ?x72)))
 (let ((?x64 (/ (/ (* 1.0 expc!2) exp!1) exp!3)))
 (let ((?x74 (* ?x64 ?x73)))
 (let ((?x75 (* f ?x74)))
 (let ((?x22 (- f)))
 (let ((?x41 (* ?x32 ?x22)))
 (let ((?x42 (* ?x8 ?x41)))
 (let ((?x40 (- ?x42)))
 (let ((?x26 (/ ?x22 scale)))
 (let ((?x39 (+ ?x26 ?x40)))
 (let ((?x65 (* ?x64 ?x39)))
 (or (and (distinct ?x65 ?x75) true))))))))))))))))))))))))
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
 (let ((?x71 (/ 1.0 scale)))
 (let ((?x72 (- ?x71)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x67 (- ?x8)))
 (let ((?x32 (/ 1.0 (* scale scale))))
 (let ((?x68 (* ?x32 ?x67)))
 (let ((?x66 (/ 0.0 scale)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x402 (+ ?x69 ?x72)))
 (let ((?x50 (/ (* 1.0 expc!2) exp!1)))
 (let ((?x405 (* ?x50 exp!3)))
 (let ((?x403 (* ?x405 ?x402)))
 (let ((?x284 (* f ?x403)))
 (let ((?x77 (* f ?x32)))
 (let ((?x398 (* ?x8 ?x77)))
 (let ((?x80 (- ?x398)))
 (let ((?x22 (- f)))
 (let ((?x26 (/ ?x22 scale)))
 (let ((?x384 (+ ?x26 ?x80)))
 (let ((?x291 (* ?x405 ?x384)))
 (or (and (distinct ?x291 ?x284) true))))))))))))))))))))))))
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
