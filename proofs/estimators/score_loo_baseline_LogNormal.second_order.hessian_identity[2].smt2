; certjax: rule estimators.score_loo_baseline_LogNormal, obligation 'second_order.hessian_identity[2]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun loc () Real)
(declare-fun log!14 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!25 () Real)
(declare-fun log!29 () Real)
(assert
 (let (($x9 (< 0.0 z)))
 (let (($x7 (< 0.0 scale)))
 (and $x7 $x9))))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x19 (* 2.0 pi!)))
 (< 0.0 ?x19)))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (< 0.0 z))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x19 (* 2.0 pi!)))
 (< 0.0 ?x19)))
(assert
 (< 0.0 scale))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let (($x13 (= 0.0 scale)))
 (not $x13)))
(assert
 (let ((?x317 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x318 (* (/ 1.0 2.0) ?x317)))
 (let ((?x241 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x281 (* ?x241 exp!6)))
 (let ((?x319 (* ?x281 ?x318)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x93 (* scale scale)))
 (let ((?x94 (/ 1.0 ?x93)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
 (let ((?x92 (* ?x35 0.0)))
 (let ((?x95 (* ?x92 ?x94)))
 (let ((?x91 (/ (- 1.0) scale)))
 (let ((?x96 (+ ?x91 ?x95)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x38 (* ?x36 (- (/ 1.0 2.0)))))
 (let ((?x99 (* ?x38 ?x96)))
 (let ((?x97 (* (- (/ 1.0 2.0)) ?x96)))
 (let ((?x98 (* ?x36 ?x97)))
 (let ((?x100 (+ ?x98 ?x99)))
 (let ((?x103 (+ ?x100 ?x102)))
 (let ((?x311 (* ?x281 ?x103)))
 (let ((?x316 (* |g2[1]| ?x311)))
 (let ((?x320 (+ ?x316 ?x319)))
 (let ((?x290 (/ 1.0 scale)))
 (let ((?x291 (- ?x290)))
 (let ((?x283 (- ?x35)))
 (let ((?x284 (* ?x283 ?x94)))
 (let ((?x285 (+ ?x101 ?x284)))
 (let ((?x288 (* ?x38 ?x285)))
 (let ((?x286 (* (- (/ 1.0 2.0)) ?x285)))
 (let ((?x287 (* ?x36 ?x286)))
 (let ((?x289 (+ ?x287 ?x288)))
 (let ((?x292 (+ ?x289 ?x291)))
 (let ((?x312 (* ?x292 ?x311)))
 (let ((?x155 (/ 1.0 (* ?x93 scale))))
 (let ((?x157 (* ?x155 (- 2.0))))
 (let ((?x158 (* 0.0 ?x157)))
 (let ((?x299 (* ?x283 ?x158)))
 (let ((?x300 (+ ?x94 ?x299)))
 (let ((?x296 (* 0.0 ?x94)))
 (let ((?x301 (+ ?x296 ?x300)))
 (let ((?x306 (* ?x38 ?x301)))
 (let ((?x305 (* ?x285 ?x97)))
 (let ((?x307 (+ ?x305 ?x306)))
 (let ((?x302 (* (- (/ 1.0 2.0)) ?x301)))
 (let ((?x303 (* ?x36 ?x302)))
 (let ((?x298 (* ?x96 ?x286)))
 (let ((?x304 (+ ?x298 ?x303)))
 (let ((?x308 (+ ?x304 ?x307)))
 (let ((?x297 (- ?x296)))
 (let ((?x309 (+ ?x297 ?x308)))
 (let ((?x310 (* ?x281 ?x309)))
 (let ((?x313 (+ ?x310 ?x312)))
 (let ((?x127 (- b)))
 (let ((?x295 (+ f2 ?x127)))
 (let ((?x314 (* ?x295 ?x313)))
 (let ((?x293 (* ?x281 ?x292)))
 (let ((?x294 (* |g2[0]| ?x293)))
 (let ((?x315 (+ ?x294 ?x314)))
 (let ((?x321 (+ ?x315 ?x320)))
 (let ((?x172 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x171 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x173 (+ ?x171 ?x172)))
 (let ((?x138 (* f2 1.0)))
 (let ((?x137 (* 1.0 ?x127)))
 (let ((?x139 (+ ?x137 ?x138)))
 (let ((?x160 (* ?x36 ?x139)))
 (let ((?x161 (* (- (/ 1.0 2.0)) ?x160)))
 (let ((?x159 (* ?x38 ?x139)))
 (let ((?x162 (+ ?x159 ?x161)))
 (let ((?x166 (* ?x94 ?x162)))
 (let ((?x167 (- ?x166)))
 (let ((?x163 (* ?x158 ?x162)))
 (let ((?x149 (* ?x96 ?x139)))
 (let ((?x132 (* |g2[0]| 1.0)))
 (let ((?x106 (* ?x103 1.0)))
 (let ((?x130 (* f2 ?x106)))
 (let ((?x133 (+ ?x130 ?x132)))
 (let ((?x128 (* ?x106 ?x127)))
 (let ((?x134 (+ ?x128 ?x133)))
 (let ((?x148 (* ?x36 ?x134)))
 (let ((?x150 (+ ?x148 ?x149)))
 (let ((?x151 (* (- (/ 1.0 2.0)) ?x150)))
 (let ((?x146 (* ?x38 ?x134)))
 (let ((?x145 (* ?x97 ?x139)))
 (let ((?x147 (+ ?x145 ?x146)))
 (let ((?x152 (+ ?x147 ?x151)))
 (let ((?x153 (* ?x94 ?x152)))
 (let ((?x164 (+ ?x153 ?x163)))
 (let ((?x165 (* ?x35 ?x164)))
 (let ((?x168 (+ ?x165 ?x167)))
 (let ((?x169 (- ?x168)))
 (let ((?x140 (- ?x139)))
 (let ((?x141 (* 0.0 ?x140)))
 (let ((?x142 (* ?x94 ?x141)))
 (let ((?x135 (- ?x134)))
 (let ((?x136 (/ ?x135 scale)))
 (let ((?x143 (+ ?x136 ?x142)))
 (let ((?x124 (* |g2[1]| ?x106)))
 (let ((?x107 (* (/ 1.0 2.0) ?x106)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x110 (+ (- 1.0) 1.0)))
 (let ((?x111 (* (/ 1.0 2.0) ?x110)))
 (let ((?x118 (* 0.0 ?x111)))
 (let ((?x119 (+ ?x118 ?x108)))
 (let ((?x120 (* |h2[1,1]| ?x119)))
 (let ((?x115 (+ ?x111 ?x108)))
 (let ((?x116 (* |h2[0,1]| ?x115)))
 (let ((?x121 (+ ?x116 ?x120)))
 (let ((?x112 (* |h2[1,0]| ?x111)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x122 (+ ?x113 ?x121)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x144 (+ ?x125 ?x143)))
 (let ((?x170 (+ ?x144 ?x169)))
 (let ((?x174 (+ ?x170 ?x173)))
 (let ((?x282 (* ?x281 ?x174)))
 (or (and (distinct ?x282 ?x321) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!14 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!14)))
(assert
 (let (($x33 (= exp!1 z)))
 (=> (> z 0.0) $x33)))
(assert
 (= (< (/ log!25 2.0) log!14) (< exp!2 exp!1)))
(assert
 (= (< log!14 (/ log!25 2.0)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ log!25 2.0) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ log!25 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!2 exp!2) (* 2.0 pi!))))
(assert
 (= (< log!29 log!14) (< exp!3 exp!1)))
(assert
 (= (< log!14 log!29) (< exp!1 exp!3)))
(assert
 (= (< log!29 (/ log!25 2.0)) (< exp!3 exp!2)))
(assert
 (= (< (/ log!25 2.0) log!29) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!29 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!29)))
(assert
 (let (($x84 (= exp!3 scale)))
 (=> (> scale 0.0) $x84)))
(assert
 (= (< (/ (/ (* log!14 log!14) (* scale scale)) 2.0) log!14) (< exp!4 exp!1)))
(assert
 (= (< log!14 (/ (/ (* log!14 log!14) (* scale scale)) 2.0)) (< exp!1 exp!4)))
(assert
 (let ((?x42 (/ log!25 2.0)))
 (let ((?x93 (* scale scale)))
 (let ((?x179 (/ (* log!14 log!14) ?x93)))
 (let ((?x180 (/ ?x179 2.0)))
 (= (< ?x180 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x179 (/ (* log!14 log!14) ?x93)))
 (let ((?x180 (/ ?x179 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x180) (< exp!2 exp!4)))))))
(assert
 (= (< (/ (/ (* log!14 log!14) (* scale scale)) 2.0) log!29) (< exp!4 exp!3)))
(assert
 (= (< log!29 (/ (/ (* log!14 log!14) (* scale scale)) 2.0)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* log!14 log!14) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* log!14 log!14) (* scale scale)) 2.0))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!14) (< exp!5 exp!1)))
(assert
 (= (< log!14 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!1 exp!5)))
(assert
 (let ((?x42 (/ log!25 2.0)))
 (let ((?x93 (* scale scale)))
 (let ((?x208 (/ (* loc loc) ?x93)))
 (let ((?x209 (/ ?x208 2.0)))
 (= (< ?x209 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x208 (/ (* loc loc) ?x93)))
 (let ((?x209 (/ ?x208 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x209) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!29) (< exp!5 exp!3)))
(assert
 (= (< log!29 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x179 (/ (* log!14 log!14) ?x93)))
 (let ((?x180 (/ ?x179 2.0)))
 (let ((?x208 (/ (* loc loc) ?x93)))
 (let ((?x209 (/ ?x208 2.0)))
 (= (< ?x209 ?x180) (< exp!5 exp!4))))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x208 (/ (* loc loc) ?x93)))
 (let ((?x209 (/ ?x208 2.0)))
 (let ((?x179 (/ (* log!14 log!14) ?x93)))
 (let ((?x180 (/ ?x179 2.0)))
 (= (< ?x180 ?x209) (< exp!4 exp!5))))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc log!14) (* scale scale)) log!14) (< exp!6 exp!1)))
(assert
 (= (< log!14 (/ (* loc log!14) (* scale scale))) (< exp!1 exp!6)))
(assert
 (= (< (/ (* loc log!14) (* scale scale)) (/ log!25 2.0)) (< exp!6 exp!2)))
(assert
 (= (< (/ log!25 2.0) (/ (* loc log!14) (* scale scale))) (< exp!2 exp!6)))
(assert
 (= (< (/ (* loc log!14) (* scale scale)) log!29) (< exp!6 exp!3)))
(assert
 (= (< log!29 (/ (* loc log!14) (* scale scale))) (< exp!3 exp!6)))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x179 (/ (* log!14 log!14) ?x93)))
 (let ((?x180 (/ ?x179 2.0)))
 (let ((?x243 (/ (* loc log!14) ?x93)))
 (= (< ?x243 ?x180) (< exp!6 exp!4)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x243 (/ (* loc log!14) ?x93)))
 (let ((?x179 (/ (* log!14 log!14) ?x93)))
 (let ((?x180 (/ ?x179 2.0)))
 (= (< ?x180 ?x243) (< exp!4 exp!6)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x208 (/ (* loc loc) ?x93)))
 (let ((?x209 (/ ?x208 2.0)))
 (let ((?x243 (/ (* loc log!14) ?x93)))
 (= (< ?x243 ?x209) (< exp!6 exp!5)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x243 (/ (* loc log!14) ?x93)))
 (let ((?x208 (/ (* loc loc) ?x93)))
 (let ((?x209 (/ ?x208 2.0)))
 (= (< ?x209 ?x243) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!14) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!14) (* scale scale)))))
(check-sat)
(pop 1)
