; certjax: rule estimators.score_LogNormal, obligation 'second_order.hessian_identity[2]', verdict proved
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
(declare-fun log!12 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!23 () Real)
(declare-fun log!27 () Real)
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
 (let ((?x314 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x315 (* (/ 1.0 2.0) ?x314)))
 (let ((?x239 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x279 (* ?x239 exp!6)))
 (let ((?x316 (* ?x279 ?x315)))
 (let ((?x101 (/ 0.0 scale)))
 (let ((?x102 (- ?x101)))
 (let ((?x93 (* scale scale)))
 (let ((?x94 (/ 1.0 ?x93)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
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
 (let ((?x308 (* ?x279 ?x103)))
 (let ((?x313 (* |g2[1]| ?x308)))
 (let ((?x317 (+ ?x313 ?x316)))
 (let ((?x288 (/ 1.0 scale)))
 (let ((?x289 (- ?x288)))
 (let ((?x281 (- ?x35)))
 (let ((?x282 (* ?x281 ?x94)))
 (let ((?x283 (+ ?x101 ?x282)))
 (let ((?x286 (* ?x38 ?x283)))
 (let ((?x284 (* (- (/ 1.0 2.0)) ?x283)))
 (let ((?x285 (* ?x36 ?x284)))
 (let ((?x287 (+ ?x285 ?x286)))
 (let ((?x290 (+ ?x287 ?x289)))
 (let ((?x309 (* ?x290 ?x308)))
 (let ((?x153 (/ 1.0 (* ?x93 scale))))
 (let ((?x155 (* ?x153 (- 2.0))))
 (let ((?x156 (* 0.0 ?x155)))
 (let ((?x296 (* ?x281 ?x156)))
 (let ((?x297 (+ ?x94 ?x296)))
 (let ((?x293 (* 0.0 ?x94)))
 (let ((?x298 (+ ?x293 ?x297)))
 (let ((?x303 (* ?x38 ?x298)))
 (let ((?x302 (* ?x283 ?x97)))
 (let ((?x304 (+ ?x302 ?x303)))
 (let ((?x299 (* (- (/ 1.0 2.0)) ?x298)))
 (let ((?x300 (* ?x36 ?x299)))
 (let ((?x295 (* ?x96 ?x284)))
 (let ((?x301 (+ ?x295 ?x300)))
 (let ((?x305 (+ ?x301 ?x304)))
 (let ((?x294 (- ?x293)))
 (let ((?x306 (+ ?x294 ?x305)))
 (let ((?x307 (* ?x279 ?x306)))
 (let ((?x310 (+ ?x307 ?x309)))
 (let ((?x311 (* f2 ?x310)))
 (let ((?x291 (* ?x279 ?x290)))
 (let ((?x292 (* |g2[0]| ?x291)))
 (let ((?x312 (+ ?x292 ?x311)))
 (let ((?x318 (+ ?x312 ?x317)))
 (let ((?x170 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x169 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x171 (+ ?x169 ?x170)))
 (let ((?x136 (* f2 1.0)))
 (let ((?x135 (* 0.0 1.0)))
 (let ((?x137 (+ ?x135 ?x136)))
 (let ((?x158 (* ?x36 ?x137)))
 (let ((?x159 (* (- (/ 1.0 2.0)) ?x158)))
 (let ((?x157 (* ?x38 ?x137)))
 (let ((?x160 (+ ?x157 ?x159)))
 (let ((?x164 (* ?x94 ?x160)))
 (let ((?x165 (- ?x164)))
 (let ((?x161 (* ?x156 ?x160)))
 (let ((?x147 (* ?x96 ?x137)))
 (let ((?x130 (* |g2[0]| 1.0)))
 (let ((?x106 (* ?x103 1.0)))
 (let ((?x128 (* f2 ?x106)))
 (let ((?x131 (+ ?x128 ?x130)))
 (let ((?x126 (* 0.0 ?x106)))
 (let ((?x132 (+ ?x126 ?x131)))
 (let ((?x146 (* ?x36 ?x132)))
 (let ((?x148 (+ ?x146 ?x147)))
 (let ((?x149 (* (- (/ 1.0 2.0)) ?x148)))
 (let ((?x144 (* ?x38 ?x132)))
 (let ((?x143 (* ?x97 ?x137)))
 (let ((?x145 (+ ?x143 ?x144)))
 (let ((?x150 (+ ?x145 ?x149)))
 (let ((?x151 (* ?x94 ?x150)))
 (let ((?x162 (+ ?x151 ?x161)))
 (let ((?x163 (* ?x35 ?x162)))
 (let ((?x166 (+ ?x163 ?x165)))
 (let ((?x167 (- ?x166)))
 (let ((?x138 (- ?x137)))
 (let ((?x139 (* 0.0 ?x138)))
 (let ((?x140 (* ?x94 ?x139)))
 (let ((?x133 (- ?x132)))
 (let ((?x134 (/ ?x133 scale)))
 (let ((?x141 (+ ?x134 ?x140)))
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
 (let ((?x142 (+ ?x125 ?x141)))
 (let ((?x168 (+ ?x142 ?x167)))
 (let ((?x172 (+ ?x168 ?x171)))
 (let ((?x280 (* ?x279 ?x172)))
 (or (and (distinct ?x280 ?x318) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!12 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!12)))
(assert
 (let (($x33 (= exp!1 z)))
 (=> (> z 0.0) $x33)))
(assert
 (= (< (/ log!23 2.0) log!12) (< exp!2 exp!1)))
(assert
 (= (< log!12 (/ log!23 2.0)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ log!23 2.0) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ log!23 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!2 exp!2) (* 2.0 pi!))))
(assert
 (= (< log!27 log!12) (< exp!3 exp!1)))
(assert
 (= (< log!12 log!27) (< exp!1 exp!3)))
(assert
 (= (< log!27 (/ log!23 2.0)) (< exp!3 exp!2)))
(assert
 (= (< (/ log!23 2.0) log!27) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!27 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!27)))
(assert
 (let (($x84 (= exp!3 scale)))
 (=> (> scale 0.0) $x84)))
(assert
 (= (< (/ (/ (* log!12 log!12) (* scale scale)) 2.0) log!12) (< exp!4 exp!1)))
(assert
 (= (< log!12 (/ (/ (* log!12 log!12) (* scale scale)) 2.0)) (< exp!1 exp!4)))
(assert
 (let ((?x42 (/ log!23 2.0)))
 (let ((?x93 (* scale scale)))
 (let ((?x177 (/ (* log!12 log!12) ?x93)))
 (let ((?x178 (/ ?x177 2.0)))
 (= (< ?x178 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x177 (/ (* log!12 log!12) ?x93)))
 (let ((?x178 (/ ?x177 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x178) (< exp!2 exp!4)))))))
(assert
 (= (< (/ (/ (* log!12 log!12) (* scale scale)) 2.0) log!27) (< exp!4 exp!3)))
(assert
 (= (< log!27 (/ (/ (* log!12 log!12) (* scale scale)) 2.0)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* log!12 log!12) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* log!12 log!12) (* scale scale)) 2.0))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!12) (< exp!5 exp!1)))
(assert
 (= (< log!12 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!1 exp!5)))
(assert
 (let ((?x42 (/ log!23 2.0)))
 (let ((?x93 (* scale scale)))
 (let ((?x206 (/ (* loc loc) ?x93)))
 (let ((?x207 (/ ?x206 2.0)))
 (= (< ?x207 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x206 (/ (* loc loc) ?x93)))
 (let ((?x207 (/ ?x206 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x207) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!5 exp!3)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x177 (/ (* log!12 log!12) ?x93)))
 (let ((?x178 (/ ?x177 2.0)))
 (let ((?x206 (/ (* loc loc) ?x93)))
 (let ((?x207 (/ ?x206 2.0)))
 (= (< ?x207 ?x178) (< exp!5 exp!4))))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x206 (/ (* loc loc) ?x93)))
 (let ((?x207 (/ ?x206 2.0)))
 (let ((?x177 (/ (* log!12 log!12) ?x93)))
 (let ((?x178 (/ ?x177 2.0)))
 (= (< ?x178 ?x207) (< exp!4 exp!5))))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc log!12) (* scale scale)) log!12) (< exp!6 exp!1)))
(assert
 (= (< log!12 (/ (* loc log!12) (* scale scale))) (< exp!1 exp!6)))
(assert
 (= (< (/ (* loc log!12) (* scale scale)) (/ log!23 2.0)) (< exp!6 exp!2)))
(assert
 (= (< (/ log!23 2.0) (/ (* loc log!12) (* scale scale))) (< exp!2 exp!6)))
(assert
 (= (< (/ (* loc log!12) (* scale scale)) log!27) (< exp!6 exp!3)))
(assert
 (= (< log!27 (/ (* loc log!12) (* scale scale))) (< exp!3 exp!6)))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x177 (/ (* log!12 log!12) ?x93)))
 (let ((?x178 (/ ?x177 2.0)))
 (let ((?x241 (/ (* loc log!12) ?x93)))
 (= (< ?x241 ?x178) (< exp!6 exp!4)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x241 (/ (* loc log!12) ?x93)))
 (let ((?x177 (/ (* log!12 log!12) ?x93)))
 (let ((?x178 (/ ?x177 2.0)))
 (= (< ?x178 ?x241) (< exp!4 exp!6)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x206 (/ (* loc loc) ?x93)))
 (let ((?x207 (/ ?x206 2.0)))
 (let ((?x241 (/ (* loc log!12) ?x93)))
 (= (< ?x241 ?x207) (< exp!6 exp!5)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x241 (/ (* loc log!12) ?x93)))
 (let ((?x206 (/ (* loc loc) ?x93)))
 (let ((?x207 (/ ?x206 2.0)))
 (= (< ?x207 ?x241) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!12) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!12) (* scale scale)))))
(check-sat)
(pop 1)
