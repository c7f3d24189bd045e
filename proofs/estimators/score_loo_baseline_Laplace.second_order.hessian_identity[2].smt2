; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x162 (* ?x143 ?x67)))
 (let ((?x167 (* |g2[1]| ?x162)))
 (let ((?x171 (+ ?x167 ?x170)))
 (let ((?x149 (/ 1.0 scale)))
 (let ((?x150 (- ?x149)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x145 (- ?x8)))
 (let ((?x146 (* ?x145 ?x61)))
 (let ((?x147 (+ ?x65 ?x146)))
 (let ((?x148 (- ?x147)))
 (let ((?x151 (+ ?x148 ?x150)))
 (let ((?x163 (* ?x151 ?x162)))
 (let ((?x109 (/ 1.0 (* ?x60 scale))))
 (let ((?x111 (* ?x109 (- 2.0))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x156 (* ?x145 ?x112)))
 (let ((?x157 (+ ?x61 ?x156)))
 (let ((?x158 (+ ?x62 ?x157)))
 (let ((?x159 (- ?x158)))
 (let ((?x155 (- ?x62)))
 (let ((?x160 (+ ?x155 ?x159)))
 (let ((?x161 (* ?x143 ?x160)))
 (let ((?x164 (+ ?x161 ?x163)))
 (let ((?x89 (- b)))
 (let ((?x154 (+ f2 ?x89)))
 (let ((?x165 (* ?x154 ?x164)))
 (let ((?x152 (* ?x143 ?x151)))
 (let ((?x153 (* |g2[0]| ?x152)))
 (let ((?x166 (+ ?x153 ?x165)))
 (let ((?x172 (+ ?x166 ?x171)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* ?x89 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x116 (* ?x61 ?x102)))
 (let ((?x117 (- ?x116)))
 (let ((?x113 (* ?x112 ?x102)))
 (let ((?x94 (* |g2[0]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x92 (* f2 ?x70)))
 (let ((?x95 (+ ?x92 ?x94)))
 (let ((?x90 (* ?x89 ?x70)))
 (let ((?x96 (+ ?x90 ?x95)))
 (let ((?x97 (- ?x96)))
 (let ((?x107 (* ?x61 ?x97)))
 (let ((?x114 (+ ?x107 ?x113)))
 (let ((?x115 (* ?x8 ?x114)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (- ?x118)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (* ?x61 ?x103)))
 (let ((?x98 (/ ?x97 scale)))
 (let ((?x105 (+ ?x98 ?x104)))
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
 (let ((?x106 (+ ?x87 ?x105)))
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
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
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
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x910 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x168 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x169 (* (/ 1.0 2.0) ?x168)))
 (let ((?x921 (* ?x169 ?x910)))
 (let ((?x65 (/ 0.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x62 (* 0.0 ?x61)))
 (let ((?x59 (/ (- 1.0) scale)))
 (let ((?x63 (+ ?x59 ?x62)))
 (let ((?x174 (+ ?x63 ?x66)))
 (let ((?x660 (* ?x910 ?x174)))
 (let ((?x918 (* |g2[1]| ?x660)))
 (let ((?x924 (+ ?x918 ?x921)))
 (let ((?x149 (/ 1.0 scale)))
 (let ((?x150 (- ?x149)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x145 (- ?x8)))
 (let ((?x146 (* ?x145 ?x61)))
 (let ((?x147 (+ ?x65 ?x146)))
 (let ((?x906 (+ ?x147 ?x150)))
 (let ((?x903 (* ?x906 ?x660)))
 (let ((?x109 (/ 1.0 (* ?x60 scale))))
 (let ((?x111 (* ?x109 (- 2.0))))
 (let ((?x112 (* 0.0 ?x111)))
 (let ((?x156 (* ?x145 ?x112)))
 (let ((?x157 (+ ?x61 ?x156)))
 (let ((?x158 (+ ?x62 ?x157)))
 (let ((?x155 (- ?x62)))
 (let ((?x900 (+ ?x155 ?x158)))
 (let ((?x902 (* ?x910 ?x900)))
 (let ((?x907 (+ ?x902 ?x903)))
 (let ((?x89 (- b)))
 (let ((?x154 (+ f2 ?x89)))
 (let ((?x911 (* ?x154 ?x907)))
 (let ((?x194 (* ?x910 ?x906)))
 (let ((?x195 (* |g2[0]| ?x194)))
 (let ((?x915 (+ ?x195 ?x911)))
 (let ((?x927 (+ ?x915 ?x924)))
 (let ((?x100 (* f2 1.0)))
 (let ((?x99 (* ?x89 1.0)))
 (let ((?x101 (+ ?x99 ?x100)))
 (let ((?x912 (* ?x61 ?x101)))
 (let ((?x913 (- ?x912)))
 (let ((?x916 (* ?x112 ?x101)))
 (let ((?x94 (* |g2[0]| 1.0)))
 (let ((?x901 (* ?x174 1.0)))
 (let ((?x727 (* f2 ?x901)))
 (let ((?x247 (+ ?x727 ?x94)))
 (let ((?x726 (* ?x89 ?x901)))
 (let ((?x728 (+ ?x726 ?x247)))
 (let ((?x920 (* ?x61 ?x728)))
 (let ((?x917 (+ ?x920 ?x916)))
 (let ((?x664 (* ?x8 ?x917)))
 (let ((?x914 (+ ?x664 ?x913)))
 (let ((?x700 (- ?x914)))
 (let ((?x102 (- ?x101)))
 (let ((?x103 (* 0.0 ?x102)))
 (let ((?x104 (* ?x61 ?x103)))
 (let ((?x922 (- ?x728)))
 (let ((?x923 (/ ?x922 scale)))
 (let ((?x730 (+ ?x923 ?x104)))
 (let ((?x723 (* |g2[1]| ?x901)))
 (let ((?x73 (+ (- 1.0) 1.0)))
 (let ((?x74 (* (/ 1.0 2.0) ?x73)))
 (let ((?x80 (* 0.0 ?x74)))
 (let ((?x928 (* (/ 1.0 2.0) ?x901)))
 (let ((?x746 (* 0.0 ?x928)))
 (let ((?x713 (+ ?x746 ?x80)))
 (let ((?x717 (* |h2[1,1]| ?x713)))
 (let ((?x926 (+ ?x746 ?x74)))
 (let ((?x734 (* |h2[0,1]| ?x926)))
 (let ((?x718 (+ ?x734 ?x717)))
 (let ((?x75 (* |h2[1,0]| ?x74)))
 (let ((?x925 (+ ?x746 ?x75)))
 (let ((?x722 (+ ?x925 ?x718)))
 (let ((?x725 (+ ?x722 ?x723)))
 (let ((?x919 (+ ?x725 ?x730)))
 (let ((?x678 (+ ?x919 ?x700)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x908 (+ ?x57 ?x678)))
 (let ((?x905 (* ?x910 ?x908)))
 (or (and (distinct ?x905 ?x927) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
