; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'second_order.hessian_identity[2]', verdict unproved
; 36 negated queries, one per branch region; expected: see verdict
(set-logic QF_NRA)
; region 1 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x193 (- ?x147)))
 (let ((?x194 (+ ?x160 ?x193)))
 (let ((?x195 (* ?x96 ?x194)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x80 (* f2 ?x60)))
 (let ((?x178 (+ ?x80 ?x177)))
 (let ((?x64 (* ?x98 ?x60)))
 (let ((?x179 (+ ?x64 ?x178)))
 (let ((?x180 (- ?x179)))
 (let ((?x191 (* 2.0 ?x180)))
 (let ((?x192 (* ?x96 ?x191)))
 (let ((?x198 (+ ?x192 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x180 ?x199)))
 (let ((?x201 (* ?x129 ?x200)))
 (let ((?x211 (+ ?x201 ?x210)))
 (let ((?x212 (* ?x11 ?x211)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x181 (/ ?x180 scale)))
 (let ((?x188 (+ ?x181 ?x187)))
 (let ((?x149 (* |g2[1]| ?x60)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x50 (* (/ 1.0 2.0) ?x60)))
 (let ((?x124 (* 0.0 ?x50)))
 (let ((?x92 (+ ?x124 ?x123)))
 (let ((?x128 (* |h2[1,1]| ?x92)))
 (let ((?x66 (+ ?x124 ?x65)))
 (let ((?x53 (* |h2[0,1]| ?x66)))
 (let ((?x97 (+ ?x53 ?x128)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x101 (+ ?x124 ?x141)))
 (let ((?x168 (+ ?x101 ?x97)))
 (let ((?x89 (+ ?x168 ?x149)))
 (let ((?x189 (+ ?x89 ?x188)))
 (let ((?x217 (+ ?x189 ?x216)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x218 (+ ?x131 ?x217)))
 (let ((?x224 (* ?x223 ?x218)))
 (or (and (distinct ?x224 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 2 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 3 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x749 (- ?x282)))
 (let ((?x2347 (+ ?x160 ?x749)))
 (let ((?x2014 (* ?x96 ?x2347)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1470 (* ?x196 ?x2014)))
 (let ((?x2385 (* 2.0 ?x282)))
 (let ((?x998 (- ?x2385)))
 (let ((?x999 (+ ?x160 ?x998)))
 (let ((?x835 (+ ?x88 ?x999)))
 (let ((?x343 (* 1.0 ?x835)))
 (let ((?x1557 (* f2 ?x343)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x285 (+ ?x177 ?x1557)))
 (let ((?x1322 (* ?x98 ?x343)))
 (let ((?x1431 (+ ?x1322 ?x285)))
 (let ((?x2359 (- ?x1431)))
 (let ((?x646 (* 2.0 ?x2359)))
 (let ((?x688 (* ?x96 ?x646)))
 (let ((?x2104 (+ ?x688 ?x1470)))
 (let ((?x2041 (- ?x2104)))
 (let ((?x1408 (+ ?x2359 ?x2041)))
 (let ((?x778 (* ?x129 ?x1408)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x603 (+ ?x210 ?x778)))
 (let ((?x516 (* ?x11 ?x603)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x2039 (+ ?x214 ?x516)))
 (let ((?x2449 (- ?x2039)))
 (let ((?x1774 (/ ?x2359 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1879 (+ ?x187 ?x1774)))
 (let ((?x1623 (* |g2[1]| ?x343)))
 (let ((?x1171 (* (/ 1.0 2.0) ?x343)))
 (let ((?x2164 (* 0.0 ?x1171)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2185 (+ ?x123 ?x2164)))
 (let ((?x1396 (* |h2[1,1]| ?x2185)))
 (let ((?x1577 (+ ?x65 ?x2164)))
 (let ((?x526 (* |h2[0,1]| ?x1577)))
 (let ((?x563 (+ ?x526 ?x1396)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2475 (+ ?x141 ?x2164)))
 (let ((?x1208 (+ ?x2475 ?x563)))
 (let ((?x2298 (+ ?x1208 ?x1623)))
 (let ((?x712 (+ ?x2298 ?x1879)))
 (let ((?x2256 (+ ?x712 ?x2449)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x379 (+ ?x131 ?x2256)))
 (let ((?x1632 (* ?x223 ?x379)))
 (or (and (distinct ?x1632 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 4 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 5 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2419 (* ?x165 ?x196)))
 (let ((?x1112 (- ?x2419)))
 (let ((?x2362 (+ ?x185 ?x1112)))
 (let ((?x967 (* ?x129 ?x2362)))
 (let ((?x1346 (- ?x967)))
 (let ((?x2421 (* ?x206 ?x2362)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2049 (* ?x127 ?x196)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x2457 (* ?x165 ?x414)))
 (let ((?x2350 (+ ?x2457 ?x2049)))
 (let ((?x2009 (- ?x2350)))
 (let ((?x410 (+ ?x396 ?x2009)))
 (let ((?x1224 (* ?x129 ?x410)))
 (let ((?x1486 (+ ?x1224 ?x2421)))
 (let ((?x2085 (* ?x11 ?x1486)))
 (let ((?x1485 (+ ?x2085 ?x1346)))
 (let ((?x2323 (- ?x1485)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x2077 (+ ?x390 ?x2323)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1706 (+ ?x131 ?x2077)))
 (let ((?x468 (* ?x223 ?x1706)))
 (or (and (distinct ?x468 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 6 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 7 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(check-sat)
(pop 1)
; region 8 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (= 0.0 ?x632)))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1545 (+ ?x127 ?x1508)))
 (let ((?x938 (- ?x1545)))
 (let ((?x2001 (+ ?x160 ?x938)))
 (let ((?x1618 (* ?x1937 ?x2001)))
 (let ((?x600 (* ?x1618 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x304 (* 2.0 ?x1545)))
 (let ((?x1575 (- ?x304)))
 (let ((?x522 (+ ?x160 ?x1575)))
 (let ((?x767 (+ ?x88 ?x522)))
 (let ((?x1077 (* ?x767 1.0)))
 (let ((?x1249 (* f2 ?x1077)))
 (let ((?x801 (+ ?x1249 ?x177)))
 (let ((?x1907 (* ?x98 ?x1077)))
 (let ((?x2101 (+ ?x1907 ?x801)))
 (let ((?x1947 (- ?x2101)))
 (let ((?x676 (* 2.0 ?x1947)))
 (let ((?x442 (* ?x1937 ?x676)))
 (let ((?x1173 (+ ?x442 ?x600)))
 (let ((?x2167 (- ?x1173)))
 (let ((?x2422 (+ ?x1947 ?x2167)))
 (let ((?x2281 (* ?x129 ?x2422)))
 (let ((?x2151 (+ ?x2281 ?x1578)))
 (let ((?x327 (* ?x11 ?x2151)))
 (let ((?x399 (+ ?x327 ?x591)))
 (let ((?x1866 (- ?x399)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x840 (/ ?x1947 scale)))
 (let ((?x2116 (+ ?x840 ?x187)))
 (let ((?x2512 (* |g2[1]| ?x1077)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2567 (* (/ 1.0 2.0) ?x1077)))
 (let ((?x2428 (* 0.0 ?x2567)))
 (let ((?x1175 (+ ?x2428 ?x123)))
 (let ((?x1859 (* |h2[1,1]| ?x1175)))
 (let ((?x1845 (+ ?x2428 ?x65)))
 (let ((?x2606 (* |h2[0,1]| ?x1845)))
 (let ((?x2493 (+ ?x2606 ?x1859)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2128 (+ ?x2428 ?x141)))
 (let ((?x1737 (+ ?x2128 ?x2493)))
 (let ((?x1179 (+ ?x1737 ?x2512)))
 (let ((?x1973 (+ ?x1179 ?x2116)))
 (let ((?x2399 (+ ?x1973 ?x1866)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1785 (+ ?x131 ?x2399)))
 (let ((?x1115 (* ?x2206 ?x1785)))
 (or (and (distinct ?x1115 ?x2497) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 9 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 10 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 11 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (= 0.0 ?x632)))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x3616 (- ?x2069)))
 (let ((?x1745 (+ ?x160 ?x3616)))
 (let ((?x2064 (* ?x1937 ?x1745)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2820 (* ?x196 ?x2064)))
 (let ((?x1153 (* 2.0 ?x2069)))
 (let ((?x1437 (- ?x1153)))
 (let ((?x2470 (+ ?x160 ?x1437)))
 (let ((?x2410 (+ ?x88 ?x2470)))
 (let ((?x3611 (* 1.0 ?x2410)))
 (let ((?x3359 (* f2 ?x3611)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1154 (+ ?x177 ?x3359)))
 (let ((?x2669 (* ?x98 ?x3611)))
 (let ((?x1568 (+ ?x2669 ?x1154)))
 (let ((?x1954 (- ?x1568)))
 (let ((?x1240 (* 2.0 ?x1954)))
 (let ((?x2467 (* ?x1937 ?x1240)))
 (let ((?x2969 (+ ?x2467 ?x2820)))
 (let ((?x1135 (- ?x2969)))
 (let ((?x1341 (+ ?x1954 ?x1135)))
 (let ((?x1379 (* ?x129 ?x1341)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x3003 (+ ?x1578 ?x1379)))
 (let ((?x461 (* ?x11 ?x3003)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x2947 (+ ?x591 ?x461)))
 (let ((?x3032 (- ?x2947)))
 (let ((?x2589 (/ ?x1954 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x562 (+ ?x187 ?x2589)))
 (let ((?x1378 (* |g2[1]| ?x3611)))
 (let ((?x1321 (* (/ 1.0 2.0) ?x3611)))
 (let ((?x2830 (* 0.0 ?x1321)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x887 (+ ?x123 ?x2830)))
 (let ((?x3588 (* |h2[1,1]| ?x887)))
 (let ((?x1339 (+ ?x65 ?x2830)))
 (let ((?x1443 (* |h2[0,1]| ?x1339)))
 (let ((?x836 (+ ?x1443 ?x3588)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2595 (+ ?x141 ?x2830)))
 (let ((?x3215 (+ ?x2595 ?x836)))
 (let ((?x2775 (+ ?x3215 ?x1378)))
 (let ((?x2273 (+ ?x2775 ?x562)))
 (let ((?x2910 (+ ?x2273 ?x3032)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x590 (+ ?x131 ?x2910)))
 (let ((?x2577 (* ?x2206 ?x590)))
 (or (and (distinct ?x2577 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 12 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 13 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 14 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (= 0.0 ?x632)))))
(assert
 (= 0.0 unknown!11))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2419 (* ?x165 ?x196)))
 (let ((?x1112 (- ?x2419)))
 (let ((?x2362 (+ ?x185 ?x1112)))
 (let ((?x967 (* ?x129 ?x2362)))
 (let ((?x1346 (- ?x967)))
 (let ((?x2421 (* ?x206 ?x2362)))
 (let ((?x2049 (* ?x127 ?x196)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1376 (* ?x165 ?x1218)))
 (let ((?x1450 (+ ?x1376 ?x2049)))
 (let ((?x1822 (- ?x1450)))
 (let ((?x3162 (+ ?x2540 ?x1822)))
 (let ((?x2013 (* ?x129 ?x3162)))
 (let ((?x3370 (+ ?x2013 ?x2421)))
 (let ((?x376 (* ?x11 ?x3370)))
 (let ((?x3590 (+ ?x376 ?x1346)))
 (let ((?x2502 (- ?x3590)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x3216 (+ ?x2448 ?x2502)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1551 (+ ?x131 ?x3216)))
 (let ((?x2484 (* ?x2206 ?x1551)))
 (or (and (distinct ?x2484 ?x2497) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 15 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 16 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 17 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 18 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 true)
(assert
 (< 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x679 (/ ?x962 exp!1)))
 (let ((?x1937 (* ?x679 exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 19 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x193 (- ?x147)))
 (let ((?x194 (+ ?x160 ?x193)))
 (let ((?x195 (* ?x96 ?x194)))
 (let ((?x197 (* ?x195 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x80 (* f2 ?x60)))
 (let ((?x178 (+ ?x80 ?x177)))
 (let ((?x64 (* ?x98 ?x60)))
 (let ((?x179 (+ ?x64 ?x178)))
 (let ((?x180 (- ?x179)))
 (let ((?x191 (* 2.0 ?x180)))
 (let ((?x192 (* ?x96 ?x191)))
 (let ((?x198 (+ ?x192 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x180 ?x199)))
 (let ((?x201 (* ?x129 ?x200)))
 (let ((?x211 (+ ?x201 ?x210)))
 (let ((?x212 (* ?x11 ?x211)))
 (let ((?x215 (+ ?x212 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x181 (/ ?x180 scale)))
 (let ((?x188 (+ ?x181 ?x187)))
 (let ((?x149 (* |g2[1]| ?x60)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x50 (* (/ 1.0 2.0) ?x60)))
 (let ((?x124 (* 0.0 ?x50)))
 (let ((?x92 (+ ?x124 ?x123)))
 (let ((?x128 (* |h2[1,1]| ?x92)))
 (let ((?x66 (+ ?x124 ?x65)))
 (let ((?x53 (* |h2[0,1]| ?x66)))
 (let ((?x97 (+ ?x53 ?x128)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x101 (+ ?x124 ?x141)))
 (let ((?x168 (+ ?x101 ?x97)))
 (let ((?x89 (+ ?x168 ?x149)))
 (let ((?x189 (+ ?x89 ?x188)))
 (let ((?x217 (+ ?x189 ?x216)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x218 (+ ?x131 ?x217)))
 (let ((?x224 (* ?x223 ?x218)))
 (or (and (distinct ?x224 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 20 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 21 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x749 (- ?x282)))
 (let ((?x2347 (+ ?x160 ?x749)))
 (let ((?x2014 (* ?x96 ?x2347)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1470 (* ?x196 ?x2014)))
 (let ((?x2385 (* 2.0 ?x282)))
 (let ((?x998 (- ?x2385)))
 (let ((?x999 (+ ?x160 ?x998)))
 (let ((?x835 (+ ?x88 ?x999)))
 (let ((?x343 (* 1.0 ?x835)))
 (let ((?x1557 (* f2 ?x343)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x285 (+ ?x177 ?x1557)))
 (let ((?x1322 (* ?x98 ?x343)))
 (let ((?x1431 (+ ?x1322 ?x285)))
 (let ((?x2359 (- ?x1431)))
 (let ((?x646 (* 2.0 ?x2359)))
 (let ((?x688 (* ?x96 ?x646)))
 (let ((?x2104 (+ ?x688 ?x1470)))
 (let ((?x2041 (- ?x2104)))
 (let ((?x1408 (+ ?x2359 ?x2041)))
 (let ((?x778 (* ?x129 ?x1408)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x603 (+ ?x210 ?x778)))
 (let ((?x516 (* ?x11 ?x603)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x2039 (+ ?x214 ?x516)))
 (let ((?x2449 (- ?x2039)))
 (let ((?x1774 (/ ?x2359 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1879 (+ ?x187 ?x1774)))
 (let ((?x1623 (* |g2[1]| ?x343)))
 (let ((?x1171 (* (/ 1.0 2.0) ?x343)))
 (let ((?x2164 (* 0.0 ?x1171)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2185 (+ ?x123 ?x2164)))
 (let ((?x1396 (* |h2[1,1]| ?x2185)))
 (let ((?x1577 (+ ?x65 ?x2164)))
 (let ((?x526 (* |h2[0,1]| ?x1577)))
 (let ((?x563 (+ ?x526 ?x1396)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2475 (+ ?x141 ?x2164)))
 (let ((?x1208 (+ ?x2475 ?x563)))
 (let ((?x2298 (+ ?x1208 ?x1623)))
 (let ((?x712 (+ ?x2298 ?x1879)))
 (let ((?x2256 (+ ?x712 ?x2449)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x379 (+ ?x131 ?x2256)))
 (let ((?x1632 (* ?x223 ?x379)))
 (or (and (distinct ?x1632 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 22 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 23 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (= 0.0 ?x41))))
(assert
 (= 0.0 unknown!11))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2419 (* ?x165 ?x196)))
 (let ((?x1112 (- ?x2419)))
 (let ((?x2362 (+ ?x185 ?x1112)))
 (let ((?x967 (* ?x129 ?x2362)))
 (let ((?x1346 (- ?x967)))
 (let ((?x2421 (* ?x206 ?x2362)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2049 (* ?x127 ?x196)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x2457 (* ?x165 ?x414)))
 (let ((?x2350 (+ ?x2457 ?x2049)))
 (let ((?x2009 (- ?x2350)))
 (let ((?x410 (+ ?x396 ?x2009)))
 (let ((?x1224 (* ?x129 ?x410)))
 (let ((?x1486 (+ ?x1224 ?x2421)))
 (let ((?x2085 (* ?x11 ?x1486)))
 (let ((?x1485 (+ ?x2085 ?x1346)))
 (let ((?x2323 (- ?x1485)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x2077 (+ ?x390 ?x2323)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1706 (+ ?x131 ?x2077)))
 (let ((?x468 (* ?x223 ?x1706)))
 (or (and (distinct ?x468 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 24 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 25 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
(declare-fun exp!6 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (< 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (< 0.0 ?x41))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let (($x161 (= 0.0 ?x41)))
 (not $x161)))))
(assert
 (let ((?x223 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x277 (* ?x276 ?x223)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x247 (* ?x74 ?x29)))
 (let ((?x263 (/ ?x247 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x265 (* 2.0 ?x264)))
 (let ((?x266 (- ?x265)))
 (let ((?x267 (+ ?x160 ?x266)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x268 (+ ?x88 ?x267)))
 (let ((?x269 (* ?x223 ?x268)))
 (let ((?x274 (* |g2[1]| ?x269)))
 (let ((?x278 (+ ?x274 ?x277)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x231 (* ?x229 ?x29)))
 (let ((?x232 (/ ?x231 ?x41)))
 (let ((?x230 (- ?x229)))
 (let ((?x233 (+ ?x230 ?x232)))
 (let ((?x234 (* 2.0 ?x233)))
 (let ((?x235 (- ?x234)))
 (let ((?x236 (+ ?x230 ?x235)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x237 (+ ?x226 ?x236)))
 (let ((?x270 (* ?x237 ?x269)))
 (let ((?x253 (- ?x247)))
 (let ((?x254 (* ?x231 ?x253)))
 (let ((?x252 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x255 (* ?x252 ?x254)))
 (let ((?x248 (* ?x229 ?x247)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x246 (* ?x244 ?x29)))
 (let ((?x249 (+ ?x246 ?x248)))
 (let ((?x250 (/ ?x249 ?x41)))
 (let ((?x256 (+ ?x250 ?x255)))
 (let ((?x245 (- ?x244)))
 (let ((?x257 (+ ?x245 ?x256)))
 (let ((?x258 (* 2.0 ?x257)))
 (let ((?x259 (- ?x258)))
 (let ((?x260 (+ ?x245 ?x259)))
 (let ((?x241 (- ?x95)))
 (let ((?x261 (+ ?x241 ?x260)))
 (let ((?x262 (* ?x223 ?x261)))
 (let ((?x271 (+ ?x262 ?x270)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x272 (* ?x240 ?x271)))
 (let ((?x238 (* ?x223 ?x237)))
 (let ((?x239 (* |g2[0]| ?x238)))
 (let ((?x273 (+ ?x239 ?x272)))
 (let ((?x279 (+ ?x273 ?x278)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x407 (- ?x280)))
 (let ((?x408 (+ ?x160 ?x407)))
 (let ((?x409 (* ?x96 ?x408)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x412 (* ?x196 ?x409)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x362 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x365 (+ ?x177 ?x362)))
 (let ((?x361 (* ?x98 ?x1211)))
 (let ((?x366 (+ ?x361 ?x365)))
 (let ((?x396 (- ?x366)))
 (let ((?x414 (* 2.0 ?x396)))
 (let ((?x406 (* ?x96 ?x414)))
 (let ((?x413 (+ ?x406 ?x412)))
 (let ((?x415 (- ?x413)))
 (let ((?x416 (+ ?x396 ?x415)))
 (let ((?x423 (* ?x129 ?x416)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x313 (+ ?x210 ?x423)))
 (let ((?x974 (* ?x11 ?x313)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x972 (+ ?x214 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x382 (/ ?x396 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x386 (+ ?x187 ?x382)))
 (let ((?x357 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1290 (+ ?x123 ?x1213)))
 (let ((?x1291 (* |h2[1,1]| ?x1290)))
 (let ((?x1257 (+ ?x65 ?x1213)))
 (let ((?x1279 (* |h2[0,1]| ?x1257)))
 (let ((?x1288 (+ ?x1279 ?x1291)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x1289 (+ ?x1215 ?x1288)))
 (let ((?x358 (+ ?x1289 ?x357)))
 (let ((?x390 (+ ?x358 ?x386)))
 (let ((?x976 (+ ?x390 ?x975)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1000 (+ ?x131 ?x976)))
 (let ((?x1001 (* ?x223 ?x1000)))
 (or (and (distinct ?x1001 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 26 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (= 0.0 ?x632))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!13))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1545 (+ ?x127 ?x1508)))
 (let ((?x938 (- ?x1545)))
 (let ((?x2001 (+ ?x160 ?x938)))
 (let ((?x1618 (* ?x1937 ?x2001)))
 (let ((?x600 (* ?x1618 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x304 (* 2.0 ?x1545)))
 (let ((?x1575 (- ?x304)))
 (let ((?x522 (+ ?x160 ?x1575)))
 (let ((?x767 (+ ?x88 ?x522)))
 (let ((?x1077 (* ?x767 1.0)))
 (let ((?x1249 (* f2 ?x1077)))
 (let ((?x801 (+ ?x1249 ?x177)))
 (let ((?x1907 (* ?x98 ?x1077)))
 (let ((?x2101 (+ ?x1907 ?x801)))
 (let ((?x1947 (- ?x2101)))
 (let ((?x676 (* 2.0 ?x1947)))
 (let ((?x442 (* ?x1937 ?x676)))
 (let ((?x1173 (+ ?x442 ?x600)))
 (let ((?x2167 (- ?x1173)))
 (let ((?x2422 (+ ?x1947 ?x2167)))
 (let ((?x2281 (* ?x129 ?x2422)))
 (let ((?x2151 (+ ?x2281 ?x1578)))
 (let ((?x327 (* ?x11 ?x2151)))
 (let ((?x399 (+ ?x327 ?x591)))
 (let ((?x1866 (- ?x399)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x840 (/ ?x1947 scale)))
 (let ((?x2116 (+ ?x840 ?x187)))
 (let ((?x2512 (* |g2[1]| ?x1077)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2567 (* (/ 1.0 2.0) ?x1077)))
 (let ((?x2428 (* 0.0 ?x2567)))
 (let ((?x1175 (+ ?x2428 ?x123)))
 (let ((?x1859 (* |h2[1,1]| ?x1175)))
 (let ((?x1845 (+ ?x2428 ?x65)))
 (let ((?x2606 (* |h2[0,1]| ?x1845)))
 (let ((?x2493 (+ ?x2606 ?x1859)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2128 (+ ?x2428 ?x141)))
 (let ((?x1737 (+ ?x2128 ?x2493)))
 (let ((?x1179 (+ ?x1737 ?x2512)))
 (let ((?x1973 (+ ?x1179 ?x2116)))
 (let ((?x2399 (+ ?x1973 ?x1866)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1785 (+ ?x131 ?x2399)))
 (let ((?x1115 (* ?x2206 ?x1785)))
 (or (and (distinct ?x1115 ?x2497) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 27 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 28 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (> 0.0 unknown!12))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 29 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (= 0.0 ?x632))))
(assert
 (= 0.0 unknown!11))
(assert
 (= 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x3616 (- ?x2069)))
 (let ((?x1745 (+ ?x160 ?x3616)))
 (let ((?x2064 (* ?x1937 ?x1745)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2820 (* ?x196 ?x2064)))
 (let ((?x1153 (* 2.0 ?x2069)))
 (let ((?x1437 (- ?x1153)))
 (let ((?x2470 (+ ?x160 ?x1437)))
 (let ((?x2410 (+ ?x88 ?x2470)))
 (let ((?x3611 (* 1.0 ?x2410)))
 (let ((?x3359 (* f2 ?x3611)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1154 (+ ?x177 ?x3359)))
 (let ((?x2669 (* ?x98 ?x3611)))
 (let ((?x1568 (+ ?x2669 ?x1154)))
 (let ((?x1954 (- ?x1568)))
 (let ((?x1240 (* 2.0 ?x1954)))
 (let ((?x2467 (* ?x1937 ?x1240)))
 (let ((?x2969 (+ ?x2467 ?x2820)))
 (let ((?x1135 (- ?x2969)))
 (let ((?x1341 (+ ?x1954 ?x1135)))
 (let ((?x1379 (* ?x129 ?x1341)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x3003 (+ ?x1578 ?x1379)))
 (let ((?x461 (* ?x11 ?x3003)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x2947 (+ ?x591 ?x461)))
 (let ((?x3032 (- ?x2947)))
 (let ((?x2589 (/ ?x1954 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x562 (+ ?x187 ?x2589)))
 (let ((?x1378 (* |g2[1]| ?x3611)))
 (let ((?x1321 (* (/ 1.0 2.0) ?x3611)))
 (let ((?x2830 (* 0.0 ?x1321)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x887 (+ ?x123 ?x2830)))
 (let ((?x3588 (* |h2[1,1]| ?x887)))
 (let ((?x1339 (+ ?x65 ?x2830)))
 (let ((?x1443 (* |h2[0,1]| ?x1339)))
 (let ((?x836 (+ ?x1443 ?x3588)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2595 (+ ?x141 ?x2830)))
 (let ((?x3215 (+ ?x2595 ?x836)))
 (let ((?x2775 (+ ?x3215 ?x1378)))
 (let ((?x2273 (+ ?x2775 ?x562)))
 (let ((?x2910 (+ ?x2273 ?x3032)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x590 (+ ?x131 ?x2910)))
 (let ((?x2577 (* ?x2206 ?x590)))
 (or (and (distinct ?x2577 ?x2497) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 30 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 31 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (> 0.0 unknown!13))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 32 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun unknown!11 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (= 0.0 ?x632))))
(assert
 (= 0.0 unknown!11))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2419 (* ?x165 ?x196)))
 (let ((?x1112 (- ?x2419)))
 (let ((?x2362 (+ ?x185 ?x1112)))
 (let ((?x967 (* ?x129 ?x2362)))
 (let ((?x1346 (- ?x967)))
 (let ((?x2421 (* ?x206 ?x2362)))
 (let ((?x2049 (* ?x127 ?x196)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1376 (* ?x165 ?x1218)))
 (let ((?x1450 (+ ?x1376 ?x2049)))
 (let ((?x1822 (- ?x1450)))
 (let ((?x3162 (+ ?x2540 ?x1822)))
 (let ((?x2013 (* ?x129 ?x3162)))
 (let ((?x3370 (+ ?x2013 ?x2421)))
 (let ((?x376 (* ?x11 ?x3370)))
 (let ((?x3590 (+ ?x376 ?x1346)))
 (let ((?x2502 (- ?x3590)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x3216 (+ ?x2448 ?x2502)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1551 (+ ?x131 ?x3216)))
 (let ((?x2484 (* ?x2206 ?x1551)))
 (or (and (distinct ?x2484 ?x2497) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 33 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 34 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (> 0.0 unknown!15))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 35 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (= 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2246 (+ ?x580 ?x2498)))
 (let ((?x2250 (* 2.0 ?x2246)))
 (let ((?x1984 (- ?x2250)))
 (let ((?x1553 (+ ?x160 ?x1984)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1529 (+ ?x88 ?x1553)))
 (let ((?x2526 (* ?x2206 ?x1529)))
 (let ((?x1466 (* |g2[1]| ?x2526)))
 (let ((?x1700 (+ ?x1466 ?x1262)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2608 (* (/ 1.0 2.0) ?x230)))
 (let ((?x644 (+ ?x2608 ?x1613)))
 (let ((?x515 (* 2.0 ?x644)))
 (let ((?x636 (- ?x515)))
 (let ((?x1686 (+ ?x230 ?x636)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1967 (+ ?x226 ?x1686)))
 (let ((?x1760 (* ?x1967 ?x2526)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x352 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2208 (+ ?x352 ?x582)))
 (let ((?x1650 (* 2.0 ?x2208)))
 (let ((?x2015 (- ?x1650)))
 (let ((?x2294 (+ ?x245 ?x2015)))
 (let ((?x241 (- ?x95)))
 (let ((?x874 (+ ?x241 ?x2294)))
 (let ((?x2320 (* ?x2206 ?x874)))
 (let ((?x1710 (+ ?x2320 ?x1760)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2215 (* ?x240 ?x1710)))
 (let ((?x1133 (* ?x2206 ?x1967)))
 (let ((?x2202 (* |g2[0]| ?x1133)))
 (let ((?x558 (+ ?x2202 ?x2215)))
 (let ((?x2497 (+ ?x558 ?x1700)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2497) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
; region 36 of 36
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun unknown!12 () Real)
(declare-fun unknown!13 () Real)
(declare-fun unknown!15 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!3 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
(assert
 false)
(assert
 (> 0.0 scale))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (< 0.0 unknown!12))
(assert
 (< 0.0 unknown!13))
(assert
 (< 0.0 unknown!15))
(assert
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x14 (/ ?x11 scale)))
 (let ((?x15 (- ?x14)))
 (> 0.0 ?x15))))))
(assert
 (= 0.0 0.0))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (< 0.0 ?x632))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let (($x1903 (= 0.0 ?x632)))
 (not $x1903)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2236 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x632 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2498 (/ ?x127 ?x632)))
 (let ((?x2987 (+ ?x2498 ?x2236)))
 (let ((?x2926 (* 2.0 ?x2987)))
 (let ((?x320 (- ?x2926)))
 (let ((?x1024 (+ ?x160 ?x320)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x452 (+ ?x88 ?x1024)))
 (let ((?x2413 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2206 (* ?x2413 exp!2)))
 (let ((?x2981 (* ?x2206 ?x452)))
 (let ((?x1721 (* |g2[1]| ?x2981)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1262 (* ?x276 ?x2206)))
 (let ((?x2978 (+ ?x1262 ?x1721)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1233 (* 0.0 ?x230)))
 (let ((?x1639 (* ?x230 ?x165)))
 (let ((?x1613 (/ ?x1639 ?x632)))
 (let ((?x2482 (+ ?x1613 ?x1233)))
 (let ((?x2086 (* 2.0 ?x2482)))
 (let ((?x2990 (- ?x2086)))
 (let ((?x2331 (+ ?x230 ?x2990)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2991 (+ ?x226 ?x2331)))
 (let ((?x2972 (* ?x2991 ?x2981)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2988 (* 0.0 ?x245)))
 (let ((?x2304 (- ?x127)))
 (let ((?x333 (* ?x1639 ?x2304)))
 (let ((?x685 (/ 1.0 (* ?x632 ?x632))))
 (let ((?x1271 (* ?x685 ?x333)))
 (let ((?x810 (* ?x230 ?x127)))
 (let ((?x1256 (* ?x245 ?x165)))
 (let ((?x722 (+ ?x1256 ?x810)))
 (let ((?x1678 (/ ?x722 ?x632)))
 (let ((?x582 (+ ?x1678 ?x1271)))
 (let ((?x2554 (+ ?x582 ?x2988)))
 (let ((?x1460 (* 2.0 ?x2554)))
 (let ((?x743 (- ?x1460)))
 (let ((?x661 (+ ?x245 ?x743)))
 (let ((?x241 (- ?x95)))
 (let ((?x2985 (+ ?x241 ?x661)))
 (let ((?x1022 (* ?x2206 ?x2985)))
 (let ((?x2982 (+ ?x1022 ?x2972)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1797 (* ?x240 ?x2982)))
 (let ((?x2984 (* ?x2206 ?x2991)))
 (let ((?x2992 (* |g2[0]| ?x2984)))
 (let ((?x2929 (+ ?x2992 ?x1797)))
 (let ((?x2979 (+ ?x2929 ?x2978)))
 (let ((?x1937 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2069 (* ?x160 ?x1937)))
 (let ((?x962 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1508 (* 0.0 ?x962)))
 (let ((?x1818 (+ ?x1508 ?x2069)))
 (let ((?x400 (- ?x1818)))
 (let ((?x634 (+ ?x160 ?x400)))
 (let ((?x2587 (* ?x1937 ?x634)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2557 (* ?x196 ?x2587)))
 (let ((?x2240 (* 2.0 ?x1818)))
 (let ((?x2143 (- ?x2240)))
 (let ((?x555 (+ ?x160 ?x2143)))
 (let ((?x1116 (+ ?x88 ?x555)))
 (let ((?x1150 (* 1.0 ?x1116)))
 (let ((?x310 (* f2 ?x1150)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1220 (+ ?x177 ?x310)))
 (let ((?x1869 (* ?x98 ?x1150)))
 (let ((?x2158 (+ ?x1869 ?x1220)))
 (let ((?x2540 (- ?x2158)))
 (let ((?x1218 (* 2.0 ?x2540)))
 (let ((?x1898 (* ?x1937 ?x1218)))
 (let ((?x1516 (+ ?x1898 ?x2557)))
 (let ((?x1129 (- ?x1516)))
 (let ((?x2268 (+ ?x2540 ?x1129)))
 (let ((?x1518 (* ?x129 ?x2268)))
 (let ((?x305 (* ?x1937 ?x196)))
 (let ((?x2188 (- ?x305)))
 (let ((?x618 (+ ?x185 ?x2188)))
 (let ((?x1578 (* ?x206 ?x618)))
 (let ((?x1638 (+ ?x1578 ?x1518)))
 (let ((?x2581 (* ?x11 ?x1638)))
 (let ((?x625 (* ?x129 ?x618)))
 (let ((?x591 (- ?x625)))
 (let ((?x1012 (+ ?x591 ?x2581)))
 (let ((?x1597 (- ?x1012)))
 (let ((?x2278 (/ ?x2540 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x404 (+ ?x187 ?x2278)))
 (let ((?x1043 (* |g2[1]| ?x1150)))
 (let ((?x1585 (* (/ 1.0 2.0) ?x1150)))
 (let ((?x832 (* 0.0 ?x1585)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1167 (+ ?x123 ?x832)))
 (let ((?x1886 (* |h2[1,1]| ?x1167)))
 (let ((?x1254 (+ ?x65 ?x832)))
 (let ((?x1656 (* |h2[0,1]| ?x1254)))
 (let ((?x1111 (+ ?x1656 ?x1886)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1579 (+ ?x141 ?x832)))
 (let ((?x1114 (+ ?x1579 ?x1111)))
 (let ((?x740 (+ ?x1114 ?x1043)))
 (let ((?x2448 (+ ?x740 ?x404)))
 (let ((?x1844 (+ ?x2448 ?x1597)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1621 (+ ?x131 ?x1844)))
 (let ((?x2343 (* ?x2206 ?x1621)))
 (or (and (distinct ?x2343 ?x2979) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
(assert
 (= (< (/ z scale) (/ loc scale)) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> (/ loc scale) 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 (/ loc scale))))
(assert
 (= (< log!39 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!39) (< exp!1 exp!3)))
(assert
 (= (< log!39 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!39) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!39 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!39)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
(assert
 (= (< 0.0 (/ z scale)) (< exp!6 exp!1)))
(assert
 (= (> 0.0 (/ z scale)) (< exp!1 exp!6)))
(assert
 (= (< 0.0 (/ loc scale)) (< exp!6 exp!2)))
(assert
 (= (> 0.0 (/ loc scale)) (< exp!2 exp!6)))
(assert
 (= (< 0.0 log!39) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!39) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
