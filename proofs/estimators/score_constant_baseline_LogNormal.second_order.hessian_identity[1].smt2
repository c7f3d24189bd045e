; certjax: rule estimators.score_constant_baseline_LogNormal, obligation 'second_order.hessian_identity[1]', verdict proved
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
(declare-fun log!13 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!24 () Real)
(declare-fun log!28 () Real)
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
 (let ((?x306 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x307 (* (/ 1.0 2.0) ?x306)))
 (let ((?x226 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x266 (* ?x226 exp!6)))
 (let ((?x308 (* ?x266 ?x307)))
 (let ((?x100 (/ 1.0 scale)))
 (let ((?x101 (- ?x100)))
 (let ((?x92 (* scale scale)))
 (let ((?x93 (/ 1.0 ?x92)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!13 ?x22)))
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
 (let ((?x298 (* ?x266 ?x102)))
 (let ((?x305 (* |g2[0]| ?x298)))
 (let ((?x309 (+ ?x305 ?x308)))
 (let ((?x296 (- ?x90)))
 (let ((?x271 (* ?x35 0.0)))
 (let ((?x282 (* ?x271 ?x93)))
 (let ((?x281 (/ (- 1.0) scale)))
 (let ((?x283 (+ ?x281 ?x282)))
 (let ((?x294 (* ?x38 ?x283)))
 (let ((?x284 (* (- (/ 1.0 2.0)) ?x283)))
 (let ((?x293 (* ?x36 ?x284)))
 (let ((?x295 (+ ?x293 ?x294)))
 (let ((?x297 (+ ?x295 ?x296)))
 (let ((?x302 (* ?x266 ?x297)))
 (let ((?x303 (* |g2[1]| ?x302)))
 (let ((?x299 (* ?x297 ?x298)))
 (let ((?x273 (/ 1.0 (* ?x92 scale))))
 (let ((?x275 (* ?x273 (- 2.0))))
 (let ((?x276 (* ?x271 ?x275)))
 (let ((?x269 (* 0.0 ?x93)))
 (let ((?x277 (+ ?x269 ?x276)))
 (let ((?x278 (+ ?x93 ?x277)))
 (let ((?x288 (* ?x38 ?x278)))
 (let ((?x287 (* ?x283 ?x96)))
 (let ((?x289 (+ ?x287 ?x288)))
 (let ((?x285 (* ?x95 ?x284)))
 (let ((?x279 (* (- (/ 1.0 2.0)) ?x278)))
 (let ((?x280 (* ?x36 ?x279)))
 (let ((?x286 (+ ?x280 ?x285)))
 (let ((?x290 (+ ?x286 ?x289)))
 (let ((?x270 (- ?x269)))
 (let ((?x291 (+ ?x270 ?x290)))
 (let ((?x292 (* ?x266 ?x291)))
 (let ((?x300 (+ ?x292 ?x299)))
 (let ((?x127 (- b)))
 (let ((?x268 (+ f2 ?x127)))
 (let ((?x301 (* ?x268 ?x300)))
 (let ((?x304 (+ ?x301 ?x303)))
 (let ((?x310 (+ ?x304 ?x309)))
 (let ((?x157 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x156 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x158 (+ ?x156 ?x157)))
 (let ((?x130 (* f2 1.0)))
 (let ((?x128 (* 1.0 ?x127)))
 (let ((?x131 (+ ?x128 ?x130)))
 (let ((?x148 (* ?x36 ?x131)))
 (let ((?x149 (* (- (/ 1.0 2.0)) ?x148)))
 (let ((?x147 (* ?x38 ?x131)))
 (let ((?x150 (+ ?x147 ?x149)))
 (let ((?x151 (- ?x150)))
 (let ((?x152 (* ?x93 ?x151)))
 (let ((?x142 (* ?x95 ?x131)))
 (let ((?x136 (* |g2[1]| 1.0)))
 (let ((?x105 (* ?x102 1.0)))
 (let ((?x134 (* f2 ?x105)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x133 (* ?x105 ?x127)))
 (let ((?x138 (+ ?x133 ?x137)))
 (let ((?x141 (* ?x36 ?x138)))
 (let ((?x143 (+ ?x141 ?x142)))
 (let ((?x144 (* (- (/ 1.0 2.0)) ?x143)))
 (let ((?x139 (* ?x38 ?x138)))
 (let ((?x132 (* ?x96 ?x131)))
 (let ((?x140 (+ ?x132 ?x139)))
 (let ((?x145 (+ ?x140 ?x144)))
 (let ((?x146 (/ ?x145 scale)))
 (let ((?x153 (+ ?x146 ?x152)))
 (let ((?x154 (- ?x153)))
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
 (let ((?x155 (+ ?x125 ?x154)))
 (let ((?x159 (+ ?x155 ?x158)))
 (let ((?x267 (* ?x266 ?x159)))
 (or (and (distinct ?x267 ?x310) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (< (/ 314159265358979.0 100000000000000.0) pi!))
(assert
 (> (/ 15707963267949.0 5000000000000.0) pi!))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!13 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!13)))
(assert
 (let (($x33 (= exp!1 z)))
 (=> (> z 0.0) $x33)))
(assert
 (= (< (/ log!24 2.0) log!13) (< exp!2 exp!1)))
(assert
 (= (< log!13 (/ log!24 2.0)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ log!24 2.0) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ log!24 2.0))))
(assert
 (=> (> (* 2.0 pi!) 0.0) (= (* exp!2 exp!2) (* 2.0 pi!))))
(assert
 (= (< log!28 log!13) (< exp!3 exp!1)))
(assert
 (= (< log!13 log!28) (< exp!1 exp!3)))
(assert
 (= (< log!28 (/ log!24 2.0)) (< exp!3 exp!2)))
(assert
 (= (< (/ log!24 2.0) log!28) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!28 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!28)))
(assert
 (let (($x84 (= exp!3 scale)))
 (=> (> scale 0.0) $x84)))
(assert
 (= (< (/ (/ (* log!13 log!13) (* scale scale)) 2.0) log!13) (< exp!4 exp!1)))
(assert
 (= (< log!13 (/ (/ (* log!13 log!13) (* scale scale)) 2.0)) (< exp!1 exp!4)))
(assert
 (let ((?x42 (/ log!24 2.0)))
 (let ((?x92 (* scale scale)))
 (let ((?x164 (/ (* log!13 log!13) ?x92)))
 (let ((?x165 (/ ?x164 2.0)))
 (= (< ?x165 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x164 (/ (* log!13 log!13) ?x92)))
 (let ((?x165 (/ ?x164 2.0)))
 (let ((?x42 (/ log!24 2.0)))
 (= (< ?x42 ?x165) (< exp!2 exp!4)))))))
(assert
 (= (< (/ (/ (* log!13 log!13) (* scale scale)) 2.0) log!28) (< exp!4 exp!3)))
(assert
 (= (< log!28 (/ (/ (* log!13 log!13) (* scale scale)) 2.0)) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> (/ (/ (* log!13 log!13) (* scale scale)) 2.0) 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 (/ (/ (* log!13 log!13) (* scale scale)) 2.0))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!13) (< exp!5 exp!1)))
(assert
 (= (< log!13 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!1 exp!5)))
(assert
 (let ((?x42 (/ log!24 2.0)))
 (let ((?x92 (* scale scale)))
 (let ((?x193 (/ (* loc loc) ?x92)))
 (let ((?x194 (/ ?x193 2.0)))
 (= (< ?x194 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x193 (/ (* loc loc) ?x92)))
 (let ((?x194 (/ ?x193 2.0)))
 (let ((?x42 (/ log!24 2.0)))
 (= (< ?x42 ?x194) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!28) (< exp!5 exp!3)))
(assert
 (= (< log!28 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x164 (/ (* log!13 log!13) ?x92)))
 (let ((?x165 (/ ?x164 2.0)))
 (let ((?x193 (/ (* loc loc) ?x92)))
 (let ((?x194 (/ ?x193 2.0)))
 (= (< ?x194 ?x165) (< exp!5 exp!4))))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x193 (/ (* loc loc) ?x92)))
 (let ((?x194 (/ ?x193 2.0)))
 (let ((?x164 (/ (* log!13 log!13) ?x92)))
 (let ((?x165 (/ ?x164 2.0)))
 (= (< ?x165 ?x194) (< exp!4 exp!5))))))))
(assert
 (> exp!5 0.0))
(assert
 (= (> (/ (/ (* loc loc) (* scale scale)) 2.0) 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 (/ (/ (* loc loc) (* scale scale)) 2.0))))
(assert
 (= (< (/ (* loc log!13) (* scale scale)) log!13) (< exp!6 exp!1)))
(assert
 (= (< log!13 (/ (* loc log!13) (* scale scale))) (< exp!1 exp!6)))
(assert
 (= (< (/ (* loc log!13) (* scale scale)) (/ log!24 2.0)) (< exp!6 exp!2)))
(assert
 (= (< (/ log!24 2.0) (/ (* loc log!13) (* scale scale))) (< exp!2 exp!6)))
(assert
 (= (< (/ (* loc log!13) (* scale scale)) log!28) (< exp!6 exp!3)))
(assert
 (= (< log!28 (/ (* loc log!13) (* scale scale))) (< exp!3 exp!6)))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x164 (/ (* log!13 log!13) ?x92)))
 (let ((?x165 (/ ?x164 2.0)))
 (let ((?x228 (/ (* loc log!13) ?x92)))
 (= (< ?x228 ?x165) (< exp!6 exp!4)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x228 (/ (* loc log!13) ?x92)))
 (let ((?x164 (/ (* log!13 log!13) ?x92)))
 (let ((?x165 (/ ?x164 2.0)))
 (= (< ?x165 ?x228) (< exp!4 exp!6)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x193 (/ (* loc loc) ?x92)))
 (let ((?x194 (/ ?x193 2.0)))
 (let ((?x228 (/ (* loc log!13) ?x92)))
 (= (< ?x228 ?x194) (< exp!6 exp!5)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x228 (/ (* loc log!13) ?x92)))
 (let ((?x193 (/ (* loc loc) ?x92)))
 (let ((?x194 (/ ?x193 2.0)))
 (= (< ?x194 ?x228) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!13) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!13) (* scale scale)))))
(check-sat)
(pop 1)
