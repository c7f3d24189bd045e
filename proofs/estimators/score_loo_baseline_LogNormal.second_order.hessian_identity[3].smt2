; certjax: rule estimators.score_loo_baseline_LogNormal, obligation 'second_order.hessian_identity[3]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun z () Real)
(declare-fun scale () Real)
(declare-fun pi! () Real)
(declare-fun |h2[1,1]| () Real)
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
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x297 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x298 (* (/ 1.0 2.0) ?x297)))
 (let ((?x235 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x275 (* ?x235 exp!6)))
 (let ((?x299 (* ?x275 ?x298)))
 (let ((?x100 (/ 1.0 scale)))
 (let ((?x101 (- ?x100)))
 (let ((?x92 (* scale scale)))
 (let ((?x93 (/ 1.0 ?x92)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!14 ?x22)))
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
 (let ((?x291 (* ?x275 ?x102)))
 (let ((?x295 (* |g2[1]| ?x291)))
 (let ((?x300 (+ ?x295 ?x299)))
 (let ((?x292 (* ?x102 ?x291)))
 (let ((?x151 (/ 1.0 (* ?x92 scale))))
 (let ((?x153 (* ?x151 (- 2.0))))
 (let ((?x279 (* ?x91 ?x153)))
 (let ((?x278 (* 0.0 ?x93)))
 (let ((?x280 (+ ?x278 ?x279)))
 (let ((?x281 (+ ?x278 ?x280)))
 (let ((?x286 (* ?x38 ?x281)))
 (let ((?x284 (* ?x95 ?x96)))
 (let ((?x287 (+ ?x284 ?x286)))
 (let ((?x282 (* (- (/ 1.0 2.0)) ?x281)))
 (let ((?x283 (* ?x36 ?x282)))
 (let ((?x285 (+ ?x283 ?x284)))
 (let ((?x288 (+ ?x285 ?x287)))
 (let ((?x289 (+ ?x93 ?x288)))
 (let ((?x290 (* ?x275 ?x289)))
 (let ((?x293 (+ ?x290 ?x292)))
 (let ((?x126 (- b)))
 (let ((?x277 (+ f2 ?x126)))
 (let ((?x294 (* ?x277 ?x293)))
 (let ((?x296 (+ ?x294 ?x295)))
 (let ((?x301 (+ ?x296 ?x300)))
 (let ((?x166 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x167 (+ ?x166 ?x166)))
 (let ((?x136 (* f2 1.0)))
 (let ((?x135 (* 1.0 ?x126)))
 (let ((?x137 (+ ?x135 ?x136)))
 (let ((?x155 (* ?x36 ?x137)))
 (let ((?x156 (* (- (/ 1.0 2.0)) ?x155)))
 (let ((?x154 (* ?x38 ?x137)))
 (let ((?x157 (+ ?x154 ?x156)))
 (let ((?x161 (* ?x93 ?x157)))
 (let ((?x162 (* 0.0 ?x161)))
 (let ((?x158 (* ?x153 ?x157)))
 (let ((?x145 (* ?x95 ?x137)))
 (let ((?x130 (* |g2[1]| 1.0)))
 (let ((?x105 (* ?x102 1.0)))
 (let ((?x129 (* f2 ?x105)))
 (let ((?x131 (+ ?x129 ?x130)))
 (let ((?x127 (* ?x105 ?x126)))
 (let ((?x132 (+ ?x127 ?x131)))
 (let ((?x144 (* ?x36 ?x132)))
 (let ((?x146 (+ ?x144 ?x145)))
 (let ((?x147 (* (- (/ 1.0 2.0)) ?x146)))
 (let ((?x142 (* ?x38 ?x132)))
 (let ((?x141 (* ?x96 ?x137)))
 (let ((?x143 (+ ?x141 ?x142)))
 (let ((?x148 (+ ?x143 ?x147)))
 (let ((?x149 (* ?x93 ?x148)))
 (let ((?x159 (+ ?x149 ?x158)))
 (let ((?x160 (* ?x35 ?x159)))
 (let ((?x163 (+ ?x160 ?x162)))
 (let ((?x164 (- ?x163)))
 (let ((?x138 (* ?x93 ?x137)))
 (let ((?x133 (- ?x132)))
 (let ((?x134 (/ ?x133 scale)))
 (let ((?x139 (+ ?x134 ?x138)))
 (let ((?x123 (* |g2[1]| ?x105)))
 (let ((?x106 (* (/ 1.0 2.0) ?x105)))
 (let ((?x107 (* 0.0 ?x106)))
 (let ((?x110 (+ (- 1.0) 1.0)))
 (let ((?x111 (* (/ 1.0 2.0) ?x110)))
 (let ((?x118 (+ ?x111 ?x107)))
 (let ((?x119 (* |h2[1,1]| ?x118)))
 (let ((?x115 (* 0.0 ?x111)))
 (let ((?x116 (+ ?x115 ?x107)))
 (let ((?x117 (* |h2[0,1]| ?x116)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x112 (* |h2[1,1]| ?x111)))
 (let ((?x113 (+ ?x107 ?x112)))
 (let ((?x121 (+ ?x113 ?x120)))
 (let ((?x124 (+ ?x121 ?x123)))
 (let ((?x140 (+ ?x124 ?x139)))
 (let ((?x165 (+ ?x140 ?x164)))
 (let ((?x168 (+ ?x165 ?x167)))
 (let ((?x276 (* ?x275 ?x168)))
 (or (and (distinct ?x276 ?x301) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x92 (* scale scale)))
 (let ((?x173 (/ (* log!14 log!14) ?x92)))
 (let ((?x174 (/ ?x173 2.0)))
 (= (< ?x174 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x173 (/ (* log!14 log!14) ?x92)))
 (let ((?x174 (/ ?x173 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x174) (< exp!2 exp!4)))))))
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
 (let ((?x92 (* scale scale)))
 (let ((?x202 (/ (* loc loc) ?x92)))
 (let ((?x203 (/ ?x202 2.0)))
 (= (< ?x203 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x202 (/ (* loc loc) ?x92)))
 (let ((?x203 (/ ?x202 2.0)))
 (let ((?x42 (/ log!25 2.0)))
 (= (< ?x42 ?x203) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!29) (< exp!5 exp!3)))
(assert
 (= (< log!29 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x173 (/ (* log!14 log!14) ?x92)))
 (let ((?x174 (/ ?x173 2.0)))
 (let ((?x202 (/ (* loc loc) ?x92)))
 (let ((?x203 (/ ?x202 2.0)))
 (= (< ?x203 ?x174) (< exp!5 exp!4))))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x202 (/ (* loc loc) ?x92)))
 (let ((?x203 (/ ?x202 2.0)))
 (let ((?x173 (/ (* log!14 log!14) ?x92)))
 (let ((?x174 (/ ?x173 2.0)))
 (= (< ?x174 ?x203) (< exp!4 exp!5))))))))
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
 (let ((?x92 (* scale scale)))
 (let ((?x173 (/ (* log!14 log!14) ?x92)))
 (let ((?x174 (/ ?x173 2.0)))
 (let ((?x237 (/ (* loc log!14) ?x92)))
 (= (< ?x237 ?x174) (< exp!6 exp!4)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x237 (/ (* loc log!14) ?x92)))
 (let ((?x173 (/ (* log!14 log!14) ?x92)))
 (let ((?x174 (/ ?x173 2.0)))
 (= (< ?x174 ?x237) (< exp!4 exp!6)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x202 (/ (* loc loc) ?x92)))
 (let ((?x203 (/ ?x202 2.0)))
 (let ((?x237 (/ (* loc log!14) ?x92)))
 (= (< ?x237 ?x203) (< exp!6 exp!5)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x237 (/ (* loc log!14) ?x92)))
 (let ((?x202 (/ (* loc loc) ?x92)))
 (let ((?x203 (/ ?x202 2.0)))
 (= (< ?x203 ?x237) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!14) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!14) (* scale scale)))))
(check-sat)
(pop 1)
