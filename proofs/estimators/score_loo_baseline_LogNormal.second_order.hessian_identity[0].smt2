; certjax: rule estimators.score_loo_baseline_LogNormal, obligation 'second_order.hessian_identity[0]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun loc () Real)
(declare-fun log!14 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x291 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x292 (* (/ 1.0 2.0) ?x291)))
 (let ((?x223 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x263 (* ?x223 exp!6)))
 (let ((?x293 (* ?x263 ?x292)))
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
 (let ((?x284 (* ?x263 ?x103)))
 (let ((?x289 (* |g2[0]| ?x284)))
 (let ((?x294 (+ ?x289 ?x293)))
 (let ((?x126 (- b)))
 (let ((?x287 (+ f2 ?x126)))
 (let ((?x285 (* ?x103 ?x284)))
 (let ((?x265 (* 0.0 ?x94)))
 (let ((?x281 (- ?x265)))
 (let ((?x267 (/ 1.0 (* ?x93 scale))))
 (let ((?x269 (* ?x267 (- 2.0))))
 (let ((?x270 (* 0.0 ?x269)))
 (let ((?x271 (* ?x92 ?x270)))
 (let ((?x272 (+ ?x265 ?x271)))
 (let ((?x273 (+ ?x265 ?x272)))
 (let ((?x278 (* ?x38 ?x273)))
 (let ((?x276 (* ?x96 ?x97)))
 (let ((?x279 (+ ?x276 ?x278)))
 (let ((?x274 (* (- (/ 1.0 2.0)) ?x273)))
 (let ((?x275 (* ?x36 ?x274)))
 (let ((?x277 (+ ?x275 ?x276)))
 (let ((?x280 (+ ?x277 ?x279)))
 (let ((?x282 (+ ?x280 ?x281)))
 (let ((?x283 (* ?x263 ?x282)))
 (let ((?x286 (+ ?x283 ?x285)))
 (let ((?x288 (* ?x286 ?x287)))
 (let ((?x290 (+ ?x288 ?x289)))
 (let ((?x295 (+ ?x290 ?x294)))
 (let ((?x154 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x155 (+ ?x154 ?x154)))
 (let ((?x129 (* f2 1.0)))
 (let ((?x127 (* 1.0 ?x126)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x146 (* ?x36 ?x130)))
 (let ((?x147 (* (- (/ 1.0 2.0)) ?x146)))
 (let ((?x145 (* ?x38 ?x130)))
 (let ((?x148 (+ ?x145 ?x147)))
 (let ((?x149 (* 0.0 ?x148)))
 (let ((?x150 (* ?x94 ?x149)))
 (let ((?x140 (* ?x96 ?x130)))
 (let ((?x134 (* |g2[0]| 1.0)))
 (let ((?x106 (* ?x103 1.0)))
 (let ((?x133 (* f2 ?x106)))
 (let ((?x135 (+ ?x133 ?x134)))
 (let ((?x132 (* ?x106 ?x126)))
 (let ((?x136 (+ ?x132 ?x135)))
 (let ((?x139 (* ?x36 ?x136)))
 (let ((?x141 (+ ?x139 ?x140)))
 (let ((?x142 (* (- (/ 1.0 2.0)) ?x141)))
 (let ((?x137 (* ?x38 ?x136)))
 (let ((?x131 (* ?x97 ?x130)))
 (let ((?x138 (+ ?x131 ?x137)))
 (let ((?x143 (+ ?x138 ?x142)))
 (let ((?x144 (/ ?x143 scale)))
 (let ((?x151 (+ ?x144 ?x150)))
 (let ((?x152 (- ?x151)))
 (let ((?x123 (* |g2[0]| ?x106)))
 (let ((?x107 (* (/ 1.0 2.0) ?x106)))
 (let ((?x108 (* 0.0 ?x107)))
 (let ((?x110 (+ (- 1.0) 1.0)))
 (let ((?x111 (* (/ 1.0 2.0) ?x110)))
 (let ((?x117 (* 0.0 ?x111)))
 (let ((?x118 (+ ?x117 ?x108)))
 (let ((?x119 (* |h2[1,0]| ?x118)))
 (let ((?x114 (+ ?x111 ?x108)))
 (let ((?x115 (* |h2[0,0]| ?x114)))
 (let ((?x120 (+ ?x115 ?x119)))
 (let ((?x112 (* |h2[0,0]| ?x111)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x121 (+ ?x113 ?x120)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x153 (+ ?x124 ?x152)))
 (let ((?x156 (+ ?x153 ?x155)))
 (let ((?x264 (* ?x263 ?x156)))
 (or (and (distinct ?x264 ?x295) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x161 (/ (* log!14 log!14) ?x93)))
 (let ((?x162 (/ ?x161 2.0)))
 (= (< ?x162 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x161 (/ (* log!14 log!14) ?x93)))
 (let ((?x162 (/ ?x161 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x162) (< exp!2 exp!4)))))))
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
 (let ((?x190 (/ (* loc loc) ?x93)))
 (let ((?x191 (/ ?x190 2.0)))
 (= (< ?x191 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x190 (/ (* loc loc) ?x93)))
 (let ((?x191 (/ ?x190 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x191) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!29) (< exp!5 exp!3)))
(assert
 (= (< log!29 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x161 (/ (* log!14 log!14) ?x93)))
 (let ((?x162 (/ ?x161 2.0)))
 (let ((?x190 (/ (* loc loc) ?x93)))
 (let ((?x191 (/ ?x190 2.0)))
 (= (< ?x191 ?x162) (< exp!5 exp!4))))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x190 (/ (* loc loc) ?x93)))
 (let ((?x191 (/ ?x190 2.0)))
 (let ((?x161 (/ (* log!14 log!14) ?x93)))
 (let ((?x162 (/ ?x161 2.0)))
 (= (< ?x162 ?x191) (< exp!4 exp!5))))))))
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
 (let ((?x161 (/ (* log!14 log!14) ?x93)))
 (let ((?x162 (/ ?x161 2.0)))
 (let ((?x225 (/ (* loc log!14) ?x93)))
 (= (< ?x225 ?x162) (< exp!6 exp!4)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x225 (/ (* loc log!14) ?x93)))
 (let ((?x161 (/ (* log!14 log!14) ?x93)))
 (let ((?x162 (/ ?x161 2.0)))
 (= (< ?x162 ?x225) (< exp!4 exp!6)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x190 (/ (* loc loc) ?x93)))
 (let ((?x191 (/ ?x190 2.0)))
 (let ((?x225 (/ (* loc log!14) ?x93)))
 (= (< ?x225 ?x191) (< exp!6 exp!5)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x225 (/ (* loc log!14) ?x93)))
 (let ((?x190 (/ (* loc loc) ?x93)))
 (let ((?x191 (/ ?x190 2.0)))
 (= (< ?x191 ?x225) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!14) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!14) (* scale scale)))))
(check-sat)
(pop 1)
