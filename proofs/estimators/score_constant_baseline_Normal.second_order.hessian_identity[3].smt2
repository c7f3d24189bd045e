; certjax: rule estimators.score_constant_baseline_Normal, obligation 'second_order.hessian_identity[3]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!23 () Real)
(declare-fun log!27 () Real)
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
 (let ((?x251 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x252 (* (/ 1.0 2.0) ?x251)))
 (let ((?x195 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x229 (* ?x195 exp!5)))
 (let ((?x253 (* ?x229 ?x252)))
 (let ((?x73 (/ 1.0 scale)))
 (let ((?x74 (- ?x73)))
 (let ((?x65 (* scale scale)))
 (let ((?x66 (/ 1.0 ?x65)))
 (let ((?x20 (- loc)))
 (let ((?x21 (+ z ?x20)))
 (let ((?x64 (- ?x21)))
 (let ((?x67 (* ?x64 ?x66)))
 (let ((?x63 (/ 0.0 scale)))
 (let ((?x68 (+ ?x63 ?x67)))
 (let ((?x22 (/ ?x21 scale)))
 (let ((?x24 (* ?x22 (- (/ 1.0 2.0)))))
 (let ((?x71 (* ?x24 ?x68)))
 (let ((?x69 (* (- (/ 1.0 2.0)) ?x68)))
 (let ((?x70 (* ?x22 ?x69)))
 (let ((?x72 (+ ?x70 ?x71)))
 (let ((?x75 (+ ?x72 ?x74)))
 (let ((?x245 (* ?x229 ?x75)))
 (let ((?x249 (* |g2[1]| ?x245)))
 (let ((?x254 (+ ?x249 ?x253)))
 (let ((?x246 (* ?x75 ?x245)))
 (let ((?x124 (/ 1.0 (* ?x65 scale))))
 (let ((?x126 (* ?x124 (- 2.0))))
 (let ((?x233 (* ?x64 ?x126)))
 (let ((?x232 (* 0.0 ?x66)))
 (let ((?x234 (+ ?x232 ?x233)))
 (let ((?x235 (+ ?x232 ?x234)))
 (let ((?x240 (* ?x24 ?x235)))
 (let ((?x238 (* ?x68 ?x69)))
 (let ((?x241 (+ ?x238 ?x240)))
 (let ((?x236 (* (- (/ 1.0 2.0)) ?x235)))
 (let ((?x237 (* ?x22 ?x236)))
 (let ((?x239 (+ ?x237 ?x238)))
 (let ((?x242 (+ ?x239 ?x241)))
 (let ((?x243 (+ ?x66 ?x242)))
 (let ((?x244 (* ?x229 ?x243)))
 (let ((?x247 (+ ?x244 ?x246)))
 (let ((?x99 (- b)))
 (let ((?x231 (+ f2 ?x99)))
 (let ((?x248 (* ?x231 ?x247)))
 (let ((?x250 (+ ?x248 ?x249)))
 (let ((?x255 (+ ?x250 ?x254)))
 (let ((?x139 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x140 (+ ?x139 ?x139)))
 (let ((?x109 (* f2 1.0)))
 (let ((?x108 (* 1.0 ?x99)))
 (let ((?x110 (+ ?x108 ?x109)))
 (let ((?x128 (* ?x22 ?x110)))
 (let ((?x129 (* (- (/ 1.0 2.0)) ?x128)))
 (let ((?x127 (* ?x24 ?x110)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x134 (* ?x66 ?x130)))
 (let ((?x135 (* 0.0 ?x134)))
 (let ((?x131 (* ?x126 ?x130)))
 (let ((?x118 (* ?x68 ?x110)))
 (let ((?x103 (* |g2[1]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x102 (* f2 ?x78)))
 (let ((?x104 (+ ?x102 ?x103)))
 (let ((?x100 (* ?x78 ?x99)))
 (let ((?x105 (+ ?x100 ?x104)))
 (let ((?x117 (* ?x22 ?x105)))
 (let ((?x119 (+ ?x117 ?x118)))
 (let ((?x120 (* (- (/ 1.0 2.0)) ?x119)))
 (let ((?x115 (* ?x24 ?x105)))
 (let ((?x114 (* ?x69 ?x110)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x121 (+ ?x116 ?x120)))
 (let ((?x122 (* ?x66 ?x121)))
 (let ((?x132 (+ ?x122 ?x131)))
 (let ((?x133 (* ?x21 ?x132)))
 (let ((?x136 (+ ?x133 ?x135)))
 (let ((?x137 (- ?x136)))
 (let ((?x111 (* ?x66 ?x110)))
 (let ((?x106 (- ?x105)))
 (let ((?x107 (/ ?x106 scale)))
 (let ((?x112 (+ ?x107 ?x111)))
 (let ((?x96 (* |g2[1]| ?x78)))
 (let ((?x79 (* (/ 1.0 2.0) ?x78)))
 (let ((?x80 (* 0.0 ?x79)))
 (let ((?x83 (+ (- 1.0) 1.0)))
 (let ((?x84 (* (/ 1.0 2.0) ?x83)))
 (let ((?x91 (+ ?x84 ?x80)))
 (let ((?x92 (* |h2[1,1]| ?x91)))
 (let ((?x88 (* 0.0 ?x84)))
 (let ((?x89 (+ ?x88 ?x80)))
 (let ((?x90 (* |h2[0,1]| ?x89)))
 (let ((?x93 (+ ?x90 ?x92)))
 (let ((?x85 (* |h2[1,1]| ?x84)))
 (let ((?x86 (+ ?x80 ?x85)))
 (let ((?x94 (+ ?x86 ?x93)))
 (let ((?x97 (+ ?x94 ?x96)))
 (let ((?x113 (+ ?x97 ?x112)))
 (let ((?x138 (+ ?x113 ?x137)))
 (let ((?x141 (+ ?x138 ?x140)))
 (let ((?x230 (* ?x229 ?x141)))
 (or (and (distinct ?x230 ?x255) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!23 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!23 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!27 (/ log!23 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!23 2.0) log!27) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!27 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!27)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!23 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x145 (/ (* z z) ?x65)))
 (let ((?x146 (/ ?x145 2.0)))
 (= (< ?x146 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x145 (/ (* z z) ?x65)))
 (let ((?x146 (/ ?x145 2.0)))
 (let ((?x28 (/ log!23 2.0)))
 (= (< ?x28 ?x146) (< exp!1 exp!3)))))))
(assert
 (= (< (/ (/ (* z z) (* scale scale)) 2.0) log!27) (< exp!3 exp!2)))
(assert
 (= (< log!27 (/ (/ (* z z) (* scale scale)) 2.0)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (/ (* z z) (* scale scale)) 2.0) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (/ (* z z) (* scale scale)) 2.0))))
(assert
 (let ((?x28 (/ log!23 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x168 (/ (* loc loc) ?x65)))
 (let ((?x169 (/ ?x168 2.0)))
 (= (< ?x169 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x168 (/ (* loc loc) ?x65)))
 (let ((?x169 (/ ?x168 2.0)))
 (let ((?x28 (/ log!23 2.0)))
 (= (< ?x28 ?x169) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!4 exp!2)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x145 (/ (* z z) ?x65)))
 (let ((?x146 (/ ?x145 2.0)))
 (let ((?x168 (/ (* loc loc) ?x65)))
 (let ((?x169 (/ ?x168 2.0)))
 (= (< ?x169 ?x146) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x168 (/ (* loc loc) ?x65)))
 (let ((?x169 (/ ?x168 2.0)))
 (let ((?x145 (/ (* z z) ?x65)))
 (let ((?x146 (/ ?x145 2.0)))
 (= (< ?x146 ?x169) (< exp!3 exp!4))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc z) (* scale scale)) (/ log!23 2.0)) (< exp!5 exp!1)))
(assert
 (= (< (/ log!23 2.0) (/ (* loc z) (* scale scale))) (< exp!1 exp!5)))
(assert
 (= (< (/ (* loc z) (* scale scale)) log!27) (< exp!5 exp!2)))
(assert
 (= (< log!27 (/ (* loc z) (* scale scale))) (< exp!2 exp!5)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x145 (/ (* z z) ?x65)))
 (let ((?x146 (/ ?x145 2.0)))
 (let ((?x197 (/ (* loc z) ?x65)))
 (= (< ?x197 ?x146) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x197 (/ (* loc z) ?x65)))
 (let ((?x145 (/ (* z z) ?x65)))
 (let ((?x146 (/ ?x145 2.0)))
 (= (< ?x146 ?x197) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x168 (/ (* loc loc) ?x65)))
 (let ((?x169 (/ ?x168 2.0)))
 (let ((?x197 (/ (* loc z) ?x65)))
 (= (< ?x197 ?x169) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x197 (/ (* loc z) ?x65)))
 (let ((?x168 (/ (* loc loc) ?x65)))
 (let ((?x169 (/ ?x168 2.0)))
 (= (< ?x169 ?x197) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
