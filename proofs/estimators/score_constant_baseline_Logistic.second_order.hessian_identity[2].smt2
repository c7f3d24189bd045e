; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'second_order.hessian_identity[2]', verdict unproved
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x826 (- ?x282)))
 (let ((?x1472 (+ ?x160 ?x826)))
 (let ((?x2016 (* ?x96 ?x1472)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x900 (* ?x196 ?x2016)))
 (let ((?x2387 (* 2.0 ?x282)))
 (let ((?x581 (- ?x2387)))
 (let ((?x582 (+ ?x160 ?x581)))
 (let ((?x2386 (+ ?x88 ?x582)))
 (let ((?x527 (* 1.0 ?x2386)))
 (let ((?x1559 (* f2 ?x527)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2417 (+ ?x177 ?x1559)))
 (let ((?x736 (* ?x98 ?x527)))
 (let ((?x1584 (+ ?x736 ?x2417)))
 (let ((?x2361 (- ?x1584)))
 (let ((?x855 (* 2.0 ?x2361)))
 (let ((?x1243 (* ?x96 ?x855)))
 (let ((?x1172 (+ ?x1243 ?x900)))
 (let ((?x2166 (- ?x1172)))
 (let ((?x1943 (+ ?x2361 ?x2166)))
 (let ((?x1339 (* ?x129 ?x1943)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1507 (+ ?x210 ?x1339)))
 (let ((?x1435 (* ?x11 ?x1507)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1933 (+ ?x214 ?x1435)))
 (let ((?x2463 (- ?x1933)))
 (let ((?x622 (/ ?x2361 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x834 (+ ?x187 ?x622)))
 (let ((?x1625 (* |g2[1]| ?x527)))
 (let ((?x1294 (* (/ 1.0 2.0) ?x527)))
 (let ((?x2419 (* 0.0 ?x1294)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1650 (+ ?x123 ?x2419)))
 (let ((?x2451 (* |h2[1,1]| ?x1650)))
 (let ((?x2187 (+ ?x65 ?x2419)))
 (let ((?x2041 (* |h2[0,1]| ?x2187)))
 (let ((?x1918 (+ ?x2041 ?x2451)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2352 (+ ?x141 ?x2419)))
 (let ((?x2475 (+ ?x2352 ?x1918)))
 (let ((?x2300 (+ ?x2475 ?x1625)))
 (let ((?x693 (+ ?x2300 ?x834)))
 (let ((?x1954 (+ ?x693 ?x2463)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x433 (+ ?x131 ?x1954)))
 (let ((?x317 (* ?x223 ?x433)))
 (or (and (distinct ?x317 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x286 (* ?x165 ?x196)))
 (let ((?x1643 (- ?x286)))
 (let ((?x426 (+ ?x185 ?x1643)))
 (let ((?x1321 (* ?x129 ?x426)))
 (let ((?x1768 (- ?x1321)))
 (let ((?x1223 (* ?x206 ?x426)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x500 (* ?x127 ?x196)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x2330 (* ?x165 ?x975)))
 (let ((?x466 (+ ?x2330 ?x500)))
 (let ((?x885 (- ?x466)))
 (let ((?x709 (+ ?x423 ?x885)))
 (let ((?x2090 (* ?x129 ?x709)))
 (let ((?x2487 (+ ?x2090 ?x1223)))
 (let ((?x2263 (* ?x11 ?x2487)))
 (let ((?x1075 (+ ?x2263 ?x1768)))
 (let ((?x1705 (- ?x1075)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x2244 (+ ?x972 ?x1705)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1713 (+ ?x131 ?x2244)))
 (let ((?x1264 (* ?x223 ?x1713)))
 (or (and (distinct ?x1264 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (= 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1551 (+ ?x127 ?x2129)))
 (let ((?x1295 (- ?x1551)))
 (let ((?x1966 (+ ?x160 ?x1295)))
 (let ((?x1772 (* ?x1414 ?x1966)))
 (let ((?x1474 (* ?x1772 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2331 (* 2.0 ?x1551)))
 (let ((?x699 (- ?x2331)))
 (let ((?x907 (+ ?x160 ?x699)))
 (let ((?x656 (+ ?x88 ?x907)))
 (let ((?x1271 (* ?x656 1.0)))
 (let ((?x2254 (* f2 ?x1271)))
 (let ((?x1809 (+ ?x2254 ?x177)))
 (let ((?x982 (* ?x98 ?x1271)))
 (let ((?x715 (+ ?x982 ?x1809)))
 (let ((?x1184 (- ?x715)))
 (let ((?x1333 (* 2.0 ?x1184)))
 (let ((?x2448 (* ?x1414 ?x1333)))
 (let ((?x1906 (+ ?x2448 ?x1474)))
 (let ((?x1121 (- ?x1906)))
 (let ((?x786 (+ ?x1184 ?x1121)))
 (let ((?x518 (* ?x129 ?x786)))
 (let ((?x818 (+ ?x518 ?x1936)))
 (let ((?x1946 (* ?x11 ?x818)))
 (let ((?x1265 (+ ?x1946 ?x2201)))
 (let ((?x1681 (- ?x1265)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x287 (/ ?x1184 scale)))
 (let ((?x863 (+ ?x287 ?x187)))
 (let ((?x1921 (* |g2[1]| ?x1271)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2036 (* (/ 1.0 2.0) ?x1271)))
 (let ((?x909 (* 0.0 ?x2036)))
 (let ((?x842 (+ ?x909 ?x123)))
 (let ((?x1799 (* |h2[1,1]| ?x842)))
 (let ((?x941 (+ ?x909 ?x65)))
 (let ((?x2028 (* |h2[0,1]| ?x941)))
 (let ((?x1973 (+ ?x2028 ?x1799)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1122 (+ ?x909 ?x141)))
 (let ((?x339 (+ ?x1122 ?x1973)))
 (let ((?x1817 (+ ?x339 ?x1921)))
 (let ((?x498 (+ ?x1817 ?x863)))
 (let ((?x587 (+ ?x498 ?x1681)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2149 (+ ?x131 ?x587)))
 (let ((?x1490 (* ?x1499 ?x2149)))
 (or (and (distinct ?x1490 ?x575) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (= 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x3294 (- ?x2124)))
 (let ((?x2290 (+ ?x160 ?x3294)))
 (let ((?x1149 (* ?x1414 ?x2290)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2289 (* ?x196 ?x1149)))
 (let ((?x3025 (* 2.0 ?x2124)))
 (let ((?x1834 (- ?x3025)))
 (let ((?x427 (+ ?x160 ?x1834)))
 (let ((?x2853 (+ ?x88 ?x427)))
 (let ((?x2104 (* 1.0 ?x2853)))
 (let ((?x2762 (* f2 ?x2104)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x541 (+ ?x177 ?x2762)))
 (let ((?x1135 (* ?x98 ?x2104)))
 (let ((?x3608 (+ ?x1135 ?x541)))
 (let ((?x2324 (- ?x3608)))
 (let ((?x853 (* 2.0 ?x2324)))
 (let ((?x3603 (* ?x1414 ?x853)))
 (let ((?x1740 (+ ?x3603 ?x2289)))
 (let ((?x2544 (- ?x1740)))
 (let ((?x377 (+ ?x2324 ?x2544)))
 (let ((?x360 (* ?x129 ?x377)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x2115 (+ ?x1936 ?x360)))
 (let ((?x1066 (* ?x11 ?x2115)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x1733 (+ ?x2201 ?x1066)))
 (let ((?x2997 (- ?x1733)))
 (let ((?x2268 (/ ?x2324 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2738 (+ ?x187 ?x2268)))
 (let ((?x1929 (* |g2[1]| ?x2104)))
 (let ((?x1746 (* (/ 1.0 2.0) ?x2104)))
 (let ((?x3121 (* 0.0 ?x1746)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x665 (+ ?x123 ?x3121)))
 (let ((?x3611 (* |h2[1,1]| ?x665)))
 (let ((?x1703 (+ ?x65 ?x3121)))
 (let ((?x1352 (* |h2[0,1]| ?x1703)))
 (let ((?x1078 (+ ?x1352 ?x3611)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x3604 (+ ?x141 ?x3121)))
 (let ((?x2393 (+ ?x3604 ?x1078)))
 (let ((?x2399 (+ ?x2393 ?x1929)))
 (let ((?x2354 (+ ?x2399 ?x2738)))
 (let ((?x1894 (+ ?x2354 ?x2997)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2303 (+ ?x131 ?x1894)))
 (let ((?x2248 (* ?x1499 ?x2303)))
 (or (and (distinct ?x2248 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (= 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x286 (* ?x165 ?x196)))
 (let ((?x1643 (- ?x286)))
 (let ((?x426 (+ ?x185 ?x1643)))
 (let ((?x1321 (* ?x129 ?x426)))
 (let ((?x1768 (- ?x1321)))
 (let ((?x1223 (* ?x206 ?x426)))
 (let ((?x500 (* ?x127 ?x196)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x453 (* ?x165 ?x1683)))
 (let ((?x1140 (+ ?x453 ?x500)))
 (let ((?x920 (- ?x1140)))
 (let ((?x3241 (+ ?x929 ?x920)))
 (let ((?x722 (* ?x129 ?x3241)))
 (let ((?x3153 (+ ?x722 ?x1223)))
 (let ((?x2730 (* ?x11 ?x3153)))
 (let ((?x3120 (+ ?x2730 ?x1768)))
 (let ((?x1070 (- ?x3120)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1481 (+ ?x642 ?x1070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3540 (+ ?x131 ?x1481)))
 (let ((?x1444 (* ?x1499 ?x3540)))
 (or (and (distinct ?x1444 ?x575) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603)))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1272 (/ ?x1347 exp!1)))
 (let ((?x1414 (* ?x1272 exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x826 (- ?x282)))
 (let ((?x1472 (+ ?x160 ?x826)))
 (let ((?x2016 (* ?x96 ?x1472)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x900 (* ?x196 ?x2016)))
 (let ((?x2387 (* 2.0 ?x282)))
 (let ((?x581 (- ?x2387)))
 (let ((?x582 (+ ?x160 ?x581)))
 (let ((?x2386 (+ ?x88 ?x582)))
 (let ((?x527 (* 1.0 ?x2386)))
 (let ((?x1559 (* f2 ?x527)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2417 (+ ?x177 ?x1559)))
 (let ((?x736 (* ?x98 ?x527)))
 (let ((?x1584 (+ ?x736 ?x2417)))
 (let ((?x2361 (- ?x1584)))
 (let ((?x855 (* 2.0 ?x2361)))
 (let ((?x1243 (* ?x96 ?x855)))
 (let ((?x1172 (+ ?x1243 ?x900)))
 (let ((?x2166 (- ?x1172)))
 (let ((?x1943 (+ ?x2361 ?x2166)))
 (let ((?x1339 (* ?x129 ?x1943)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1507 (+ ?x210 ?x1339)))
 (let ((?x1435 (* ?x11 ?x1507)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1933 (+ ?x214 ?x1435)))
 (let ((?x2463 (- ?x1933)))
 (let ((?x622 (/ ?x2361 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x834 (+ ?x187 ?x622)))
 (let ((?x1625 (* |g2[1]| ?x527)))
 (let ((?x1294 (* (/ 1.0 2.0) ?x527)))
 (let ((?x2419 (* 0.0 ?x1294)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1650 (+ ?x123 ?x2419)))
 (let ((?x2451 (* |h2[1,1]| ?x1650)))
 (let ((?x2187 (+ ?x65 ?x2419)))
 (let ((?x2041 (* |h2[0,1]| ?x2187)))
 (let ((?x1918 (+ ?x2041 ?x2451)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2352 (+ ?x141 ?x2419)))
 (let ((?x2475 (+ ?x2352 ?x1918)))
 (let ((?x2300 (+ ?x2475 ?x1625)))
 (let ((?x693 (+ ?x2300 ?x834)))
 (let ((?x1954 (+ ?x693 ?x2463)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x433 (+ ?x131 ?x1954)))
 (let ((?x317 (* ?x223 ?x433)))
 (or (and (distinct ?x317 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x286 (* ?x165 ?x196)))
 (let ((?x1643 (- ?x286)))
 (let ((?x426 (+ ?x185 ?x1643)))
 (let ((?x1321 (* ?x129 ?x426)))
 (let ((?x1768 (- ?x1321)))
 (let ((?x1223 (* ?x206 ?x426)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x500 (* ?x127 ?x196)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x282 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x280 (+ ?x110 ?x282)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x2330 (* ?x165 ?x975)))
 (let ((?x466 (+ ?x2330 ?x500)))
 (let ((?x885 (- ?x466)))
 (let ((?x709 (+ ?x423 ?x885)))
 (let ((?x2090 (* ?x129 ?x709)))
 (let ((?x2487 (+ ?x2090 ?x1223)))
 (let ((?x2263 (* ?x11 ?x2487)))
 (let ((?x1075 (+ ?x2263 ?x1768)))
 (let ((?x1705 (- ?x1075)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x2244 (+ ?x972 ?x1705)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1713 (+ ?x131 ?x2244)))
 (let ((?x1264 (* ?x223 ?x1713)))
 (or (and (distinct ?x1264 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1000 (- ?x280)))
 (let ((?x1001 (+ ?x160 ?x1000)))
 (let ((?x998 (* ?x96 ?x1001)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x999 (* ?x196 ?x998)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x357 (- ?x281)))
 (let ((?x358 (+ ?x160 ?x357)))
 (let ((?x361 (+ ?x88 ?x358)))
 (let ((?x362 (* 1.0 ?x361)))
 (let ((?x413 (* f2 ?x362)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x415 (+ ?x177 ?x413)))
 (let ((?x412 (* ?x98 ?x362)))
 (let ((?x416 (+ ?x412 ?x415)))
 (let ((?x423 (- ?x416)))
 (let ((?x975 (* 2.0 ?x423)))
 (let ((?x976 (* ?x96 ?x975)))
 (let ((?x331 (+ ?x976 ?x999)))
 (let ((?x332 (- ?x331)))
 (let ((?x334 (+ ?x423 ?x332)))
 (let ((?x340 (* ?x129 ?x334)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x342 (+ ?x210 ?x340)))
 (let ((?x625 (* ?x11 ?x342)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1004 (+ ?x214 ?x625)))
 (let ((?x1030 (- ?x1004)))
 (let ((?x313 (/ ?x423 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x974 (+ ?x187 ?x313)))
 (let ((?x408 (* |g2[1]| ?x362)))
 (let ((?x365 (* (/ 1.0 2.0) ?x362)))
 (let ((?x366 (* 0.0 ?x365)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x390 (+ ?x123 ?x366)))
 (let ((?x414 (* |h2[1,1]| ?x390)))
 (let ((?x382 (+ ?x65 ?x366)))
 (let ((?x386 (* |h2[0,1]| ?x382)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x396 (+ ?x141 ?x366)))
 (let ((?x407 (+ ?x396 ?x406)))
 (let ((?x409 (+ ?x407 ?x408)))
 (let ((?x972 (+ ?x409 ?x974)))
 (let ((?x1018 (+ ?x972 ?x1030)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x583 (+ ?x131 ?x1018)))
 (let ((?x584 (* ?x223 ?x583)))
 (or (and (distinct ?x584 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (= 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1551 (+ ?x127 ?x2129)))
 (let ((?x1295 (- ?x1551)))
 (let ((?x1966 (+ ?x160 ?x1295)))
 (let ((?x1772 (* ?x1414 ?x1966)))
 (let ((?x1474 (* ?x1772 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2331 (* 2.0 ?x1551)))
 (let ((?x699 (- ?x2331)))
 (let ((?x907 (+ ?x160 ?x699)))
 (let ((?x656 (+ ?x88 ?x907)))
 (let ((?x1271 (* ?x656 1.0)))
 (let ((?x2254 (* f2 ?x1271)))
 (let ((?x1809 (+ ?x2254 ?x177)))
 (let ((?x982 (* ?x98 ?x1271)))
 (let ((?x715 (+ ?x982 ?x1809)))
 (let ((?x1184 (- ?x715)))
 (let ((?x1333 (* 2.0 ?x1184)))
 (let ((?x2448 (* ?x1414 ?x1333)))
 (let ((?x1906 (+ ?x2448 ?x1474)))
 (let ((?x1121 (- ?x1906)))
 (let ((?x786 (+ ?x1184 ?x1121)))
 (let ((?x518 (* ?x129 ?x786)))
 (let ((?x818 (+ ?x518 ?x1936)))
 (let ((?x1946 (* ?x11 ?x818)))
 (let ((?x1265 (+ ?x1946 ?x2201)))
 (let ((?x1681 (- ?x1265)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x287 (/ ?x1184 scale)))
 (let ((?x863 (+ ?x287 ?x187)))
 (let ((?x1921 (* |g2[1]| ?x1271)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2036 (* (/ 1.0 2.0) ?x1271)))
 (let ((?x909 (* 0.0 ?x2036)))
 (let ((?x842 (+ ?x909 ?x123)))
 (let ((?x1799 (* |h2[1,1]| ?x842)))
 (let ((?x941 (+ ?x909 ?x65)))
 (let ((?x2028 (* |h2[0,1]| ?x941)))
 (let ((?x1973 (+ ?x2028 ?x1799)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1122 (+ ?x909 ?x141)))
 (let ((?x339 (+ ?x1122 ?x1973)))
 (let ((?x1817 (+ ?x339 ?x1921)))
 (let ((?x498 (+ ?x1817 ?x863)))
 (let ((?x587 (+ ?x498 ?x1681)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2149 (+ ?x131 ?x587)))
 (let ((?x1490 (* ?x1499 ?x2149)))
 (or (and (distinct ?x1490 ?x575) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (= 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x3294 (- ?x2124)))
 (let ((?x2290 (+ ?x160 ?x3294)))
 (let ((?x1149 (* ?x1414 ?x2290)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2289 (* ?x196 ?x1149)))
 (let ((?x3025 (* 2.0 ?x2124)))
 (let ((?x1834 (- ?x3025)))
 (let ((?x427 (+ ?x160 ?x1834)))
 (let ((?x2853 (+ ?x88 ?x427)))
 (let ((?x2104 (* 1.0 ?x2853)))
 (let ((?x2762 (* f2 ?x2104)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x541 (+ ?x177 ?x2762)))
 (let ((?x1135 (* ?x98 ?x2104)))
 (let ((?x3608 (+ ?x1135 ?x541)))
 (let ((?x2324 (- ?x3608)))
 (let ((?x853 (* 2.0 ?x2324)))
 (let ((?x3603 (* ?x1414 ?x853)))
 (let ((?x1740 (+ ?x3603 ?x2289)))
 (let ((?x2544 (- ?x1740)))
 (let ((?x377 (+ ?x2324 ?x2544)))
 (let ((?x360 (* ?x129 ?x377)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x2115 (+ ?x1936 ?x360)))
 (let ((?x1066 (* ?x11 ?x2115)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x1733 (+ ?x2201 ?x1066)))
 (let ((?x2997 (- ?x1733)))
 (let ((?x2268 (/ ?x2324 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2738 (+ ?x187 ?x2268)))
 (let ((?x1929 (* |g2[1]| ?x2104)))
 (let ((?x1746 (* (/ 1.0 2.0) ?x2104)))
 (let ((?x3121 (* 0.0 ?x1746)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x665 (+ ?x123 ?x3121)))
 (let ((?x3611 (* |h2[1,1]| ?x665)))
 (let ((?x1703 (+ ?x65 ?x3121)))
 (let ((?x1352 (* |h2[0,1]| ?x1703)))
 (let ((?x1078 (+ ?x1352 ?x3611)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x3604 (+ ?x141 ?x3121)))
 (let ((?x2393 (+ ?x3604 ?x1078)))
 (let ((?x2399 (+ ?x2393 ?x1929)))
 (let ((?x2354 (+ ?x2399 ?x2738)))
 (let ((?x1894 (+ ?x2354 ?x2997)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2303 (+ ?x131 ?x1894)))
 (let ((?x2248 (* ?x1499 ?x2303)))
 (or (and (distinct ?x2248 ?x575) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (= 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x286 (* ?x165 ?x196)))
 (let ((?x1643 (- ?x286)))
 (let ((?x426 (+ ?x185 ?x1643)))
 (let ((?x1321 (* ?x129 ?x426)))
 (let ((?x1768 (- ?x1321)))
 (let ((?x1223 (* ?x206 ?x426)))
 (let ((?x500 (* ?x127 ?x196)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x453 (* ?x165 ?x1683)))
 (let ((?x1140 (+ ?x453 ?x500)))
 (let ((?x920 (- ?x1140)))
 (let ((?x3241 (+ ?x929 ?x920)))
 (let ((?x722 (* ?x129 ?x3241)))
 (let ((?x3153 (+ ?x722 ?x1223)))
 (let ((?x2730 (* ?x11 ?x3153)))
 (let ((?x3120 (+ ?x2730 ?x1768)))
 (let ((?x1070 (- ?x3120)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1481 (+ ?x642 ?x1070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3540 (+ ?x131 ?x1481)))
 (let ((?x1444 (* ?x1499 ?x3540)))
 (or (and (distinct ?x1444 ?x575) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x1381 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2545 (+ ?x1381 ?x1573)))
 (let ((?x2253 (* 2.0 ?x2545)))
 (let ((?x1590 (- ?x2253)))
 (let ((?x1812 (+ ?x160 ?x1590)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1200 (+ ?x88 ?x1812)))
 (let ((?x1990 (* ?x1499 ?x1200)))
 (let ((?x1631 (* |g2[1]| ?x1990)))
 (let ((?x2186 (+ ?x1631 ?x1691)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x859 (* (/ 1.0 2.0) ?x230)))
 (let ((?x994 (+ ?x859 ?x1803)))
 (let ((?x652 (* 2.0 ?x994)))
 (let ((?x2121 (- ?x652)))
 (let ((?x1563 (+ ?x230 ?x2121)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2616 (+ ?x226 ?x1563)))
 (let ((?x2013 (* ?x2616 ?x1990)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x529 (* (/ 1.0 2.0) ?x245)))
 (let ((?x856 (+ ?x529 ?x2581)))
 (let ((?x2264 (* 2.0 ?x856)))
 (let ((?x1602 (- ?x2264)))
 (let ((?x628 (+ ?x245 ?x1602)))
 (let ((?x241 (- ?x95)))
 (let ((?x956 (+ ?x241 ?x628)))
 (let ((?x1881 (* ?x1499 ?x956)))
 (let ((?x1666 (+ ?x1881 ?x2013)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1203 (* ?x240 ?x1666)))
 (let ((?x294 (* ?x1499 ?x2616)))
 (let ((?x2075 (* |g2[0]| ?x294)))
 (let ((?x899 (+ ?x2075 ?x1203)))
 (let ((?x575 (+ ?x899 ?x2186)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x575) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (< 0.0 ?x603))))
(assert
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
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let (($x1644 (= 0.0 ?x603)))
 (not $x1644)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1506 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x603 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1573 (/ ?x127 ?x603)))
 (let ((?x2977 (+ ?x1573 ?x1506)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x2057 (- ?x2916)))
 (let ((?x838 (+ ?x160 ?x2057)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2344 (+ ?x88 ?x838)))
 (let ((?x2500 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1499 (* ?x2500 exp!2)))
 (let ((?x2971 (* ?x1499 ?x2344)))
 (let ((?x2612 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1691 (* ?x276 ?x1499)))
 (let ((?x2968 (+ ?x1691 ?x2612)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1173 (* 0.0 ?x230)))
 (let ((?x870 (* ?x230 ?x165)))
 (let ((?x1803 (/ ?x870 ?x603)))
 (let ((?x2401 (+ ?x1803 ?x1173)))
 (let ((?x2338 (* 2.0 ?x2401)))
 (let ((?x2980 (- ?x2338)))
 (let ((?x2383 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x2383)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x1430 (- ?x127)))
 (let ((?x1615 (* ?x870 ?x1430)))
 (let ((?x297 (/ 1.0 (* ?x603 ?x603))))
 (let ((?x1858 (* ?x297 ?x1615)))
 (let ((?x1169 (* ?x230 ?x127)))
 (let ((?x1369 (* ?x245 ?x165)))
 (let ((?x2065 (+ ?x1369 ?x1169)))
 (let ((?x2210 (/ ?x2065 ?x603)))
 (let ((?x2581 (+ ?x2210 ?x1858)))
 (let ((?x2556 (+ ?x2581 ?x2978)))
 (let ((?x1895 (* 2.0 ?x2556)))
 (let ((?x1763 (- ?x1895)))
 (let ((?x524 (+ ?x245 ?x1763)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x524)))
 (let ((?x1087 (* ?x1499 ?x2975)))
 (let ((?x2972 (+ ?x1087 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1819 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1499 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x1819)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1414 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2124 (* ?x160 ?x1414)))
 (let ((?x1347 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2129 (* 0.0 ?x1347)))
 (let ((?x1950 (+ ?x2129 ?x2124)))
 (let ((?x1618 (- ?x1950)))
 (let ((?x1336 (+ ?x160 ?x1618)))
 (let ((?x1299 (* ?x1414 ?x1336)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x411 (* ?x196 ?x1299)))
 (let ((?x1687 (* 2.0 ?x1950)))
 (let ((?x2322 (- ?x1687)))
 (let ((?x577 (+ ?x160 ?x2322)))
 (let ((?x1074 (+ ?x88 ?x577)))
 (let ((?x1479 (* 1.0 ?x1074)))
 (let ((?x930 (* f2 ?x1479)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1428 (+ ?x177 ?x930)))
 (let ((?x948 (* ?x98 ?x1479)))
 (let ((?x954 (+ ?x948 ?x1428)))
 (let ((?x929 (- ?x954)))
 (let ((?x1683 (* 2.0 ?x929)))
 (let ((?x2157 (* ?x1414 ?x1683)))
 (let ((?x658 (+ ?x2157 ?x411)))
 (let ((?x823 (- ?x658)))
 (let ((?x604 (+ ?x929 ?x823)))
 (let ((?x1774 (* ?x129 ?x604)))
 (let ((?x2345 (* ?x1414 ?x196)))
 (let ((?x2316 (- ?x2345)))
 (let ((?x467 (+ ?x185 ?x2316)))
 (let ((?x1936 (* ?x206 ?x467)))
 (let ((?x1718 (+ ?x1936 ?x1774)))
 (let ((?x641 (* ?x11 ?x1718)))
 (let ((?x550 (* ?x129 ?x467)))
 (let ((?x2201 (- ?x550)))
 (let ((?x744 (+ ?x2201 ?x641)))
 (let ((?x1270 (- ?x744)))
 (let ((?x1213 (/ ?x929 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1726 (+ ?x187 ?x1213)))
 (let ((?x766 (* |g2[1]| ?x1479)))
 (let ((?x1907 (* (/ 1.0 2.0) ?x1479)))
 (let ((?x698 (* 0.0 ?x1907)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x547 (+ ?x123 ?x698)))
 (let ((?x2038 (* |h2[1,1]| ?x547)))
 (let ((?x1441 (+ ?x65 ?x698)))
 (let ((?x1353 (* |h2[0,1]| ?x1441)))
 (let ((?x1042 (+ ?x1353 ?x2038)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x630 (+ ?x141 ?x698)))
 (let ((?x889 (+ ?x630 ?x1042)))
 (let ((?x354 (+ ?x889 ?x766)))
 (let ((?x642 (+ ?x354 ?x1726)))
 (let ((?x1003 (+ ?x642 ?x1270)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x852 (+ ?x131 ?x1003)))
 (let ((?x638 (* ?x1499 ?x852)))
 (or (and (distinct ?x638 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!38 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!38) (< exp!1 exp!3)))
(assert
 (= (< log!38 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!38) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!38 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!38)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
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
 (= (< 0.0 log!38) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!38) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
