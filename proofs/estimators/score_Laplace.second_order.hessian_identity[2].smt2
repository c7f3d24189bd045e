; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x141 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x165 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x166 (* (/ 1.0 2.0) ?x165)))
 (let ((?x167 (* ?x166 ?x141)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x159 (* ?x141 ?x67)))
 (let ((?x164 (* |g2[1]| ?x159)))
 (let ((?x168 (+ ?x164 ?x167)))
 (let ((?x147 (/ 1.0 scale)))
 (let ((?x148 (- ?x147)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x143 (- ?x8)))
 (let ((?x144 (* ?x143 ?x61)))
 (let ((?x145 (+ ?x65 ?x144)))
 (let ((?x146 (- ?x145)))
 (let ((?x149 (+ ?x146 ?x148)))
 (let ((?x160 (* ?x149 ?x159)))
 (let ((?x107 (/ 1.0 (* ?x60 scale))))
 (let ((?x109 (* ?x107 (- 2.0))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x153 (* ?x143 ?x110)))
 (let ((?x154 (+ ?x61 ?x153)))
 (let ((?x155 (+ ?x62 ?x154)))
 (let ((?x156 (- ?x155)))
 (let ((?x152 (- ?x62)))
 (let ((?x157 (+ ?x152 ?x156)))
 (let ((?x158 (* ?x141 ?x157)))
 (let ((?x161 (+ ?x158 ?x160)))
 (let ((?x162 (* f2 ?x161)))
 (let ((?x150 (* ?x141 ?x149)))
 (let ((?x151 (* |g2[0]| ?x150)))
 (let ((?x163 (+ ?x151 ?x162)))
 (let ((?x169 (+ ?x163 ?x168)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* 0.0 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x100 (- ?x99)))
 (let ((?x114 (* ?x61 ?x100)))
 (let ((?x115 (- ?x114)))
 (let ((?x111 (* ?x110 ?x100)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x90 (* f2 ?x70)))
 (let ((?x93 (+ ?x90 ?x92)))
 (let ((?x88 (* 0.0 ?x70)))
 (let ((?x94 (+ ?x88 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x105 (* ?x61 ?x95)))
 (let ((?x112 (+ ?x105 ?x111)))
 (let ((?x113 (* ?x8 ?x112)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x101 (* 0.0 ?x100)))
 (let ((?x102 (* ?x61 ?x101)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x103 (+ ?x96 ?x102)))
 (let ((?x86 (* |g2[1]| ?x70)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x80 (* 0.0 ?x74)))
 (let ((?x71 (* (/ 1.0 2.0) ?x70)))
 (let ((?x72 (* 0.0 ?x71)))
 (let ((?x81 (+ ?x72 ?x80)))
 (let ((?x82 (* |h2[1,1]| ?x81)))
 (let ((?x77 (+ ?x72 ?x74)))
 (let ((?x78 (* |h2[0,1]| ?x77)))
 (let ((?x83 (+ ?x78 ?x82)))
 (let ((?x75 (* |h2[1,0]| ?x74)))
 (let ((?x76 (+ ?x72 ?x75)))
 (let ((?x84 (+ ?x76 ?x83)))
 (let ((?x87 (+ ?x84 ?x86)))
 (let ((?x104 (+ ?x87 ?x103)))
 (let ((?x118 (+ ?x104 ?x117)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x119 (+ ?x57 ?x118)))
 (let ((?x142 (* ?x141 ?x119)))
 (or (and (distinct ?x142 ?x169) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x811 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x165 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x166 (* (/ 1.0 2.0) ?x165)))
 (let ((?x830 (* ?x166 ?x811)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x171 (+ ?x63 ?x66)))
 (let ((?x809 (* ?x811 ?x171)))
 (let ((?x827 (* |g2[1]| ?x809)))
 (let ((?x833 (+ ?x827 ?x830)))
 (let ((?x147 (/ 1.0 scale)))
 (let ((?x148 (- ?x147)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x143 (- ?x8)))
 (let ((?x144 (* ?x143 ?x61)))
 (let ((?x145 (+ ?x65 ?x144)))
 (let ((?x191 (+ ?x145 ?x148)))
 (let ((?x813 (* ?x191 ?x809)))
 (let ((?x107 (/ 1.0 (* ?x60 scale))))
 (let ((?x109 (* ?x107 (- 2.0))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x153 (* ?x143 ?x110)))
 (let ((?x154 (+ ?x61 ?x153)))
 (let ((?x155 (+ ?x62 ?x154)))
 (let ((?x152 (- ?x62)))
 (let ((?x808 (+ ?x152 ?x155)))
 (let ((?x583 (* ?x811 ?x808)))
 (let ((?x817 (+ ?x583 ?x813)))
 (let ((?x821 (* f2 ?x817)))
 (let ((?x192 (* ?x811 ?x191)))
 (let ((?x806 (* |g2[0]| ?x192)))
 (let ((?x824 (+ ?x806 ?x821)))
 (let ((?x835 (+ ?x824 ?x833)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* 0.0 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x819 (* ?x61 ?x99)))
 (let ((?x820 (- ?x819)))
 (let ((?x823 (* ?x110 ?x99)))
 (let ((?x92 (* |g2[0]| 1.0)))
 (let ((?x807 (* ?x171 1.0)))
 (let ((?x237 (* f2 ?x807)))
 (let ((?x634 (+ ?x237 ?x92)))
 (let ((?x633 (* 0.0 ?x807)))
 (let ((?x828 (+ ?x633 ?x634)))
 (let ((?x822 (* ?x61 ?x828)))
 (let ((?x594 (+ ?x822 ?x823)))
 (let ((?x818 (* ?x8 ?x594)))
 (let ((?x615 (+ ?x818 ?x820)))
 (let ((?x587 (- ?x615)))
 (let ((?x100 (- ?x99)))
 (let ((?x101 (* 0.0 ?x100)))
 (let ((?x102 (* ?x61 ?x101)))
 (let ((?x829 (- ?x828)))
 (let ((?x636 (/ ?x829 scale)))
 (let ((?x825 (+ ?x636 ?x102)))
 (let ((?x630 (* |g2[1]| ?x807)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x80 (* 0.0 ?x74)))
 (let ((?x834 (* (/ 1.0 2.0) ?x807)))
 (let ((?x653 (* 0.0 ?x834)))
 (let ((?x620 (+ ?x653 ?x80)))
 (let ((?x624 (* |h2[1,1]| ?x620)))
 (let ((?x832 (+ ?x653 ?x74)))
 (let ((?x640 (* |h2[0,1]| ?x832)))
 (let ((?x625 (+ ?x640 ?x624)))
 (let ((?x75 (* |h2[1,0]| ?x74)))
 (let ((?x831 (+ ?x653 ?x75)))
 (let ((?x629 (+ ?x831 ?x625)))
 (let ((?x632 (+ ?x629 ?x630)))
 (let ((?x826 (+ ?x632 ?x825)))
 (let ((?x814 (+ ?x826 ?x587)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x815 (+ ?x57 ?x814)))
 (let ((?x812 (* ?x811 ?x815)))
 (or (and (distinct ?x812 ?x835) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
