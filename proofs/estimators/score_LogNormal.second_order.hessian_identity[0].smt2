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
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!4 () Real)
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
 (let ((?x212 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x213 (* (/ 1.0 2.0) ?x212)))
 (let ((?x185 (/ (/ (/ (/ 1.0 exp!4) exp!2) exp!3) exp!1)))
 (let ((?x214 (* ?x185 ?x213)))
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
 (let ((?x206 (* ?x185 ?x103)))
 (let ((?x210 (* |g2[0]| ?x206)))
 (let ((?x215 (+ ?x210 ?x214)))
 (let ((?x207 (* ?x103 ?x206)))
 (let ((?x187 (* 0.0 ?x94)))
 (let ((?x203 (- ?x187)))
 (let ((?x189 (/ 1.0 (* ?x93 scale))))
 (let ((?x191 (* ?x189 (- 2.0))))
 (let ((?x192 (* 0.0 ?x191)))
 (let ((?x193 (* ?x92 ?x192)))
 (let ((?x194 (+ ?x187 ?x193)))
 (let ((?x195 (+ ?x187 ?x194)))
 (let ((?x200 (* ?x38 ?x195)))
 (let ((?x198 (* ?x96 ?x97)))
 (let ((?x201 (+ ?x198 ?x200)))
 (let ((?x196 (* (- (/ 1.0 2.0)) ?x195)))
 (let ((?x197 (* ?x36 ?x196)))
 (let ((?x199 (+ ?x197 ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x204 (+ ?x202 ?x203)))
 (let ((?x205 (* ?x185 ?x204)))
 (let ((?x208 (+ ?x205 ?x207)))
 (let ((?x209 (* f2 ?x208)))
 (let ((?x211 (+ ?x209 ?x210)))
 (let ((?x216 (+ ?x211 ?x215)))
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
 (let ((?x186 (* ?x185 ?x154)))
 (or (and (distinct ?x186 ?x216) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x156 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x156 log!12) (< exp!4 exp!1)))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x156 (/ (* ?x36 ?x36) 2.0)))
 (= (< log!12 ?x156) (< exp!1 exp!4)))))))
(assert
 (let ((?x42 (/ log!23 2.0)))
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x156 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x156 ?x42) (< exp!4 exp!2))))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x156 (/ (* ?x36 ?x36) 2.0)))
 (let ((?x42 (/ log!23 2.0)))
 (= (< ?x42 ?x156) (< exp!2 exp!4))))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x156 (/ (* ?x36 ?x36) 2.0)))
 (= (< ?x156 log!27) (< exp!4 exp!3)))))))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x156 (/ (* ?x36 ?x36) 2.0)))
 (= (< log!27 ?x156) (< exp!3 exp!4)))))))
(assert
 (> exp!4 0.0))
(assert
 (let ((?x22 (- loc)))
 (let ((?x35 (+ log!12 ?x22)))
 (let ((?x36 (/ ?x35 scale)))
 (let ((?x156 (/ (* ?x36 ?x36) 2.0)))
 (= (> ?x156 0.0) (> exp!4 1.0)))))))
(assert
 (let ((?x22 (- loc)))
(let ((?x35 (+ log!12 ?x22)))
(let ((?x36 (/ ?x35 scale)))
(let ((?x156 (/ (* ?x36 ?x36) 2.0)))
(>= exp!4 (+ 1.0 ?x156)))))))
(check-sat)
(pop 1)
