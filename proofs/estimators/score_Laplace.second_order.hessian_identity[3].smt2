; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x137 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x152 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x153 (* (/ 1.0 2.0) ?x152)))
 (let ((?x154 (* ?x153 ?x137)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x146 (* ?x137 ?x65)))
 (let ((?x150 (* |g2[1]| ?x146)))
 (let ((?x155 (+ ?x150 ?x154)))
 (let ((?x147 (* ?x65 ?x146)))
 (let ((?x103 (/ 1.0 (* ?x58 scale))))
 (let ((?x105 (* ?x103 (- 2.0))))
 (let ((?x140 (* ?x57 ?x105)))
 (let ((?x139 (* 0.0 ?x59)))
 (let ((?x141 (+ ?x139 ?x140)))
 (let ((?x142 (+ ?x139 ?x141)))
 (let ((?x143 (- ?x142)))
 (let ((?x144 (+ ?x59 ?x143)))
 (let ((?x145 (* ?x137 ?x144)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x149 (* f2 ?x148)))
 (let ((?x151 (+ ?x149 ?x150)))
 (let ((?x156 (+ ?x151 ?x155)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x106 (- ?x97)))
 (let ((?x110 (* ?x59 ?x106)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x107 (* ?x105 ?x106)))
 (let ((?x90 (* |g2[1]| 1.0)))
 (let ((?x68 (* ?x65 1.0)))
 (let ((?x89 (* f2 ?x68)))
 (let ((?x91 (+ ?x89 ?x90)))
 (let ((?x87 (* 0.0 ?x68)))
 (let ((?x92 (+ ?x87 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x101 (* ?x59 ?x93)))
 (let ((?x108 (+ ?x101 ?x107)))
 (let ((?x109 (* ?x8 ?x108)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (- ?x112)))
 (let ((?x98 (* ?x59 ?x97)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x99 (+ ?x94 ?x98)))
 (let ((?x85 (* |g2[1]| ?x68)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x69 (* (/ 1.0 2.0) ?x68)))
 (let ((?x70 (* 0.0 ?x69)))
 (let ((?x80 (+ ?x70 ?x73)))
 (let ((?x81 (* |h2[1,1]| ?x80)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x78 (+ ?x70 ?x77)))
 (let ((?x79 (* |h2[0,1]| ?x78)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x75 (+ ?x70 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x100 (+ ?x86 ?x99)))
 (let ((?x114 (+ ?x100 ?x113)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x115 (+ ?x55 ?x114)))
 (let ((?x138 (* ?x137 ?x115)))
 (or (and (distinct ?x138 ?x156) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x924 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x152 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x153 (* (/ 1.0 2.0) ?x152)))
 (let ((?x910 (* ?x153 ?x924)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x158 (+ ?x61 ?x64)))
 (let ((?x919 (* ?x924 ?x158)))
 (let ((?x178 (* |g2[1]| ?x919)))
 (let ((?x912 (+ ?x178 ?x910)))
 (let ((?x920 (* ?x158 ?x919)))
 (let ((?x103 (/ 1.0 (* ?x58 scale))))
 (let ((?x105 (* ?x103 (- 2.0))))
 (let ((?x140 (* ?x57 ?x105)))
 (let ((?x139 (* 0.0 ?x59)))
 (let ((?x141 (+ ?x139 ?x140)))
 (let ((?x142 (+ ?x139 ?x141)))
 (let ((?x700 (+ ?x59 ?x142)))
 (let ((?x918 (* ?x924 ?x700)))
 (let ((?x915 (+ ?x918 ?x920)))
 (let ((?x916 (* f2 ?x915)))
 (let ((?x179 (+ ?x916 ?x178)))
 (let ((?x691 (+ ?x179 ?x912)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x98 (* ?x59 ?x97)))
 (let ((?x930 (* 0.0 ?x98)))
 (let ((?x748 (* ?x105 ?x97)))
 (let ((?x90 (* |g2[1]| 1.0)))
 (let ((?x283 (* ?x158 1.0)))
 (let ((?x742 (* f2 ?x283)))
 (let ((?x744 (+ ?x742 ?x90)))
 (let ((?x741 (* 0.0 ?x283)))
 (let ((?x745 (+ ?x741 ?x744)))
 (let ((?x935 (* ?x59 ?x745)))
 (let ((?x932 (+ ?x935 ?x748)))
 (let ((?x929 (* ?x8 ?x932)))
 (let ((?x926 (+ ?x929 ?x930)))
 (let ((?x927 (- ?x926)))
 (let ((?x256 (- ?x745)))
 (let ((?x746 (/ ?x256 scale)))
 (let ((?x934 (+ ?x746 ?x98)))
 (let ((?x736 (* |g2[1]| ?x283)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x937 (* (/ 1.0 2.0) ?x283)))
 (let ((?x938 (* 0.0 ?x937)))
 (let ((?x187 (+ ?x938 ?x73)))
 (let ((?x190 (* |h2[1,1]| ?x187)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x725 (+ ?x938 ?x77)))
 (let ((?x729 (* |h2[0,1]| ?x725)))
 (let ((?x730 (+ ?x729 ?x190)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x754 (+ ?x938 ?x74)))
 (let ((?x735 (+ ?x754 ?x730)))
 (let ((?x737 (+ ?x735 ?x736)))
 (let ((?x911 (+ ?x737 ?x934)))
 (let ((?x705 (+ ?x911 ?x927)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x922 (+ ?x55 ?x705)))
 (let ((?x720 (* ?x924 ?x922)))
 (or (and (distinct ?x720 ?x691) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
