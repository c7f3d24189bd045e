; certjax: rule estimators.score_Laplace, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
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
 (let ((?x127 (/ (/ (/ 1.0 exp!1) exp!2) exp!3)))
 (let ((?x154 (* ?x127 exp!4)))
 (let ((?x174 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x175 (* (/ 1.0 2.0) ?x174)))
 (let ((?x176 (* ?x175 ?x154)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x168 (* ?x154 ?x66)))
 (let ((?x172 (* |g2[0]| ?x168)))
 (let ((?x177 (+ ?x172 ?x176)))
 (let ((?x169 (* ?x66 ?x168)))
 (let ((?x165 (- ?x61)))
 (let ((?x157 (/ 1.0 (* ?x59 scale))))
 (let ((?x159 (* ?x157 (- 2.0))))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x162 (+ ?x61 ?x161)))
 (let ((?x163 (+ ?x61 ?x162)))
 (let ((?x164 (- ?x163)))
 (let ((?x166 (+ ?x164 ?x165)))
 (let ((?x167 (* ?x154 ?x166)))
 (let ((?x170 (+ ?x167 ?x169)))
 (let ((?x171 (* f2 ?x170)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x178 (+ ?x173 ?x177)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (* 0.0 ?x98)))
 (let ((?x100 (* ?x60 ?x99)))
 (let ((?x90 (* |g2[0]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x89 (* f2 ?x69)))
 (let ((?x91 (+ ?x89 ?x90)))
 (let ((?x87 (* 0.0 ?x69)))
 (let ((?x92 (+ ?x87 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x101 (+ ?x94 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x85 (* |g2[0]| ?x69)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x70 (* (/ 1.0 2.0) ?x69)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x80 (+ ?x71 ?x79)))
 (let ((?x81 (* |h2[1,0]| ?x80)))
 (let ((?x76 (+ ?x71 ?x73)))
 (let ((?x77 (* |h2[0,0]| ?x76)))
 (let ((?x82 (+ ?x77 ?x81)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x75 (+ ?x71 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x103 (+ ?x86 ?x102)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x104 (+ ?x56 ?x103)))
 (let ((?x155 (* ?x154 ?x104)))
 (or (and (distinct ?x155 ?x178) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 false)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (> 0.0 scale))
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
 (let ((?x154 (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x174 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x175 (* (/ 1.0 2.0) ?x174)))
 (let ((?x176 (* ?x175 ?x154)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x63 (- ?x62)))
 (let ((?x66 (+ ?x63 ?x65)))
 (let ((?x168 (* ?x154 ?x66)))
 (let ((?x172 (* |g2[0]| ?x168)))
 (let ((?x177 (+ ?x172 ?x176)))
 (let ((?x169 (* ?x66 ?x168)))
 (let ((?x165 (- ?x61)))
 (let ((?x157 (/ 1.0 (* ?x59 scale))))
 (let ((?x159 (* ?x157 (- 2.0))))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x162 (+ ?x61 ?x161)))
 (let ((?x163 (+ ?x61 ?x162)))
 (let ((?x164 (- ?x163)))
 (let ((?x166 (+ ?x164 ?x165)))
 (let ((?x167 (* ?x154 ?x166)))
 (let ((?x170 (+ ?x167 ?x169)))
 (let ((?x171 (* f2 ?x170)))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x178 (+ ?x173 ?x177)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (* 0.0 ?x98)))
 (let ((?x100 (* ?x60 ?x99)))
 (let ((?x90 (* |g2[0]| 1.0)))
 (let ((?x69 (* ?x66 1.0)))
 (let ((?x89 (* f2 ?x69)))
 (let ((?x91 (+ ?x89 ?x90)))
 (let ((?x87 (* 0.0 ?x69)))
 (let ((?x92 (+ ?x87 ?x91)))
 (let ((?x93 (- ?x92)))
 (let ((?x94 (/ ?x93 scale)))
 (let ((?x101 (+ ?x94 ?x100)))
 (let ((?x102 (- ?x101)))
 (let ((?x85 (* |g2[0]| ?x69)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x70 (* (/ 1.0 2.0) ?x69)))
 (let ((?x71 (* 0.0 ?x70)))
 (let ((?x80 (+ ?x71 ?x79)))
 (let ((?x81 (* |h2[1,0]| ?x80)))
 (let ((?x76 (+ ?x71 ?x73)))
 (let ((?x77 (* |h2[0,0]| ?x76)))
 (let ((?x82 (+ ?x77 ?x81)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x75 (+ ?x71 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x103 (+ ?x86 ?x102)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x104 (+ ?x56 ?x103)))
 (let ((?x155 (* ?x154 ?x104)))
 (or (and (distinct ?x155 ?x178) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 true)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
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
 (let ((?x394 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x174 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x175 (* (/ 1.0 2.0) ?x174)))
 (let ((?x506 (* ?x175 ?x394)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x180 (+ ?x62 ?x65)))
 (let ((?x289 (* ?x394 ?x180)))
 (let ((?x269 (* |g2[0]| ?x289)))
 (let ((?x365 (+ ?x269 ?x506)))
 (let ((?x479 (* ?x180 ?x289)))
 (let ((?x165 (- ?x61)))
 (let ((?x157 (/ 1.0 (* ?x59 scale))))
 (let ((?x159 (* ?x157 (- 2.0))))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x162 (+ ?x61 ?x161)))
 (let ((?x163 (+ ?x61 ?x162)))
 (let ((?x768 (+ ?x163 ?x165)))
 (let ((?x355 (* ?x394 ?x768)))
 (let ((?x450 (+ ?x355 ?x479)))
 (let ((?x485 (* f2 ?x450)))
 (let ((?x461 (+ ?x485 ?x269)))
 (let ((?x409 (+ ?x461 ?x365)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x741 (* 0.0 ?x97)))
 (let ((?x284 (* ?x60 ?x741)))
 (let ((?x90 (* |g2[0]| 1.0)))
 (let ((?x306 (* ?x180 1.0)))
 (let ((?x767 (* f2 ?x306)))
 (let ((?x248 (+ ?x767 ?x90)))
 (let ((?x339 (* 0.0 ?x306)))
 (let ((?x295 (+ ?x339 ?x248)))
 (let ((?x770 (/ ?x295 scale)))
 (let ((?x764 (+ ?x770 ?x284)))
 (let ((?x351 (- ?x764)))
 (let ((?x547 (* |g2[0]| ?x306)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x249 (* (/ 1.0 2.0) ?x306)))
 (let ((?x408 (* 0.0 ?x249)))
 (let ((?x746 (+ ?x408 ?x79)))
 (let ((?x515 (* |h2[1,0]| ?x746)))
 (let ((?x751 (+ ?x408 ?x73)))
 (let ((?x467 (* |h2[0,0]| ?x751)))
 (let ((?x354 (+ ?x467 ?x515)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x482 (+ ?x408 ?x74)))
 (let ((?x742 (+ ?x482 ?x354)))
 (let ((?x359 (+ ?x742 ?x547)))
 (let ((?x261 (+ ?x359 ?x351)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x475 (+ ?x56 ?x261)))
 (let ((?x428 (* ?x394 ?x475)))
 (or (and (distinct ?x428 ?x409) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (let (($x44 (= exp!1 scale)))
 (=> (> scale 0.0) $x44)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!21 () Real)
(assert
 false)
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (> 0.0 scale))
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
 (let ((?x394 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x174 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x175 (* (/ 1.0 2.0) ?x174)))
 (let ((?x506 (* ?x175 ?x394)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x180 (+ ?x62 ?x65)))
 (let ((?x289 (* ?x394 ?x180)))
 (let ((?x269 (* |g2[0]| ?x289)))
 (let ((?x365 (+ ?x269 ?x506)))
 (let ((?x479 (* ?x180 ?x289)))
 (let ((?x165 (- ?x61)))
 (let ((?x157 (/ 1.0 (* ?x59 scale))))
 (let ((?x159 (* ?x157 (- 2.0))))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x162 (+ ?x61 ?x161)))
 (let ((?x163 (+ ?x61 ?x162)))
 (let ((?x768 (+ ?x163 ?x165)))
 (let ((?x355 (* ?x394 ?x768)))
 (let ((?x450 (+ ?x355 ?x479)))
 (let ((?x485 (* f2 ?x450)))
 (let ((?x461 (+ ?x485 ?x269)))
 (let ((?x409 (+ ?x461 ?x365)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x741 (* 0.0 ?x97)))
 (let ((?x284 (* ?x60 ?x741)))
 (let ((?x90 (* |g2[0]| 1.0)))
 (let ((?x306 (* ?x180 1.0)))
 (let ((?x767 (* f2 ?x306)))
 (let ((?x248 (+ ?x767 ?x90)))
 (let ((?x339 (* 0.0 ?x306)))
 (let ((?x295 (+ ?x339 ?x248)))
 (let ((?x770 (/ ?x295 scale)))
 (let ((?x764 (+ ?x770 ?x284)))
 (let ((?x351 (- ?x764)))
 (let ((?x547 (* |g2[0]| ?x306)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x249 (* (/ 1.0 2.0) ?x306)))
 (let ((?x408 (* 0.0 ?x249)))
 (let ((?x746 (+ ?x408 ?x79)))
 (let ((?x515 (* |h2[1,0]| ?x746)))
 (let ((?x751 (+ ?x408 ?x73)))
 (let ((?x467 (* |h2[0,0]| ?x751)))
 (let ((?x354 (+ ?x467 ?x515)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x482 (+ ?x408 ?x74)))
 (let ((?x742 (+ ?x482 ?x354)))
 (let ((?x359 (+ ?x742 ?x547)))
 (let ((?x261 (+ ?x359 ?x351)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x475 (+ ?x56 ?x261)))
 (let ((?x428 (* ?x394 ?x475)))
 (or (and (distinct ?x428 ?x409) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!24 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!24)))
(assert
 (=> (> scale 0.0) (= exp!1 scale)))
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
