; certjax: rule estimators.score_Normal, obligation 'second_order.hessian_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!22 () Real)
(declare-fun log!26 () Real)
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x16 (* 2.0 pi!)))
 (< 0.0 ?x16)))
(assert
 (< 0.0 scale))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let (($x10 (= 0.0 scale)))
 (not $x10)))
(assert
 (let ((?x176 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x177 (* (/ 1.0 2.0) ?x176)))
 (let ((?x150 (/ (/ (/ 1.0 exp!3) exp!1) exp!2)))
 (let ((?x178 (* ?x150 ?x177)))
 (let ((?x73 (/ 0.0 scale)))
 (let ((?x74 (- ?x73)))
 (let ((?x65 (* scale scale)))
 (let ((?x66 (/ 1.0 ?x65)))
 (let ((?x67 (* 0.0 ?x66)))
 (let ((?x64 (/ (- 1.0) scale)))
 (let ((?x68 (+ ?x64 ?x67)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x71 (* ?x24 ?x68)))
 (let ((?x69 (* (- (/ 1.0 2.0)) ?x68)))
 (let ((?x70 (* ?x22 ?x69)))
 (let ((?x72 (+ ?x70 ?x71)))
 (let ((?x75 (+ ?x72 ?x74)))
 (let ((?x170 (* ?x150 ?x75)))
 (let ((?x174 (* |g2[0]| ?x170)))
 (let ((?x179 (+ ?x174 ?x178)))
 (let ((?x171 (* ?x75 ?x170)))
 (let ((?x167 (- ?x67)))
 (let ((?x153 (/ 1.0 (* ?x65 scale))))
 (let ((?x155 (* ?x153 (- 2.0))))
 (let ((?x156 (* 0.0 ?x155)))
 (let ((?x157 (* 0.0 ?x156)))
 (let ((?x158 (+ ?x67 ?x157)))
 (let ((?x159 (+ ?x67 ?x158)))
 (let ((?x164 (* ?x24 ?x159)))
 (let ((?x162 (* ?x68 ?x69)))
 (let ((?x165 (+ ?x162 ?x164)))
 (let ((?x160 (* (- (/ 1.0 2.0)) ?x159)))
 (let ((?x161 (* ?x22 ?x160)))
 (let ((?x163 (+ ?x161 ?x162)))
 (let ((?x166 (+ ?x163 ?x165)))
 (let ((?x168 (+ ?x166 ?x167)))
 (let ((?x169 (* ?x150 ?x168)))
 (let ((?x172 (+ ?x169 ?x171)))
 (let ((?x173 (* f2 ?x172)))
 (let ((?x175 (+ ?x173 ?x174)))
 (let ((?x180 (+ ?x175 ?x179)))
 (let ((?x124 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x125 (+ ?x124 ?x124)))
 (let ((?x99 (* f2 1.0)))
 (let ((?x97 (* 0.0 1.0)))
 (let ((?x100 (+ ?x97 ?x99)))
 (let ((?x116 (* ?x22 ?x100)))
 (let ((?x117 (* (- (/ 1.0 2.0)) ?x116)))
 (let ((?x115 (* ?x24 ?x100)))
 (let ((?x118 (+ ?x115 ?x117)))
 (let ((?x119 (* 0.0 ?x118)))
 (let ((?x120 (* ?x66 ?x119)))
 (let ((?x110 (* ?x68 ?x100)))
 (let ((?x104 (* |g2[0]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x103 (* f2 ?x78)))
 (let ((?x105 (+ ?x103 ?x104)))
 (let ((?x102 (* 0.0 ?x78)))
 (let ((?x106 (+ ?x102 ?x105)))
 (let ((?x109 (* ?x22 ?x106)))
 (let ((?x111 (+ ?x109 ?x110)))
 (let ((?x112 (* (- (/ 1.0 2.0)) ?x111)))
 (let ((?x107 (* ?x24 ?x106)))
 (let ((?x101 (* ?x69 ?x100)))
 (let ((?x108 (+ ?x101 ?x107)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x114 (/ ?x113 scale)))
 (let ((?x121 (+ ?x114 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x95 (* |g2[0]| ?x78)))
 (let ((?x79 (* (/ 1.0 2.0) ?x78)))
 (let ((?x80 (* 0.0 ?x79)))
 (let ((?x82 (+ (- 1.0) 1.0)))
 (let ((?x83 (* (/ 1.0 2.0) ?x82)))
 (let ((?x89 (* 0.0 ?x83)))
 (let ((?x90 (+ ?x89 ?x80)))
 (let ((?x91 (* |h2[1,0]| ?x90)))
 (let ((?x86 (+ ?x83 ?x80)))
 (let ((?x87 (* |h2[0,0]| ?x86)))
 (let ((?x92 (+ ?x87 ?x91)))
 (let ((?x84 (* |h2[0,0]| ?x83)))
 (let ((?x85 (+ ?x80 ?x84)))
 (let ((?x93 (+ ?x85 ?x92)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x123 (+ ?x96 ?x122)))
 (let ((?x126 (+ ?x123 ?x125)))
 (let ((?x151 (* ?x150 ?x126)))
 (or (and (distinct ?x151 ?x180) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!22 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!22 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!26 (/ log!22 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!22 2.0) log!26) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!26 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!26)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!22 2.0)))
 (let ((?x128 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x128 ?x28) (< exp!3 exp!1)))))
(assert
 (let ((?x128 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x128) (< exp!1 exp!3)))))
(assert
 (let ((?x128 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< ?x128 log!26) (< exp!3 exp!2))))
(assert
 (let ((?x128 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (< log!26 ?x128) (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let ((?x128 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
 (= (> ?x128 0.0) (> exp!3 1.0))))
(assert
 (let ((?x128 (/ (* (/ (+ z (- loc)) scale) (/ (+ z (- loc)) scale)) 2.0)))
(>= exp!3 (+ 1.0 ?x128))))
(check-sat)
(pop 1)
