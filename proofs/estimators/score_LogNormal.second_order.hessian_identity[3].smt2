; certjax: rule estimators.score_LogNormal, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun log!12 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
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
 (let ((?x294 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x295 (* (/ 1.0 2.0) ?x294)))
 (let ((?x233 (/ (/ (/ (/ (/ 1.0 exp!2) exp!3) exp!1) exp!4) exp!5)))
 (let ((?x273 (* ?x233 exp!6)))
 (let ((?x296 (* ?x273 ?x295)))
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
 (let ((?x288 (* ?x273 ?x102)))
 (let ((?x292 (* |g2[1]| ?x288)))
 (let ((?x297 (+ ?x292 ?x296)))
 (let ((?x289 (* ?x102 ?x288)))
 (let ((?x149 (/ 1.0 (* ?x92 scale))))
 (let ((?x151 (* ?x149 (- 2.0))))
 (let ((?x276 (* ?x91 ?x151)))
 (let ((?x275 (* 0.0 ?x93)))
 (let ((?x277 (+ ?x275 ?x276)))
 (let ((?x278 (+ ?x275 ?x277)))
 (let ((?x283 (* ?x38 ?x278)))
 (let ((?x281 (* ?x95 ?x96)))
 (let ((?x284 (+ ?x281 ?x283)))
 (let ((?x279 (* (- (/ 1.0 2.0)) ?x278)))
 (let ((?x280 (* ?x36 ?x279)))
 (let ((?x282 (+ ?x280 ?x281)))
 (let ((?x285 (+ ?x282 ?x284)))
 (let ((?x286 (+ ?x93 ?x285)))
 (let ((?x287 (* ?x273 ?x286)))
 (let ((?x290 (+ ?x287 ?x289)))
 (let ((?x291 (* f2 ?x290)))
 (let ((?x293 (+ ?x291 ?x292)))
 (let ((?x298 (+ ?x293 ?x297)))
 (let ((?x164 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x165 (+ ?x164 ?x164)))
 (let ((?x134 (* f2 1.0)))
 (let ((?x133 (* 0.0 1.0)))
 (let ((?x135 (+ ?x133 ?x134)))
 (let ((?x153 (* ?x36 ?x135)))
 (let ((?x154 (* (- (/ 1.0 2.0)) ?x153)))
 (let ((?x152 (* ?x38 ?x135)))
 (let ((?x155 (+ ?x152 ?x154)))
 (let ((?x159 (* ?x93 ?x155)))
 (let ((?x160 (* 0.0 ?x159)))
 (let ((?x156 (* ?x151 ?x155)))
 (let ((?x143 (* ?x95 ?x135)))
 (let ((?x128 (* |g2[1]| 1.0)))
 (let ((?x105 (* ?x102 1.0)))
 (let ((?x127 (* f2 ?x105)))
 (let ((?x129 (+ ?x127 ?x128)))
 (let ((?x125 (* 0.0 ?x105)))
 (let ((?x130 (+ ?x125 ?x129)))
 (let ((?x142 (* ?x36 ?x130)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x145 (* (- (/ 1.0 2.0)) ?x144)))
 (let ((?x140 (* ?x38 ?x130)))
 (let ((?x139 (* ?x96 ?x135)))
 (let ((?x141 (+ ?x139 ?x140)))
 (let ((?x146 (+ ?x141 ?x145)))
 (let ((?x147 (* ?x93 ?x146)))
 (let ((?x157 (+ ?x147 ?x156)))
 (let ((?x158 (* ?x35 ?x157)))
 (let ((?x161 (+ ?x158 ?x160)))
 (let ((?x162 (- ?x161)))
 (let ((?x136 (* ?x93 ?x135)))
 (let ((?x131 (- ?x130)))
 (let ((?x132 (/ ?x131 scale)))
 (let ((?x137 (+ ?x132 ?x136)))
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
 (let ((?x138 (+ ?x124 ?x137)))
 (let ((?x163 (+ ?x138 ?x162)))
 (let ((?x166 (+ ?x163 ?x165)))
 (let ((?x274 (* ?x273 ?x166)))
 (or (and (distinct ?x274 ?x298) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x171 (/ (* log!12 log!12) ?x92)))
 (let ((?x172 (/ ?x171 2.0)))
 (= (< ?x172 ?x42) (< exp!4 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x171 (/ (* log!12 log!12) ?x92)))
 (let ((?x172 (/ ?x171 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x172) (< exp!2 exp!4)))))))
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
 (let ((?x200 (/ (* loc loc) ?x92)))
 (let ((?x201 (/ ?x200 2.0)))
 (= (< ?x201 ?x42) (< exp!5 exp!2)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x200 (/ (* loc loc) ?x92)))
 (let ((?x201 (/ ?x200 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x201) (< exp!2 exp!5)))))))
(assert
 (= (< (/ (/ (* loc loc) (* scale scale)) 2.0) log!27) (< exp!5 exp!3)))
(assert
 (= (< log!27 (/ (/ (* loc loc) (* scale scale)) 2.0)) (< exp!3 exp!5)))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x171 (/ (* log!12 log!12) ?x92)))
 (let ((?x172 (/ ?x171 2.0)))
 (let ((?x200 (/ (* loc loc) ?x92)))
 (let ((?x201 (/ ?x200 2.0)))
 (= (< ?x201 ?x172) (< exp!5 exp!4))))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x200 (/ (* loc loc) ?x92)))
 (let ((?x201 (/ ?x200 2.0)))
 (let ((?x171 (/ (* log!12 log!12) ?x92)))
 (let ((?x172 (/ ?x171 2.0)))
 (= (< ?x172 ?x201) (< exp!4 exp!5))))))))
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
 (let ((?x171 (/ (* log!12 log!12) ?x92)))
 (let ((?x172 (/ ?x171 2.0)))
 (let ((?x235 (/ (* loc log!12) ?x92)))
 (= (< ?x235 ?x172) (< exp!6 exp!4)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x235 (/ (* loc log!12) ?x92)))
 (let ((?x171 (/ (* log!12 log!12) ?x92)))
 (let ((?x172 (/ ?x171 2.0)))
 (= (< ?x172 ?x235) (< exp!4 exp!6)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x200 (/ (* loc loc) ?x92)))
 (let ((?x201 (/ ?x200 2.0)))
 (let ((?x235 (/ (* loc log!12) ?x92)))
 (= (< ?x235 ?x201) (< exp!6 exp!5)))))))
(assert
 (let ((?x92 (* scale scale)))
 (let ((?x235 (/ (* loc log!12) ?x92)))
 (let ((?x200 (/ (* loc loc) ?x92)))
 (let ((?x201 (/ ?x200 2.0)))
 (= (< ?x201 ?x235) (< exp!5 exp!6)))))))
(assert
 (> exp!6 0.0))
(assert
 (= (> (/ (* loc log!12) (* scale scale)) 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 (/ (* loc log!12) (* scale scale)))))
(check-sat)
(pop 1)
