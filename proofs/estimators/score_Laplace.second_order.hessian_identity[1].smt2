; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x127 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x154 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x155 (* (/ 1.0 2.0) ?x154)))
 (let ((?x156 (* ?x155 ?x127)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x59 (- ?x8)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x63 (+ ?x58 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x146 (* ?x127 ?x67)))
 (let ((?x153 (* |g2[0]| ?x146)))
 (let ((?x157 (+ ?x153 ?x156)))
 (let ((?x144 (- ?x58)))
 (let ((?x129 (* 0.0 ?x61)))
 (let ((?x141 (/ (- 1.0) scale)))
 (let ((?x142 (+ ?x141 ?x129)))
 (let ((?x143 (- ?x142)))
 (let ((?x145 (+ ?x143 ?x144)))
 (let ((?x150 (* ?x127 ?x145)))
 (let ((?x151 (* |g2[1]| ?x150)))
 (let ((?x147 (* ?x145 ?x146)))
 (let ((?x132 (/ 1.0 (* ?x60 scale))))
 (let ((?x134 (* ?x132 (- 2.0))))
 (let ((?x135 (* 0.0 ?x134)))
 (let ((?x136 (+ ?x129 ?x135)))
 (let ((?x137 (+ ?x61 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x130 (- ?x129)))
 (let ((?x139 (+ ?x130 ?x138)))
 (let ((?x140 (* ?x127 ?x139)))
 (let ((?x148 (+ ?x140 ?x147)))
 (let ((?x149 (* f2 ?x148)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x158 (+ ?x152 ?x157)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x101 (* ?x61 ?x100)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x91 (* f2 ?x70)))
 (let ((?x94 (+ ?x91 ?x93)))
 (let ((?x89 (* 0.0 ?x70)))
 (let ((?x95 (+ ?x89 ?x94)))
 (let ((?x96 (- ?x95)))
 (let ((?x97 (/ ?x96 scale)))
 (let ((?x102 (+ ?x97 ?x101)))
 (let ((?x103 (- ?x102)))
 (let ((?x87 (* |g2[0]| ?x70)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x71 (* (/ 1.0 2.0) ?x70)))
 (let ((?x72 (* 0.0 ?x71)))
 (let ((?x82 (+ ?x72 ?x75)))
 (let ((?x83 (* |h2[1,0]| ?x82)))
 (let ((?x79 (* 0.0 ?x75)))
 (let ((?x80 (+ ?x72 ?x79)))
 (let ((?x81 (* |h2[0,0]| ?x80)))
 (let ((?x84 (+ ?x81 ?x83)))
 (let ((?x76 (* |h2[0,1]| ?x75)))
 (let ((?x77 (+ ?x72 ?x76)))
 (let ((?x85 (+ ?x77 ?x84)))
 (let ((?x88 (+ ?x85 ?x87)))
 (let ((?x104 (+ ?x88 ?x103)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x105 (+ ?x57 ?x104)))
 (let ((?x128 (* ?x127 ?x105)))
 (or (and (distinct ?x128 ?x158) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x778 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x154 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x155 (* (/ 1.0 2.0) ?x154)))
 (let ((?x180 (* ?x155 ?x778)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x59 (- ?x8)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x63 (+ ?x58 ?x62)))
 (let ((?x160 (+ ?x63 ?x66)))
 (let ((?x776 (* ?x778 ?x160)))
 (let ((?x768 (* |g2[0]| ?x776)))
 (let ((?x181 (+ ?x768 ?x180)))
 (let ((?x144 (- ?x58)))
 (let ((?x129 (* 0.0 ?x61)))
 (let ((?x141 (/ (- 1.0) scale)))
 (let ((?x142 (+ ?x141 ?x129)))
 (let ((?x775 (+ ?x142 ?x144)))
 (let ((?x771 (* ?x778 ?x775)))
 (let ((?x772 (* |g2[1]| ?x771)))
 (let ((?x576 (* ?x775 ?x776)))
 (let ((?x132 (/ 1.0 (* ?x60 scale))))
 (let ((?x134 (* ?x132 (- 2.0))))
 (let ((?x135 (* 0.0 ?x134)))
 (let ((?x136 (+ ?x129 ?x135)))
 (let ((?x137 (+ ?x61 ?x136)))
 (let ((?x130 (- ?x129)))
 (let ((?x558 (+ ?x130 ?x137)))
 (let ((?x774 (* ?x778 ?x558)))
 (let ((?x546 (+ ?x774 ?x576)))
 (let ((?x770 (* f2 ?x546)))
 (let ((?x767 (+ ?x770 ?x772)))
 (let ((?x762 (+ ?x767 ?x181)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x98 (* 0.0 1.0)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x786 (- ?x100)))
 (let ((?x787 (* ?x61 ?x786)))
 (let ((?x93 (* |g2[1]| 1.0)))
 (let ((?x763 (* ?x160 1.0)))
 (let ((?x600 (* f2 ?x763)))
 (let ((?x601 (+ ?x600 ?x93)))
 (let ((?x598 (* 0.0 ?x763)))
 (let ((?x260 (+ ?x598 ?x601)))
 (let ((?x602 (/ ?x260 scale)))
 (let ((?x604 (+ ?x602 ?x787)))
 (let ((?x766 (- ?x604)))
 (let ((?x593 (* |g2[0]| ?x763)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x790 (* (/ 1.0 2.0) ?x763)))
 (let ((?x615 (* 0.0 ?x790)))
 (let ((?x194 (+ ?x615 ?x75)))
 (let ((?x586 (* |h2[1,0]| ?x194)))
 (let ((?x79 (* 0.0 ?x75)))
 (let ((?x585 (+ ?x615 ?x79)))
 (let ((?x191 (* |h2[0,0]| ?x585)))
 (let ((?x591 (+ ?x191 ?x586)))
 (let ((?x76 (* |h2[0,1]| ?x75)))
 (let ((?x581 (+ ?x615 ?x76)))
 (let ((?x592 (+ ?x581 ?x591)))
 (let ((?x597 (+ ?x592 ?x593)))
 (let ((?x784 (+ ?x597 ?x766)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x781 (+ ?x57 ?x784)))
 (let ((?x779 (* ?x778 ?x781)))
 (or (and (distinct ?x779 ?x762) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
