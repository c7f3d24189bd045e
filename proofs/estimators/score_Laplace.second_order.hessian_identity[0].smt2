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
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x755 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x174 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x175 (* (/ 1.0 2.0) ?x174)))
 (let ((?x200 (* ?x175 ?x755)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x180 (+ ?x62 ?x65)))
 (let ((?x750 (* ?x755 ?x180)))
 (let ((?x747 (* |g2[0]| ?x750)))
 (let ((?x497 (+ ?x747 ?x200)))
 (let ((?x751 (* ?x180 ?x750)))
 (let ((?x165 (- ?x61)))
 (let ((?x157 (/ 1.0 (* ?x59 scale))))
 (let ((?x159 (* ?x157 (- 2.0))))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x162 (+ ?x61 ?x161)))
 (let ((?x163 (+ ?x61 ?x162)))
 (let ((?x544 (+ ?x163 ?x165)))
 (let ((?x499 (* ?x755 ?x544)))
 (let ((?x752 (+ ?x499 ?x751)))
 (let ((?x746 (* f2 ?x752)))
 (let ((?x748 (+ ?x746 ?x747)))
 (let ((?x742 (+ ?x748 ?x497)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x565 (* 0.0 ?x97)))
 (let ((?x761 (* ?x60 ?x565)))
 (let ((?x90 (* |g2[0]| 1.0)))
 (let ((?x743 (* ?x180 1.0)))
 (let ((?x244 (* f2 ?x743)))
 (let ((?x563 (+ ?x244 ?x90)))
 (let ((?x562 (* 0.0 ?x743)))
 (let ((?x764 (+ ?x562 ?x563)))
 (let ((?x765 (/ ?x764 scale)))
 (let ((?x762 (+ ?x765 ?x761)))
 (let ((?x758 (- ?x762)))
 (let ((?x559 (* |g2[0]| ?x743)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x771 (* (/ 1.0 2.0) ?x743)))
 (let ((?x521 (* 0.0 ?x771)))
 (let ((?x549 (+ ?x521 ?x79)))
 (let ((?x553 (* |h2[1,0]| ?x549)))
 (let ((?x768 (+ ?x521 ?x73)))
 (let ((?x502 (* |h2[0,0]| ?x768)))
 (let ((?x554 (+ ?x502 ?x553)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x767 (+ ?x521 ?x74)))
 (let ((?x558 (+ ?x767 ?x554)))
 (let ((?x561 (+ ?x558 ?x559)))
 (let ((?x759 (+ ?x561 ?x758)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x538 (+ ?x56 ?x759)))
 (let ((?x756 (* ?x755 ?x538)))
 (or (and (distinct ?x756 ?x742) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
(assert
 (let (($x8 (= 0.0 scale)))
 (not $x8)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x755 (/ (* (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x174 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x175 (* (/ 1.0 2.0) ?x174)))
 (let ((?x200 (* ?x175 ?x755)))
 (let ((?x64 (/ 0.0 scale)))
 (let ((?x65 (- ?x64)))
 (let ((?x59 (* scale scale)))
 (let ((?x60 (/ 1.0 ?x59)))
 (let ((?x61 (* 0.0 ?x60)))
 (let ((?x58 (/ (- 1.0) scale)))
 (let ((?x62 (+ ?x58 ?x61)))
 (let ((?x180 (+ ?x62 ?x65)))
 (let ((?x750 (* ?x755 ?x180)))
 (let ((?x747 (* |g2[0]| ?x750)))
 (let ((?x497 (+ ?x747 ?x200)))
 (let ((?x751 (* ?x180 ?x750)))
 (let ((?x165 (- ?x61)))
 (let ((?x157 (/ 1.0 (* ?x59 scale))))
 (let ((?x159 (* ?x157 (- 2.0))))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x161 (* 0.0 ?x160)))
 (let ((?x162 (+ ?x61 ?x161)))
 (let ((?x163 (+ ?x61 ?x162)))
 (let ((?x544 (+ ?x163 ?x165)))
 (let ((?x499 (* ?x755 ?x544)))
 (let ((?x752 (+ ?x499 ?x751)))
 (let ((?x746 (* f2 ?x752)))
 (let ((?x748 (+ ?x746 ?x747)))
 (let ((?x742 (+ ?x748 ?x497)))
 (let ((?x96 (* f2 1.0)))
 (let ((?x95 (* 0.0 1.0)))
 (let ((?x97 (+ ?x95 ?x96)))
 (let ((?x565 (* 0.0 ?x97)))
 (let ((?x761 (* ?x60 ?x565)))
 (let ((?x90 (* |g2[0]| 1.0)))
 (let ((?x743 (* ?x180 1.0)))
 (let ((?x244 (* f2 ?x743)))
 (let ((?x563 (+ ?x244 ?x90)))
 (let ((?x562 (* 0.0 ?x743)))
 (let ((?x764 (+ ?x562 ?x563)))
 (let ((?x765 (/ ?x764 scale)))
 (let ((?x762 (+ ?x765 ?x761)))
 (let ((?x758 (- ?x762)))
 (let ((?x559 (* |g2[0]| ?x743)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x79 (* 0.0 ?x73)))
 (let ((?x771 (* (/ 1.0 2.0) ?x743)))
 (let ((?x521 (* 0.0 ?x771)))
 (let ((?x549 (+ ?x521 ?x79)))
 (let ((?x553 (* |h2[1,0]| ?x549)))
 (let ((?x768 (+ ?x521 ?x73)))
 (let ((?x502 (* |h2[0,0]| ?x768)))
 (let ((?x554 (+ ?x502 ?x553)))
 (let ((?x74 (* |h2[0,0]| ?x73)))
 (let ((?x767 (+ ?x521 ?x74)))
 (let ((?x558 (+ ?x767 ?x554)))
 (let ((?x561 (+ ?x558 ?x559)))
 (let ((?x759 (+ ?x561 ?x758)))
 (let ((?x55 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x56 (+ ?x55 ?x55)))
 (let ((?x538 (+ ?x56 ?x759)))
 (let ((?x756 (* ?x755 ?x538)))
 (or (and (distinct ?x756 ?x742) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
