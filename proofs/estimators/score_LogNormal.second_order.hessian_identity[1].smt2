; certjax: rule estimators.score_LogNormal, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x303 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x304 (* (/ 1.0 2.0) ?x303)))
 (let ((?x224 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x264 (* ?x224 exp!6)))
 (let ((?x305 (* ?x264 ?x304)))
 (let ((?x100 (/ 1.0 scale)))
 (let ((?x101 (- ?x100)))
 (let ((?x92 (* scale scale)))
 (let ((?x93 (/ 1.0 ?x92)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x91 (- ?x35)))
 (let ((?x94 (* ?x91 ?x93)))
 (let ((?x90 (/ 0.0 scale)))
 (let ((?x95 (+ ?x90 ?x94)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x38 (* ?x36 (- (/ 1.0 2.0)))))
 (let ((?x98 (* ?x38 ?x95)))
 (let ((?x96 (* (- (/ 1.0 2.0)) ?x95)))
 (let ((?x97 (* ?x36 ?x96)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x102 (+ ?x99 ?x101)))
 (let ((?x295 (* ?x264 ?x102)))
 (let ((?x302 (* |g2[0]| ?x295)))
 (let ((?x306 (+ ?x302 ?x305)))
 (let ((?x293 (- ?x90)))
 (let ((?x268 (* ?x35 0.0)))
 (let ((?x279 (* ?x268 ?x93)))
 (let ((?x278 (/ (- 1.0) scale)))
 (let ((?x280 (+ ?x278 ?x279)))
 (let ((?x291 (* ?x38 ?x280)))
 (let ((?x281 (* (- (/ 1.0 2.0)) ?x280)))
 (let ((?x290 (* ?x36 ?x281)))
 (let ((?x292 (+ ?x290 ?x291)))
 (let ((?x294 (+ ?x292 ?x293)))
 (let ((?x299 (* ?x264 ?x294)))
 (let ((?x300 (* |g2[1]| ?x299)))
 (let ((?x296 (* ?x294 ?x295)))
 (let ((?x270 (/ 1.0 (* ?x92 scale))))
 (let ((?x272 (* ?x270 (- 2.0))))
 (let ((?x273 (* ?x268 ?x272)))
 (let ((?x266 (* 0.0 ?x93)))
 (let ((?x274 (+ ?x266 ?x273)))
 (let ((?x275 (+ ?x93 ?x274)))
 (let ((?x285 (* ?x38 ?x275)))
 (let ((?x284 (* ?x280 ?x96)))
 (let ((?x286 (+ ?x284 ?x285)))
 (let ((?x282 (* ?x95 ?x281)))
 (let ((?x276 (* (- (/ 1.0 2.0)) ?x275)))
 (let ((?x277 (* ?x36 ?x276)))
 (let ((?x283 (+ ?x277 ?x282)))
 (let ((?x287 (+ ?x283 ?x286)))
 (let ((?x267 (- ?x266)))
 (let ((?x288 (+ ?x267 ?x287)))
 (let ((?x289 (* ?x264 ?x288)))
 (let ((?x297 (+ ?x289 ?x296)))
 (let ((?x298 (* f2 ?x297)))
 (let ((?x301 (+ ?x298 ?x300)))
 (let ((?x307 (+ ?x301 ?x306)))
 (let ((?x155 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x154 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x156 (+ ?x154 ?x155)))
 (let ((?x128 (* f2 1.0)))
 (let ((?x126 (* 0.0 1.0)))
 (let ((?x129 (+ ?x126 ?x128)))
 (let ((?x146 (* ?x36 ?x129)))
 (let ((?x147 (* (- (/ 1.0 2.0)) ?x146)))
 (let ((?x145 (* ?x38 ?x129)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x149 (- ?x148)))
 (let ((?x150 (* ?x93 ?x149)))
 (let ((?x140 (* ?x95 ?x129)))
 (let ((?x134 (* |g2[1]| 1.0)))
 (let ((?x105 (* ?x102 1.0)))
 (let ((?x132 (* f2 ?x105)))
 (let ((?x135 (+ ?x132 ?x134)))
 (let ((?x131 (* 0.0 ?x105)))
 (let ((?x136 (+ ?x131 ?x135)))
 (let ((?x139 (* ?x36 ?x136)))
 (let ((?x141 (+ ?x139 ?x140)))
 (let ((?x142 (* (- (/ 1.0 2.0)) ?x141)))
 (let ((?x137 (* ?x38 ?x136)))
 (let ((?x130 (* ?x96 ?x129)))
 (let ((?x138 (+ ?x130 ?x137)))
 (let ((?x143 (+ ?x138 ?x142)))
 (let ((?x144 (/ ?x143 scale)))
 (let ((?x151 (+ ?x144 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x124 (* |g2[0]| ?x105)))
 (let ((?x106 (* (/ 1.0 2.0) ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x110 (+ (- 1.0) 1.0)))
 (let ((?x111 (* (/ 1.0 2.0) ?x110)))
 (let ((?x119 (+ ?x111 ?x107)))
 (let ((?x120 (* |h2[1,0]| ?x119)))
 (let ((?x115 (* 0.0 ?x111)))
 (let ((?x116 (+ ?x115 ?x107)))
 (let ((?x117 (* |h2[0,0]| ?x116)))
 (let ((?x121 (+ ?x117 ?x120)))
 (let ((?x112 (* |h2[0,1]| ?x111)))
 (let ((?x113 (+ ?x107 ?x112)))
 (let ((?x122 (+ ?x113 ?x121)))
 (let ((?x125 (+ ?x122 ?x124)))
 (let ((?x153 (+ ?x125 ?x152)))
 (let ((?x157 (+ ?x153 ?x156)))
 (let ((?x265 (* ?x264 ?x157)))
 (or (and (distinct ?x265 ?x307) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x92 (* scale scale)))
 (let ((?x162 (/ (* log!12 log!12) ?x92)))
 (let ((?x163 (/ ?x162 2.0)))
 (= (< ?x163 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x162 (/ (* log!12 log!12) ?x92)))
 (let ((?x163 (/ ?x162 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x163) (< exp!2 exp!4)))))))
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
 (let ((?x92 (* scale scale)))
 (let ((?x191 (/ (* loc loc) ?x92)))
 (let ((?x192 (/ ?x191 2.0)))
 (= (< ?x192 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x191 (/ (* loc loc) ?x92)))
 (let ((?x192 (/ ?x191 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x192) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!5 exp!3)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x162 (/ (* log!12 log!12) ?x92)))
 (let ((?x163 (/ ?x162 2.0)))
 (let ((?x191 (/ (* loc loc) ?x92)))
 (let ((?x192 (/ ?x191 2.0)))
 (= (< ?x192 ?x163) (< exp!5 exp!4))))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x191 (/ (* loc loc) ?x92)))
 (let ((?x192 (/ ?x191 2.0)))
 (let ((?x162 (/ (* log!12 log!12) ?x92)))
 (let ((?x163 (/ ?x162 2.0)))
 (= (< ?x163 ?x192) (< exp!4 exp!5))))))))
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
 (let ((?x92 (* scale scale)))
 (let ((?x162 (/ (* log!12 log!12) ?x92)))
 (let ((?x163 (/ ?x162 2.0)))
 (let ((?x226 (/ (* loc log!12) ?x92)))
 (= (< ?x226 ?x163) (< exp!6 exp!4)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x226 (/ (* loc log!12) ?x92)))
 (let ((?x162 (/ (* log!12 log!12) ?x92)))
 (let ((?x163 (/ ?x162 2.0)))
 (= (< ?x163 ?x226) (< exp!4 exp!6)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x191 (/ (* loc loc) ?x92)))
 (let ((?x192 (/ ?x191 2.0)))
 (let ((?x226 (/ (* loc log!12) ?x92)))
 (= (< ?x226 ?x192) (< exp!6 exp!5)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x226 (/ (* loc log!12) ?x92)))
 (let ((?x191 (/ (* loc loc) ?x92)))
 (let ((?x192 (/ ?x191 2.0)))
 (= (< ?x192 ?x226) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!12) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!12) (* scale scale)))))
(check-sat)
(pop 1)
