; certjax: rule estimators.score_Normal, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x248 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x249 (* (/ 1.0 2.0) ?x248)))
 (let ((?x193 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x227 (* ?x193 exp!5)))
 (let ((?x250 (* ?x227 ?x249)))
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
 (let ((?x242 (* ?x227 ?x75)))
 (let ((?x246 (* |g2[1]| ?x242)))
 (let ((?x251 (+ ?x246 ?x250)))
 (let ((?x243 (* ?x75 ?x242)))
 (let ((?x122 (/ 1.0 (* ?x65 scale))))
 (let ((?x124 (* ?x122 (- 2.0))))
 (let ((?x230 (* ?x64 ?x124)))
 (let ((?x229 (* 0.0 ?x66)))
 (let ((?x231 (+ ?x229 ?x230)))
 (let ((?x232 (+ ?x229 ?x231)))
 (let ((?x237 (* ?x24 ?x232)))
 (let ((?x235 (* ?x68 ?x69)))
 (let ((?x238 (+ ?x235 ?x237)))
 (let ((?x233 (* (- (/ 1.0 2.0)) ?x232)))
 (let ((?x234 (* ?x22 ?x233)))
 (let ((?x236 (+ ?x234 ?x235)))
 (let ((?x239 (+ ?x236 ?x238)))
 (let ((?x240 (+ ?x66 ?x239)))
 (let ((?x241 (* ?x227 ?x240)))
 (let ((?x244 (+ ?x241 ?x243)))
 (let ((?x245 (* f2 ?x244)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x137 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x138 (+ ?x137 ?x137)))
 (let ((?x107 (* f2 1.0)))
 (let ((?x106 (* 0.0 1.0)))
 (let ((?x108 (+ ?x106 ?x107)))
 (let ((?x126 (* ?x22 ?x108)))
 (let ((?x127 (* (- (/ 1.0 2.0)) ?x126)))
 (let ((?x125 (* ?x24 ?x108)))
 (let ((?x128 (+ ?x125 ?x127)))
 (let ((?x132 (* ?x66 ?x128)))
 (let ((?x133 (* 0.0 ?x132)))
 (let ((?x129 (* ?x124 ?x128)))
 (let ((?x116 (* ?x68 ?x108)))
 (let ((?x101 (* |g2[1]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x100 (* f2 ?x78)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x98 (* 0.0 ?x78)))
 (let ((?x103 (+ ?x98 ?x102)))
 (let ((?x115 (* ?x22 ?x103)))
 (let ((?x117 (+ ?x115 ?x116)))
 (let ((?x118 (* (- (/ 1.0 2.0)) ?x117)))
 (let ((?x113 (* ?x24 ?x103)))
 (let ((?x112 (* ?x69 ?x108)))
 (let ((?x114 (+ ?x112 ?x113)))
 (let ((?x119 (+ ?x114 ?x118)))
 (let ((?x120 (* ?x66 ?x119)))
 (let ((?x130 (+ ?x120 ?x129)))
 (let ((?x131 (* ?x21 ?x130)))
 (let ((?x134 (+ ?x131 ?x133)))
 (let ((?x135 (- ?x134)))
 (let ((?x109 (* ?x66 ?x108)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (/ ?x104 scale)))
 (let ((?x110 (+ ?x105 ?x109)))
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
 (let ((?x111 (+ ?x97 ?x110)))
 (let ((?x136 (+ ?x111 ?x135)))
 (let ((?x139 (+ ?x136 ?x138)))
 (let ((?x228 (* ?x227 ?x139)))
 (or (and (distinct ?x228 ?x252) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x65 (* scale scale)))
 (let ((?x143 (/ (* z z) ?x65)))
 (let ((?x144 (/ ?x143 2.0)))
 (= (< ?x144 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x143 (/ (* z z) ?x65)))
 (let ((?x144 (/ ?x143 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x144) (< exp!1 exp!3)))))))
(assert
 (= (< (/ (/ (* z z) (* scale scale)) 2.0) log!26) (< exp!3 exp!2)))
(assert
 (= (< log!26 (/ (/ (* z z) (* scale scale)) 2.0)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (/ (* z z) (* scale scale)) 2.0) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (/ (* z z) (* scale scale)) 2.0))))
(assert
 (let ((?x28 (/ log!22 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x166 (/ (* loc loc) ?x65)))
 (let ((?x167 (/ ?x166 2.0)))
 (= (< ?x167 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x166 (/ (* loc loc) ?x65)))
 (let ((?x167 (/ ?x166 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x167) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!26) (< exp!4 exp!2)))
(assert
 (= (< log!26 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x143 (/ (* z z) ?x65)))
 (let ((?x144 (/ ?x143 2.0)))
 (let ((?x166 (/ (* loc loc) ?x65)))
 (let ((?x167 (/ ?x166 2.0)))
 (= (< ?x167 ?x144) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x166 (/ (* loc loc) ?x65)))
 (let ((?x167 (/ ?x166 2.0)))
 (let ((?x143 (/ (* z z) ?x65)))
 (let ((?x144 (/ ?x143 2.0)))
 (= (< ?x144 ?x167) (< exp!3 exp!4))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc z) (* scale scale)) (/ log!22 2.0)) (< exp!5 exp!1)))
(assert
 (= (< (/ log!22 2.0) (/ (* loc z) (* scale scale))) (< exp!1 exp!5)))
(assert
 (= (< (/ (* loc z) (* scale scale)) log!26) (< exp!5 exp!2)))
(assert
 (= (< log!26 (/ (* loc z) (* scale scale))) (< exp!2 exp!5)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x143 (/ (* z z) ?x65)))
 (let ((?x144 (/ ?x143 2.0)))
 (let ((?x195 (/ (* loc z) ?x65)))
 (= (< ?x195 ?x144) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x195 (/ (* loc z) ?x65)))
 (let ((?x143 (/ (* z z) ?x65)))
 (let ((?x144 (/ ?x143 2.0)))
 (= (< ?x144 ?x195) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x166 (/ (* loc loc) ?x65)))
 (let ((?x167 (/ ?x166 2.0)))
 (let ((?x195 (/ (* loc z) ?x65)))
 (= (< ?x195 ?x167) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x195 (/ (* loc z) ?x65)))
 (let ((?x166 (/ (* loc loc) ?x65)))
 (let ((?x167 (/ ?x166 2.0)))
 (= (< ?x167 ?x195) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
