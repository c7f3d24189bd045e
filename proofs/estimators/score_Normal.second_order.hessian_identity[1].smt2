; certjax: rule estimators.score_Normal, obligation 'second_order.hessian_identity[1]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x255 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x256 (* (/ 1.0 2.0) ?x255)))
 (let ((?x184 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x218 (* ?x184 exp!5)))
 (let ((?x257 (* ?x218 ?x256)))
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
 (let ((?x247 (* ?x218 ?x75)))
 (let ((?x254 (* |g2[0]| ?x247)))
 (let ((?x258 (+ ?x254 ?x257)))
 (let ((?x245 (- ?x63)))
 (let ((?x220 (* 0.0 ?x66)))
 (let ((?x231 (/ (- 1.0) scale)))
 (let ((?x232 (+ ?x231 ?x220)))
 (let ((?x243 (* ?x24 ?x232)))
 (let ((?x233 (* (- (/ 1.0 2.0)) ?x232)))
 (let ((?x242 (* ?x22 ?x233)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x246 (+ ?x244 ?x245)))
 (let ((?x251 (* ?x218 ?x246)))
 (let ((?x252 (* |g2[1]| ?x251)))
 (let ((?x248 (* ?x246 ?x247)))
 (let ((?x223 (/ 1.0 (* ?x65 scale))))
 (let ((?x225 (* ?x223 (- 2.0))))
 (let ((?x226 (* 0.0 ?x225)))
 (let ((?x227 (+ ?x220 ?x226)))
 (let ((?x228 (+ ?x66 ?x227)))
 (let ((?x237 (* ?x24 ?x228)))
 (let ((?x236 (* ?x232 ?x69)))
 (let ((?x238 (+ ?x236 ?x237)))
 (let ((?x234 (* ?x68 ?x233)))
 (let ((?x229 (* (- (/ 1.0 2.0)) ?x228)))
 (let ((?x230 (* ?x22 ?x229)))
 (let ((?x235 (+ ?x230 ?x234)))
 (let ((?x239 (+ ?x235 ?x238)))
 (let ((?x221 (- ?x220)))
 (let ((?x240 (+ ?x221 ?x239)))
 (let ((?x241 (* ?x218 ?x240)))
 (let ((?x249 (+ ?x241 ?x248)))
 (let ((?x250 (* f2 ?x249)))
 (let ((?x253 (+ ?x250 ?x252)))
 (let ((?x259 (+ ?x253 ?x258)))
 (let ((?x128 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x127 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x99 (* 0.0 1.0)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x119 (* ?x22 ?x102)))
 (let ((?x120 (* (- (/ 1.0 2.0)) ?x119)))
 (let ((?x118 (* ?x24 ?x102)))
 (let ((?x121 (+ ?x118 ?x120)))
 (let ((?x122 (- ?x121)))
 (let ((?x123 (* ?x66 ?x122)))
 (let ((?x113 (* ?x68 ?x102)))
 (let ((?x107 (* |g2[1]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x105 (* f2 ?x78)))
 (let ((?x108 (+ ?x105 ?x107)))
 (let ((?x104 (* 0.0 ?x78)))
 (let ((?x109 (+ ?x104 ?x108)))
 (let ((?x112 (* ?x22 ?x109)))
 (let ((?x114 (+ ?x112 ?x113)))
 (let ((?x115 (* (- (/ 1.0 2.0)) ?x114)))
 (let ((?x110 (* ?x24 ?x109)))
 (let ((?x103 (* ?x69 ?x102)))
 (let ((?x111 (+ ?x103 ?x110)))
 (let ((?x116 (+ ?x111 ?x115)))
 (let ((?x117 (/ ?x116 scale)))
 (let ((?x124 (+ ?x117 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x97 (* |g2[0]| ?x78)))
 (let ((?x79 (* (/ 1.0 2.0) ?x78)))
 (let ((?x80 (* 0.0 ?x79)))
 (let ((?x83 (+ (- 1.0) 1.0)))
 (let ((?x84 (* (/ 1.0 2.0) ?x83)))
 (let ((?x92 (+ ?x84 ?x80)))
 (let ((?x93 (* |h2[1,0]| ?x92)))
 (let ((?x88 (* 0.0 ?x84)))
 (let ((?x89 (+ ?x88 ?x80)))
 (let ((?x90 (* |h2[0,0]| ?x89)))
 (let ((?x94 (+ ?x90 ?x93)))
 (let ((?x85 (* |h2[0,1]| ?x84)))
 (let ((?x86 (+ ?x80 ?x85)))
 (let ((?x95 (+ ?x86 ?x94)))
 (let ((?x98 (+ ?x95 ?x97)))
 (let ((?x126 (+ ?x98 ?x125)))
 (let ((?x130 (+ ?x126 ?x129)))
 (let ((?x219 (* ?x218 ?x130)))
 (or (and (distinct ?x219 ?x259) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x134 (/ (* z z) ?x65)))
 (let ((?x135 (/ ?x134 2.0)))
 (= (< ?x135 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x134 (/ (* z z) ?x65)))
 (let ((?x135 (/ ?x134 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x135) (< exp!1 exp!3)))))))
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
 (let ((?x157 (/ (* loc loc) ?x65)))
 (let ((?x158 (/ ?x157 2.0)))
 (= (< ?x158 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x157 (/ (* loc loc) ?x65)))
 (let ((?x158 (/ ?x157 2.0)))
 (let ((?x28 (/ log!22 2.0)))
 (= (< ?x28 ?x158) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!26) (< exp!4 exp!2)))
(assert
 (= (< log!26 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x134 (/ (* z z) ?x65)))
 (let ((?x135 (/ ?x134 2.0)))
 (let ((?x157 (/ (* loc loc) ?x65)))
 (let ((?x158 (/ ?x157 2.0)))
 (= (< ?x158 ?x135) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x157 (/ (* loc loc) ?x65)))
 (let ((?x158 (/ ?x157 2.0)))
 (let ((?x134 (/ (* z z) ?x65)))
 (let ((?x135 (/ ?x134 2.0)))
 (= (< ?x135 ?x158) (< exp!3 exp!4))))))))
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
 (let ((?x134 (/ (* z z) ?x65)))
 (let ((?x135 (/ ?x134 2.0)))
 (let ((?x186 (/ (* loc z) ?x65)))
 (= (< ?x186 ?x135) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x186 (/ (* loc z) ?x65)))
 (let ((?x134 (/ (* z z) ?x65)))
 (let ((?x135 (/ ?x134 2.0)))
 (= (< ?x135 ?x186) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x157 (/ (* loc loc) ?x65)))
 (let ((?x158 (/ ?x157 2.0)))
 (let ((?x186 (/ (* loc z) ?x65)))
 (= (< ?x186 ?x158) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x186 (/ (* loc z) ?x65)))
 (let ((?x157 (/ (* loc loc) ?x65)))
 (let ((?x158 (/ ?x157 2.0)))
 (= (< ?x158 ?x186) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
