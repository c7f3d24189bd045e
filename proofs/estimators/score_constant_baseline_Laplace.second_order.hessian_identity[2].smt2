; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
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
 (let ((?x143 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x168 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x169 (* (/ 1.0 2.0) ?x168)))
 (let ((?x170 (* ?x169 ?x143)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x68 (- ?x67)))
 (let ((?x62 (* scale scale)))
 (let ((?x63 (/ 1.0 ?x62)))
 (let ((?x64 (* 0.0 ?x63)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x65 (+ ?x61 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x162 (* ?x143 ?x69)))
 (let ((?x167 (* |g2[1]| ?x162)))
 (let ((?x171 (+ ?x167 ?x170)))
 (let ((?x149 (/ 1.0 scale)))
 (let ((?x150 (- ?x149)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x145 (- ?x8)))
 (let ((?x146 (* ?x145 ?x63)))
 (let ((?x147 (+ ?x67 ?x146)))
 (let ((?x148 (- ?x147)))
 (let ((?x151 (+ ?x148 ?x150)))
 (let ((?x163 (* ?x162 ?x151)))
 (let ((?x109 (/ 1.0 (* ?x62 scale))))
 (let ((?x111 (* ?x109 (- 2.0))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x156 (* ?x145 ?x112)))
 (let ((?x157 (+ ?x63 ?x156)))
 (let ((?x158 (+ ?x64 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x155 (- ?x64)))
 (let ((?x160 (+ ?x155 ?x159)))
 (let ((?x161 (* ?x143 ?x160)))
 (let ((?x164 (+ ?x161 ?x163)))
 (let ((?x59 (- b)))
 (let ((?x154 (+ f2 ?x59)))
 (let ((?x165 (* ?x154 ?x164)))
 (let ((?x152 (* ?x143 ?x151)))
 (let ((?x153 (* |g2[0]| ?x152)))
 (let ((?x166 (+ ?x153 ?x165)))
 (let ((?x172 (+ ?x166 ?x171)))
 (let ((?x83 (* f2 1.0)))
 (let ((?x82 (* ?x59 1.0)))
 (let ((?x84 (+ ?x82 ?x83)))
 (let ((?x85 (- ?x84)))
 (let ((?x116 (* ?x63 ?x85)))
 (let ((?x117 (- ?x116)))
 (let ((?x113 (* ?x112 ?x85)))
 (let ((?x77 (* |g2[0]| 1.0)))
 (let ((?x72 (* ?x69 1.0)))
 (let ((?x75 (* f2 ?x72)))
 (let ((?x78 (+ ?x75 ?x77)))
 (let ((?x73 (* ?x59 ?x72)))
 (let ((?x79 (+ ?x73 ?x78)))
 (let ((?x80 (- ?x79)))
 (let ((?x107 (* ?x63 ?x80)))
 (let ((?x114 (+ ?x107 ?x113)))
 (let ((?x115 (* ?x8 ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x104 (* |g2[1]| ?x72)))
 (let ((?x91 (+ (- 1.0) 1.0)))
 (let ((?x92 (* (/ 1.0 2.0) ?x91)))
 (let ((?x98 (* 0.0 ?x92)))
 (let ((?x89 (* (/ 1.0 2.0) ?x72)))
 (let ((?x90 (* 0.0 ?x89)))
 (let ((?x99 (+ ?x90 ?x98)))
 (let ((?x100 (* |h2[1,1]| ?x99)))
 (let ((?x95 (+ ?x90 ?x92)))
 (let ((?x96 (* |h2[0,1]| ?x95)))
 (let ((?x101 (+ ?x96 ?x100)))
 (let ((?x93 (* |h2[1,0]| ?x92)))
 (let ((?x94 (+ ?x90 ?x93)))
 (let ((?x102 (+ ?x94 ?x101)))
 (let ((?x105 (+ ?x102 ?x104)))
 (let ((?x86 (* 0.0 ?x85)))
 (let ((?x87 (* ?x63 ?x86)))
 (let ((?x81 (/ ?x80 scale)))
 (let ((?x88 (+ ?x81 ?x87)))
 (let ((?x106 (+ ?x88 ?x105)))
 (let ((?x120 (+ ?x106 ?x119)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x121 (+ ?x57 ?x120)))
 (let ((?x144 (* ?x143 ?x121)))
 (or (and (distinct ?x144 ?x172) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
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
 (let ((?x906 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x168 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x169 (* (/ 1.0 2.0) ?x168)))
 (let ((?x917 (* ?x169 ?x906)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x68 (- ?x67)))
 (let ((?x62 (* scale scale)))
 (let ((?x63 (/ 1.0 ?x62)))
 (let ((?x64 (* 0.0 ?x63)))
 (let ((?x61 (/ (- 1.0) scale)))
 (let ((?x65 (+ ?x61 ?x64)))
 (let ((?x174 (+ ?x65 ?x68)))
 (let ((?x655 (* ?x906 ?x174)))
 (let ((?x914 (* |g2[1]| ?x655)))
 (let ((?x920 (+ ?x914 ?x917)))
 (let ((?x149 (/ 1.0 scale)))
 (let ((?x150 (- ?x149)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x145 (- ?x8)))
 (let ((?x146 (* ?x145 ?x63)))
 (let ((?x147 (+ ?x67 ?x146)))
 (let ((?x902 (+ ?x147 ?x150)))
 (let ((?x899 (* ?x655 ?x902)))
 (let ((?x109 (/ 1.0 (* ?x62 scale))))
 (let ((?x111 (* ?x109 (- 2.0))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x156 (* ?x145 ?x112)))
 (let ((?x157 (+ ?x63 ?x156)))
 (let ((?x158 (+ ?x64 ?x157)))
 (let ((?x155 (- ?x64)))
 (let ((?x896 (+ ?x155 ?x158)))
 (let ((?x898 (* ?x906 ?x896)))
 (let ((?x903 (+ ?x898 ?x899)))
 (let ((?x59 (- b)))
 (let ((?x154 (+ f2 ?x59)))
 (let ((?x907 (* ?x154 ?x903)))
 (let ((?x194 (* ?x906 ?x902)))
 (let ((?x195 (* |g2[0]| ?x194)))
 (let ((?x911 (+ ?x195 ?x907)))
 (let ((?x923 (+ ?x911 ?x920)))
 (let ((?x83 (* f2 1.0)))
 (let ((?x82 (* ?x59 1.0)))
 (let ((?x84 (+ ?x82 ?x83)))
 (let ((?x908 (* ?x63 ?x84)))
 (let ((?x909 (- ?x908)))
 (let ((?x912 (* ?x112 ?x84)))
 (let ((?x77 (* |g2[0]| 1.0)))
 (let ((?x897 (* ?x174 1.0)))
 (let ((?x722 (* f2 ?x897)))
 (let ((?x228 (+ ?x722 ?x77)))
 (let ((?x721 (* ?x59 ?x897)))
 (let ((?x723 (+ ?x721 ?x228)))
 (let ((?x916 (* ?x63 ?x723)))
 (let ((?x913 (+ ?x916 ?x912)))
 (let ((?x667 (* ?x8 ?x913)))
 (let ((?x910 (+ ?x667 ?x909)))
 (let ((?x689 (- ?x910)))
 (let ((?x85 (- ?x84)))
 (let ((?x86 (* 0.0 ?x85)))
 (let ((?x87 (* ?x63 ?x86)))
 (let ((?x918 (- ?x723)))
 (let ((?x919 (/ ?x918 scale)))
 (let ((?x725 (+ ?x919 ?x87)))
 (let ((?x719 (* |g2[1]| ?x897)))
 (let ((?x91 (+ (- 1.0) 1.0)))
 (let ((?x92 (* (/ 1.0 2.0) ?x91)))
 (let ((?x98 (* 0.0 ?x92)))
 (let ((?x924 (* (/ 1.0 2.0) ?x897)))
 (let ((?x742 (* 0.0 ?x924)))
 (let ((?x709 (+ ?x742 ?x98)))
 (let ((?x713 (* |h2[1,1]| ?x709)))
 (let ((?x922 (+ ?x742 ?x92)))
 (let ((?x730 (* |h2[0,1]| ?x922)))
 (let ((?x714 (+ ?x730 ?x713)))
 (let ((?x93 (* |h2[1,0]| ?x92)))
 (let ((?x921 (+ ?x742 ?x93)))
 (let ((?x718 (+ ?x921 ?x714)))
 (let ((?x720 (+ ?x718 ?x719)))
 (let ((?x915 (+ ?x720 ?x725)))
 (let ((?x674 (+ ?x915 ?x689)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x904 (+ ?x57 ?x674)))
 (let ((?x901 (* ?x906 ?x904)))
 (or (and (distinct ?x901 ?x923) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
