; certjax: rule estimators.score_LogNormal, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun log!12 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x288 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x289 (* (/ 1.0 2.0) ?x288)))
 (let ((?x221 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x261 (* ?x221 exp!6)))
 (let ((?x290 (* ?x261 ?x289)))
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
 (let ((?x282 (* ?x261 ?x103)))
 (let ((?x286 (* |g2[0]| ?x282)))
 (let ((?x291 (+ ?x286 ?x290)))
 (let ((?x283 (* ?x103 ?x282)))
 (let ((?x263 (* 0.0 ?x94)))
 (let ((?x279 (- ?x263)))
 (let ((?x265 (/ 1.0 (* ?x93 scale))))
 (let ((?x267 (* ?x265 (- 2.0))))
 (let ((?x268 (* 0.0 ?x267)))
 (let ((?x269 (* ?x92 ?x268)))
 (let ((?x270 (+ ?x263 ?x269)))
 (let ((?x271 (+ ?x263 ?x270)))
 (let ((?x276 (* ?x38 ?x271)))
 (let ((?x274 (* ?x96 ?x97)))
 (let ((?x277 (+ ?x274 ?x276)))
 (let ((?x272 (* (- (/ 1.0 2.0)) ?x271)))
 (let ((?x273 (* ?x36 ?x272)))
 (let ((?x275 (+ ?x273 ?x274)))
 (let ((?x278 (+ ?x275 ?x277)))
 (let ((?x280 (+ ?x278 ?x279)))
 (let ((?x281 (* ?x261 ?x280)))
 (let ((?x284 (+ ?x281 ?x283)))
 (let ((?x285 (* f2 ?x284)))
 (let ((?x287 (+ ?x285 ?x286)))
 (let ((?x292 (+ ?x287 ?x291)))
 (let ((?x152 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x153 (+ ?x152 ?x152)))
 (let ((?x127 (* f2 1.0)))
 (let ((?x125 (* 0.0 1.0)))
 (let ((?x128 (+ ?x125 ?x127)))
 (let ((?x144 (* ?x36 ?x128)))
 (let ((?x145 (* (- (/ 1.0 2.0)) ?x144)))
 (let ((?x143 (* ?x38 ?x128)))
 (let ((?x146 (+ ?x143 ?x145)))
 (let ((?x147 (* 0.0 ?x146)))
 (let ((?x148 (* ?x94 ?x147)))
 (let ((?x138 (* ?x96 ?x128)))
 (let ((?x132 (* |g2[0]| 1.0)))
 (let ((?x106 (* ?x103 1.0)))
 (let ((?x131 (* f2 ?x106)))
 (let ((?x133 (+ ?x131 ?x132)))
 (let ((?x130 (* 0.0 ?x106)))
 (let ((?x134 (+ ?x130 ?x133)))
 (let ((?x137 (* ?x36 ?x134)))
 (let ((?x139 (+ ?x137 ?x138)))
 (let ((?x140 (* (- (/ 1.0 2.0)) ?x139)))
 (let ((?x135 (* ?x38 ?x134)))
 (let ((?x129 (* ?x97 ?x128)))
 (let ((?x136 (+ ?x129 ?x135)))
 (let ((?x141 (+ ?x136 ?x140)))
 (let ((?x142 (/ ?x141 scale)))
 (let ((?x149 (+ ?x142 ?x148)))
 (let ((?x150 (- ?x149)))
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
 (let ((?x151 (+ ?x124 ?x150)))
 (let ((?x154 (+ ?x151 ?x153)))
 (let ((?x262 (* ?x261 ?x154)))
 (or (and (distinct ?x262 ?x292) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x159 (/ (* log!12 log!12) ?x93)))
 (let ((?x160 (/ ?x159 2.0)))
 (= (< ?x160 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x159 (/ (* log!12 log!12) ?x93)))
 (let ((?x160 (/ ?x159 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x160) (< exp!2 exp!4)))))))
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
 (let ((?x188 (/ (* loc loc) ?x93)))
 (let ((?x189 (/ ?x188 2.0)))
 (= (< ?x189 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x188 (/ (* loc loc) ?x93)))
 (let ((?x189 (/ ?x188 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x189) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!5 exp!3)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x159 (/ (* log!12 log!12) ?x93)))
 (let ((?x160 (/ ?x159 2.0)))
 (let ((?x188 (/ (* loc loc) ?x93)))
 (let ((?x189 (/ ?x188 2.0)))
 (= (< ?x189 ?x160) (< exp!5 exp!4))))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x188 (/ (* loc loc) ?x93)))
 (let ((?x189 (/ ?x188 2.0)))
 (let ((?x159 (/ (* log!12 log!12) ?x93)))
 (let ((?x160 (/ ?x159 2.0)))
 (= (< ?x160 ?x189) (< exp!4 exp!5))))))))
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
 (let ((?x159 (/ (* log!12 log!12) ?x93)))
 (let ((?x160 (/ ?x159 2.0)))
 (let ((?x223 (/ (* loc log!12) ?x93)))
 (= (< ?x223 ?x160) (< exp!6 exp!4)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x223 (/ (* loc log!12) ?x93)))
 (let ((?x159 (/ (* log!12 log!12) ?x93)))
 (let ((?x160 (/ ?x159 2.0)))
 (= (< ?x160 ?x223) (< exp!4 exp!6)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x188 (/ (* loc loc) ?x93)))
 (let ((?x189 (/ ?x188 2.0)))
 (let ((?x223 (/ (* loc log!12) ?x93)))
 (= (< ?x223 ?x189) (< exp!6 exp!5)))))))
(assert
 (let ((?x93 (* scale scale)))
 (let ((?x223 (/ (* loc log!12) ?x93)))
 (let ((?x188 (/ (* loc loc) ?x93)))
 (let ((?x189 (/ ?x188 2.0)))
 (= (< ?x189 ?x223) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!12) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!12) (* scale scale)))))
(check-sat)
(pop 1)
