; certjax: rule estimators.score_Laplace, obligation 'score_identity[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x122 (/ 1.0 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x118 (- ?x8)))
 (let ((?x61 (/ 1.0 (* scale scale))))
 (let ((?x119 (* ?x61 ?x118)))
 (let ((?x117 (/ 0.0 scale)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (- ?x120)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x88 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x115 (* ?x88 exp!4)))
 (let ((?x125 (* ?x115 ?x124)))
 (let ((?x126 (* f ?x125)))
 (let ((?x56 (* f 1.0)))
 (let ((?x54 (* 0.0 1.0)))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x58 (- ?x57)))
 (let ((?x62 (* ?x61 ?x58)))
 (let ((?x63 (* ?x8 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x59 (/ ?x58 scale)))
 (let ((?x65 (+ ?x59 ?x64)))
 (let ((?x116 (* ?x115 ?x65)))
 (or (and (distinct ?x116 ?x126) true))))))))))))))))))))))))))))
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
 (= (< (/ z scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!24) (< exp!4 exp!1)))
(assert
 (= (< log!24 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
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
 (let ((?x122 (/ 1.0 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x118 (- ?x8)))
 (let ((?x61 (/ 1.0 (* scale scale))))
 (let ((?x119 (* ?x61 ?x118)))
 (let ((?x117 (/ 0.0 scale)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x684 (+ ?x120 ?x123)))
 (let ((?x708 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x705 (* ?x708 ?x684)))
 (let ((?x473 (* f ?x705)))
 (let ((?x56 (* f 1.0)))
 (let ((?x54 (* 0.0 1.0)))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x131 (* ?x61 ?x57)))
 (let ((?x681 (* ?x8 ?x131)))
 (let ((?x711 (- ?x681)))
 (let ((?x58 (- ?x57)))
 (let ((?x59 (/ ?x58 scale)))
 (let ((?x485 (+ ?x59 ?x711)))
 (let ((?x411 (* ?x708 ?x485)))
 (or (and (distinct ?x411 ?x473) true))))))))))))))))))))))))))
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
 (= (< (/ z scale) log!24) (< exp!3 exp!1)))
(assert
 (= (< log!24 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!21) (< exp!3 exp!2)))
(assert
 (= (< log!21 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!24) (< exp!4 exp!1)))
(assert
 (= (< log!24 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!21) (< exp!4 exp!2)))
(assert
 (= (< log!21 (/ loc scale)) (< exp!2 exp!4)))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!4 exp!3)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ loc scale))))
(check-sat)
(pop 1)
