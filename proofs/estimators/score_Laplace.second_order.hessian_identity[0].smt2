; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x126 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x153 (* ?x126 exp!4)))
 (let ((?x173 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x174 (* (/ 1.0 2.0) ?x173)))
 (let ((?x175 (* ?x174 ?x153)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x167 (* ?x153 ?x65)))
 (let ((?x171 (* |g2[0]| ?x167)))
 (let ((?x176 (+ ?x171 ?x175)))
 (let ((?x168 (* ?x65 ?x167)))
 (let ((?x164 (- ?x60)))
 (let ((?x156 (/ 1.0 (* ?x58 scale))))
 (let ((?x158 (* ?x156 (- 2.0))))
 (let ((?x159 (* 0.0 ?x158)))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (+ ?x60 ?x160)))
 (let ((?x162 (+ ?x60 ?x161)))
 (let ((?x163 (- ?x162)))
 (let ((?x165 (+ ?x163 ?x164)))
 (let ((?x166 (* ?x153 ?x165)))
 (let ((?x169 (+ ?x166 ?x168)))
 (let ((?x170 (* f2 ?x169)))
 (let ((?x172 (+ ?x170 ?x171)))
 (let ((?x177 (+ ?x172 ?x176)))
 (let ((?x95 (* f2 1.0)))
 (let ((?x94 (* 0.0 1.0)))
 (let ((?x96 (+ ?x94 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x98 (* 0.0 ?x97)))
 (let ((?x99 (* ?x59 ?x98)))
 (let ((?x89 (* |g2[0]| 1.0)))
 (let ((?x68 (* ?x65 1.0)))
 (let ((?x88 (* f2 ?x68)))
 (let ((?x90 (+ ?x88 ?x89)))
 (let ((?x86 (* 0.0 ?x68)))
 (let ((?x91 (+ ?x86 ?x90)))
 (let ((?x92 (- ?x91)))
 (let ((?x93 (/ ?x92 scale)))
 (let ((?x100 (+ ?x93 ?x99)))
 (let ((?x101 (- ?x100)))
 (let ((?x84 (* |g2[0]| ?x68)))
 (let ((?x71 (+ (- 1.0) 1.0)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x78 (* 0.0 ?x72)))
 (let ((?x69 (* (/ 1.0 2.0) ?x68)))
 (let ((?x70 (* 0.0 ?x69)))
 (let ((?x79 (+ ?x70 ?x78)))
 (let ((?x80 (* |h2[1,0]| ?x79)))
 (let ((?x75 (+ ?x70 ?x72)))
 (let ((?x76 (* |h2[0,0]| ?x75)))
 (let ((?x81 (+ ?x76 ?x80)))
 (let ((?x73 (* |h2[0,0]| ?x72)))
 (let ((?x74 (+ ?x70 ?x73)))
 (let ((?x82 (+ ?x74 ?x81)))
 (let ((?x85 (+ ?x82 ?x84)))
 (let ((?x102 (+ ?x85 ?x101)))
 (let ((?x54 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x103 (+ ?x55 ?x102)))
 (let ((?x154 (* ?x153 ?x103)))
 (or (and (distinct ?x154 ?x177) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x752 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x173 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x174 (* (/ 1.0 2.0) ?x173)))
 (let ((?x199 (* ?x174 ?x752)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x60 (* 0.0 ?x59)))
 (let ((?x57 (/ (- 1.0) scale)))
 (let ((?x61 (+ ?x57 ?x60)))
 (let ((?x179 (+ ?x61 ?x64)))
 (let ((?x747 (* ?x752 ?x179)))
 (let ((?x744 (* |g2[0]| ?x747)))
 (let ((?x200 (+ ?x744 ?x199)))
 (let ((?x748 (* ?x179 ?x747)))
 (let ((?x164 (- ?x60)))
 (let ((?x156 (/ 1.0 (* ?x58 scale))))
 (let ((?x158 (* ?x156 (- 2.0))))
 (let ((?x159 (* 0.0 ?x158)))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (+ ?x60 ?x160)))
 (let ((?x162 (+ ?x60 ?x161)))
 (let ((?x541 (+ ?x162 ?x164)))
 (let ((?x505 (* ?x752 ?x541)))
 (let ((?x749 (+ ?x505 ?x748)))
 (let ((?x743 (* f2 ?x749)))
 (let ((?x745 (+ ?x743 ?x744)))
 (let ((?x739 (+ ?x745 ?x200)))
 (let ((?x95 (* f2 1.0)))
 (let ((?x94 (* 0.0 1.0)))
 (let ((?x96 (+ ?x94 ?x95)))
 (let ((?x562 (* 0.0 ?x96)))
 (let ((?x758 (* ?x59 ?x562)))
 (let ((?x89 (* |g2[0]| 1.0)))
 (let ((?x740 (* ?x179 1.0)))
 (let ((?x243 (* f2 ?x740)))
 (let ((?x560 (+ ?x243 ?x89)))
 (let ((?x559 (* 0.0 ?x740)))
 (let ((?x761 (+ ?x559 ?x560)))
 (let ((?x762 (/ ?x761 scale)))
 (let ((?x759 (+ ?x762 ?x758)))
 (let ((?x755 (- ?x759)))
 (let ((?x556 (* |g2[0]| ?x740)))
 (let ((?x71 (+ (- 1.0) 1.0)))
 (let ((?x72 (* (/ 1.0 2.0) ?x71)))
 (let ((?x78 (* 0.0 ?x72)))
 (let ((?x768 (* (/ 1.0 2.0) ?x740)))
 (let ((?x516 (* 0.0 ?x768)))
 (let ((?x546 (+ ?x516 ?x78)))
 (let ((?x550 (* |h2[1,0]| ?x546)))
 (let ((?x765 (+ ?x516 ?x72)))
 (let ((?x497 (* |h2[0,0]| ?x765)))
 (let ((?x551 (+ ?x497 ?x550)))
 (let ((?x73 (* |h2[0,0]| ?x72)))
 (let ((?x764 (+ ?x516 ?x73)))
 (let ((?x555 (+ ?x764 ?x551)))
 (let ((?x558 (+ ?x555 ?x556)))
 (let ((?x756 (+ ?x558 ?x755)))
 (let ((?x54 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x535 (+ ?x55 ?x756)))
 (let ((?x753 (* ?x752 ?x535)))
 (or (and (distinct ?x753 ?x739) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
