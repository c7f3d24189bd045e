; certjax: rule estimators.score_loo_baseline_Normal, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!28 () Real)
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
 (let ((?x258 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x259 (* (/ 1.0 2.0) ?x258)))
 (let ((?x186 (/ (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4)))
 (let ((?x220 (* ?x186 exp!5)))
 (let ((?x260 (* ?x220 ?x259)))
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
 (let ((?x250 (* ?x220 ?x75)))
 (let ((?x257 (* |g2[0]| ?x250)))
 (let ((?x261 (+ ?x257 ?x260)))
 (let ((?x248 (- ?x63)))
 (let ((?x223 (* 0.0 ?x66)))
 (let ((?x234 (/ (- 1.0) scale)))
 (let ((?x235 (+ ?x234 ?x223)))
 (let ((?x246 (* ?x24 ?x235)))
 (let ((?x236 (* (- (/ 1.0 2.0)) ?x235)))
 (let ((?x245 (* ?x22 ?x236)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x249 (+ ?x247 ?x248)))
 (let ((?x254 (* ?x220 ?x249)))
 (let ((?x255 (* |g2[1]| ?x254)))
 (let ((?x251 (* ?x249 ?x250)))
 (let ((?x226 (/ 1.0 (* ?x65 scale))))
 (let ((?x228 (* ?x226 (- 2.0))))
 (let ((?x229 (* 0.0 ?x228)))
 (let ((?x230 (+ ?x223 ?x229)))
 (let ((?x231 (+ ?x66 ?x230)))
 (let ((?x240 (* ?x24 ?x231)))
 (let ((?x239 (* ?x235 ?x69)))
 (let ((?x241 (+ ?x239 ?x240)))
 (let ((?x237 (* ?x68 ?x236)))
 (let ((?x232 (* (- (/ 1.0 2.0)) ?x231)))
 (let ((?x233 (* ?x22 ?x232)))
 (let ((?x238 (+ ?x233 ?x237)))
 (let ((?x242 (+ ?x238 ?x241)))
 (let ((?x224 (- ?x223)))
 (let ((?x243 (+ ?x224 ?x242)))
 (let ((?x244 (* ?x220 ?x243)))
 (let ((?x252 (+ ?x244 ?x251)))
 (let ((?x100 (- b)))
 (let ((?x222 (+ f2 ?x100)))
 (let ((?x253 (* ?x222 ?x252)))
 (let ((?x256 (+ ?x253 ?x255)))
 (let ((?x262 (+ ?x256 ?x261)))
 (let ((?x130 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x129 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x129 ?x130)))
 (let ((?x103 (* f2 1.0)))
 (let ((?x101 (* 1.0 ?x100)))
 (let ((?x104 (+ ?x101 ?x103)))
 (let ((?x121 (* ?x22 ?x104)))
 (let ((?x122 (* (- (/ 1.0 2.0)) ?x121)))
 (let ((?x120 (* ?x24 ?x104)))
 (let ((?x123 (+ ?x120 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x125 (* ?x66 ?x124)))
 (let ((?x115 (* ?x68 ?x104)))
 (let ((?x109 (* |g2[1]| 1.0)))
 (let ((?x78 (* ?x75 1.0)))
 (let ((?x107 (* f2 ?x78)))
 (let ((?x110 (+ ?x107 ?x109)))
 (let ((?x106 (* ?x78 ?x100)))
 (let ((?x111 (+ ?x106 ?x110)))
 (let ((?x114 (* ?x22 ?x111)))
 (let ((?x116 (+ ?x114 ?x115)))
 (let ((?x117 (* (- (/ 1.0 2.0)) ?x116)))
 (let ((?x112 (* ?x24 ?x111)))
 (let ((?x105 (* ?x69 ?x104)))
 (let ((?x113 (+ ?x105 ?x112)))
 (let ((?x118 (+ ?x113 ?x117)))
 (let ((?x119 (/ ?x118 scale)))
 (let ((?x126 (+ ?x119 ?x125)))
 (let ((?x127 (- ?x126)))
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
 (let ((?x128 (+ ?x98 ?x127)))
 (let ((?x132 (+ ?x128 ?x131)))
 (let ((?x221 (* ?x220 ?x132)))
 (or (and (distinct ?x221 ?x262) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ log!24 2.0) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ log!24 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!1 exp!1) (* 2.0 pi!))))
(assert
 (= (< log!28 (/ log!24 2.0)) (< exp!2 exp!1)))
(assert
 (= (< (/ log!24 2.0) log!28) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!28 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!28)))
(assert
 (let (($x59 (= exp!2 scale)))
 (=> (> scale 0.0) $x59)))
(assert
 (let ((?x28 (/ log!24 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x136 (/ (* z z) ?x65)))
 (let ((?x137 (/ ?x136 2.0)))
 (= (< ?x137 ?x28) (< exp!3 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x136 (/ (* z z) ?x65)))
 (let ((?x137 (/ ?x136 2.0)))
 (let ((?x28 (/ log!24 2.0)))
 (= (< ?x28 ?x137) (< exp!1 exp!3)))))))
(assert
 (= (< (/ (/ (* z z) (* scale scale)) 2.0) log!28) (< exp!3 exp!2)))
(assert
 (= (< log!28 (/ (/ (* z z) (* scale scale)) 2.0)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (/ (* z z) (* scale scale)) 2.0) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (/ (* z z) (* scale scale)) 2.0))))
(assert
 (let ((?x28 (/ log!24 2.0)))
 (let ((?x65 (* scale scale)))
 (let ((?x159 (/ (* loc loc) ?x65)))
 (let ((?x160 (/ ?x159 2.0)))
 (= (< ?x160 ?x28) (< exp!4 exp!1)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x159 (/ (* loc loc) ?x65)))
 (let ((?x160 (/ ?x159 2.0)))
 (let ((?x28 (/ log!24 2.0)))
 (= (< ?x28 ?x160) (< exp!1 exp!4)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!28) (< exp!4 exp!2)))
(assert
 (= (< log!28 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!2 exp!4)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x136 (/ (* z z) ?x65)))
 (let ((?x137 (/ ?x136 2.0)))
 (let ((?x159 (/ (* loc loc) ?x65)))
 (let ((?x160 (/ ?x159 2.0)))
 (= (< ?x160 ?x137) (< exp!4 exp!3))))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x159 (/ (* loc loc) ?x65)))
 (let ((?x160 (/ ?x159 2.0)))
 (let ((?x136 (/ (* z z) ?x65)))
 (let ((?x137 (/ ?x136 2.0)))
 (= (< ?x137 ?x160) (< exp!3 exp!4))))))))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc z) (* scale scale)) (/ log!24 2.0)) (< exp!5 exp!1)))
(assert
 (= (< (/ log!24 2.0) (/ (* loc z) (* scale scale))) (< exp!1 exp!5)))
(assert
 (= (< (/ (* loc z) (* scale scale)) log!28) (< exp!5 exp!2)))
(assert
 (= (< log!28 (/ (* loc z) (* scale scale))) (< exp!2 exp!5)))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x136 (/ (* z z) ?x65)))
 (let ((?x137 (/ ?x136 2.0)))
 (let ((?x188 (/ (* loc z) ?x65)))
 (= (< ?x188 ?x137) (< exp!5 exp!3)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x188 (/ (* loc z) ?x65)))
 (let ((?x136 (/ (* z z) ?x65)))
 (let ((?x137 (/ ?x136 2.0)))
 (= (< ?x137 ?x188) (< exp!3 exp!5)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x159 (/ (* loc loc) ?x65)))
 (let ((?x160 (/ ?x159 2.0)))
 (let ((?x188 (/ (* loc z) ?x65)))
 (= (< ?x188 ?x160) (< exp!5 exp!4)))))))
(assert
 (let ((?x65 (* scale scale)))
 (let ((?x188 (/ (* loc z) ?x65)))
 (let ((?x159 (/ (* loc loc) ?x65)))
 (let ((?x160 (/ ?x159 2.0)))
 (= (< ?x160 ?x188) (< exp!4 exp!5)))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (* loc z) (* scale scale)) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (* loc z) (* scale scale)))))
(check-sat)
(pop 1)
