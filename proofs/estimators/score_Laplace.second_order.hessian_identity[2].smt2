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
 (let ((?x160 (* ?x159 ?x149)))
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
 (let ((?x81 (* f2 1.0)))
 (let ((?x80 (* 0.0 1.0)))
 (let ((?x82 (+ ?x80 ?x81)))
 (let ((?x83 (- ?x82)))
 (let ((?x114 (* ?x61 ?x83)))
 (let ((?x115 (- ?x114)))
 (let ((?x111 (* ?x110 ?x83)))
 (let ((?x75 (* |g2[0]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x73 (* f2 ?x70)))
 (let ((?x76 (+ ?x73 ?x75)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x77 (+ ?x71 ?x76)))
 (let ((?x78 (- ?x77)))
 (let ((?x105 (* ?x61 ?x78)))
 (let ((?x112 (+ ?x105 ?x111)))
 (let ((?x113 (* ?x8 ?x112)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x102 (* |g2[1]| ?x70)))
 (let ((?x89 (+ (- 1.0) 1.0)))
 (let ((?x90 (* (/ 1.0 2.0) ?x89)))
 (let ((?x96 (* 0.0 ?x90)))
 (let ((?x87 (* (/ 1.0 2.0) ?x70)))
 (let ((?x88 (* 0.0 ?x87)))
 (let ((?x97 (+ ?x88 ?x96)))
 (let ((?x98 (* |h2[1,1]| ?x97)))
 (let ((?x93 (+ ?x88 ?x90)))
 (let ((?x94 (* |h2[0,1]| ?x93)))
 (let ((?x99 (+ ?x94 ?x98)))
 (let ((?x91 (* |h2[1,0]| ?x90)))
 (let ((?x92 (+ ?x88 ?x91)))
 (let ((?x100 (+ ?x92 ?x99)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x84 (* 0.0 ?x83)))
 (let ((?x85 (* ?x61 ?x84)))
 (let ((?x79 (/ ?x78 scale)))
 (let ((?x86 (+ ?x79 ?x85)))
 (let ((?x104 (+ ?x86 ?x103)))
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
 (let ((?x809 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x165 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x166 (* (/ 1.0 2.0) ?x165)))
 (let ((?x828 (* ?x166 ?x809)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x171 (+ ?x63 ?x66)))
 (let ((?x807 (* ?x809 ?x171)))
 (let ((?x825 (* |g2[1]| ?x807)))
 (let ((?x831 (+ ?x825 ?x828)))
 (let ((?x147 (/ 1.0 scale)))
 (let ((?x148 (- ?x147)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x143 (- ?x8)))
 (let ((?x144 (* ?x143 ?x61)))
 (let ((?x145 (+ ?x65 ?x144)))
 (let ((?x191 (+ ?x145 ?x148)))
 (let ((?x811 (* ?x807 ?x191)))
 (let ((?x107 (/ 1.0 (* ?x60 scale))))
 (let ((?x109 (* ?x107 (- 2.0))))
 (let ((?x110 (* 0.0 ?x109)))
 (let ((?x153 (* ?x143 ?x110)))
 (let ((?x154 (+ ?x61 ?x153)))
 (let ((?x155 (+ ?x62 ?x154)))
 (let ((?x152 (- ?x62)))
 (let ((?x806 (+ ?x152 ?x155)))
 (let ((?x572 (* ?x809 ?x806)))
 (let ((?x815 (+ ?x572 ?x811)))
 (let ((?x819 (* f2 ?x815)))
 (let ((?x192 (* ?x809 ?x191)))
 (let ((?x804 (* |g2[0]| ?x192)))
 (let ((?x822 (+ ?x804 ?x819)))
 (let ((?x833 (+ ?x822 ?x831)))
 (let ((?x81 (* f2 1.0)))
 (let ((?x80 (* 0.0 1.0)))
 (let ((?x82 (+ ?x80 ?x81)))
 (let ((?x817 (* ?x61 ?x82)))
 (let ((?x818 (- ?x817)))
 (let ((?x821 (* ?x110 ?x82)))
 (let ((?x75 (* |g2[0]| 1.0)))
 (let ((?x805 (* ?x171 1.0)))
 (let ((?x218 (* f2 ?x805)))
 (let ((?x631 (+ ?x218 ?x75)))
 (let ((?x630 (* 0.0 ?x805)))
 (let ((?x826 (+ ?x630 ?x631)))
 (let ((?x820 (* ?x61 ?x826)))
 (let ((?x592 (+ ?x820 ?x821)))
 (let ((?x816 (* ?x8 ?x592)))
 (let ((?x613 (+ ?x816 ?x818)))
 (let ((?x585 (- ?x613)))
 (let ((?x83 (- ?x82)))
 (let ((?x84 (* 0.0 ?x83)))
 (let ((?x85 (* ?x61 ?x84)))
 (let ((?x827 (- ?x826)))
 (let ((?x633 (/ ?x827 scale)))
 (let ((?x823 (+ ?x633 ?x85)))
 (let ((?x628 (* |g2[1]| ?x805)))
 (let ((?x89 (+ (- 1.0) 1.0)))
 (let ((?x90 (* (/ 1.0 2.0) ?x89)))
 (let ((?x96 (* 0.0 ?x90)))
 (let ((?x832 (* (/ 1.0 2.0) ?x805)))
 (let ((?x651 (* 0.0 ?x832)))
 (let ((?x618 (+ ?x651 ?x96)))
 (let ((?x622 (* |h2[1,1]| ?x618)))
 (let ((?x830 (+ ?x651 ?x90)))
 (let ((?x638 (* |h2[0,1]| ?x830)))
 (let ((?x623 (+ ?x638 ?x622)))
 (let ((?x91 (* |h2[1,0]| ?x90)))
 (let ((?x829 (+ ?x651 ?x91)))
 (let ((?x627 (+ ?x829 ?x623)))
 (let ((?x629 (+ ?x627 ?x628)))
 (let ((?x824 (+ ?x629 ?x823)))
 (let ((?x812 (+ ?x824 ?x585)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x813 (+ ?x57 ?x812)))
 (let ((?x810 (* ?x809 ?x813)))
 (or (and (distinct ?x810 ?x833) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
