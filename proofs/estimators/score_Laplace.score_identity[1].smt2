; certjax: rule estimators.score_Laplace, obligation 'score_identity[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x123 (/ 1.0 scale)))
 (let ((?x124 (- ?x123)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x119 (- ?x11)))
 (let ((?x62 (/ 1.0 (* scale scale))))
 (let ((?x120 (* ?x62 ?x119)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x89 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x116 (* ?x89 exp!4)))
 (let ((?x126 (* ?x116 ?x125)))
 (let ((?x127 (* f ?x126)))
 (let ((?x57 (* f 1.0)))
 (let ((?x55 (* 0.0 1.0)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x59 (- ?x58)))
 (let ((?x63 (* ?x62 ?x59)))
 (let ((?x64 (* ?x11 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x60 (/ ?x59 scale)))
 (let ((?x66 (+ ?x60 ?x65)))
 (let ((?x117 (* ?x116 ?x66)))
 (or (and (distinct ?x117 ?x127) true))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
; region 2 of 4
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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x123 (/ 1.0 scale)))
 (let ((?x124 (- ?x123)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x119 (- ?x11)))
 (let ((?x62 (/ 1.0 (* scale scale))))
 (let ((?x120 (* ?x62 ?x119)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x688 (+ ?x121 ?x124)))
 (let ((?x712 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x709 (* ?x712 ?x688)))
 (let ((?x477 (* f ?x709)))
 (let ((?x57 (* f 1.0)))
 (let ((?x55 (* 0.0 1.0)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x132 (* ?x62 ?x58)))
 (let ((?x685 (* ?x11 ?x132)))
 (let ((?x715 (- ?x685)))
 (let ((?x59 (- ?x58)))
 (let ((?x60 (/ ?x59 scale)))
 (let ((?x489 (+ ?x60 ?x715)))
 (let ((?x418 (* ?x712 ?x489)))
 (or (and (distinct ?x418 ?x477) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (let (($x23 (= exp!1 scale)))
 (=> (> scale 0.0) $x23)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
; region 3 of 4
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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (< 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x123 (/ 1.0 scale)))
 (let ((?x124 (- ?x123)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x119 (- ?x11)))
 (let ((?x62 (/ 1.0 (* scale scale))))
 (let ((?x120 (* ?x62 ?x119)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x116 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x126 (* ?x116 ?x125)))
 (let ((?x127 (* f ?x126)))
 (let ((?x57 (* f 1.0)))
 (let ((?x55 (* 0.0 1.0)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x59 (- ?x58)))
 (let ((?x63 (* ?x62 ?x59)))
 (let ((?x64 (* ?x11 ?x63)))
 (let ((?x65 (- ?x64)))
 (let ((?x60 (/ ?x59 scale)))
 (let ((?x66 (+ ?x60 ?x65)))
 (let ((?x117 (* ?x116 ?x66)))
 (or (and (distinct ?x117 ?x127) true)))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
; region 4 of 4
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
(declare-fun log!31 () Real)
(declare-fun log!28 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (> 0.0 ?x14)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (< 0.0 scale))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 true)
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let ((?x123 (/ 1.0 scale)))
 (let ((?x124 (- ?x123)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x119 (- ?x11)))
 (let ((?x62 (/ 1.0 (* scale scale))))
 (let ((?x120 (* ?x62 ?x119)))
 (let ((?x118 (/ 0.0 scale)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x688 (+ ?x121 ?x124)))
 (let ((?x712 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x709 (* ?x712 ?x688)))
 (let ((?x477 (* f ?x709)))
 (let ((?x57 (* f 1.0)))
 (let ((?x55 (* 0.0 1.0)))
 (let ((?x58 (+ ?x55 ?x57)))
 (let ((?x132 (* ?x62 ?x58)))
 (let ((?x685 (* ?x11 ?x132)))
 (let ((?x715 (- ?x685)))
 (let ((?x59 (- ?x58)))
 (let ((?x60 (/ ?x59 scale)))
 (let ((?x489 (+ ?x60 ?x715)))
 (let ((?x418 (* ?x712 ?x489)))
 (or (and (distinct ?x418 ?x477) true))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!31 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!31)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
(assert
 (= (< log!28 log!31) (< exp!2 exp!1)))
(assert
 (= (< log!31 log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ z scale) log!31) (< exp!3 exp!1)))
(assert
 (= (< log!31 (/ z scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ z scale) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ z scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) log!31) (< exp!4 exp!1)))
(assert
 (= (< log!31 (/ loc scale)) (< exp!1 exp!4)))
(assert
 (= (< (/ loc scale) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ loc scale)) (< exp!2 exp!4)))
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
