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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (let ((?x1587 (- ?x282)))
 (let ((?x1476 (+ ?x160 ?x1587)))
 (let ((?x2032 (* ?x96 ?x1476)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x802 (* ?x196 ?x2032)))
 (let ((?x2391 (* 2.0 ?x282)))
 (let ((?x581 (- ?x2391)))
 (let ((?x582 (+ ?x160 ?x581)))
 (let ((?x2390 (+ ?x88 ?x582)))
 (let ((?x529 (* 1.0 ?x2390)))
 (let ((?x466 (* f2 ?x529)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x528 (+ ?x177 ?x466)))
 (let ((?x1420 (* ?x98 ?x529)))
 (let ((?x2170 (+ ?x1420 ?x528)))
 (let ((?x2365 (- ?x2170)))
 (let ((?x1426 (* 2.0 ?x2365)))
 (let ((?x1954 (* ?x96 ?x1426)))
 (let ((?x2110 (+ ?x1954 ?x802)))
 (let ((?x1915 (- ?x2110)))
 (let ((?x1662 (+ ?x2365 ?x1915)))
 (let ((?x1128 (* ?x129 ?x1662)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1511 (+ ?x210 ?x1128)))
 (let ((?x1411 (* ?x11 ?x1511)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x2024 (+ ?x214 ?x1411)))
 (let ((?x2216 (- ?x2024)))
 (let ((?x1558 (/ ?x2365 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1360 (+ ?x187 ?x1558)))
 (let ((?x1629 (* |g2[1]| ?x529)))
 (let ((?x1439 (* (/ 1.0 2.0) ?x529)))
 (let ((?x1999 (* 0.0 ?x1439)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2292 (+ ?x123 ?x1999)))
 (let ((?x1377 (* |h2[1,1]| ?x2292)))
 (let ((?x2475 (+ ?x65 ?x1999)))
 (let ((?x2247 (* |h2[0,1]| ?x2475)))
 (let ((?x859 (+ ?x2247 ?x1377)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x794 (+ ?x141 ?x1999)))
 (let ((?x2191 (+ ?x794 ?x859)))
 (let ((?x2304 (+ ?x2191 ?x1629)))
 (let ((?x693 (+ ?x2304 ?x1360)))
 (let ((?x1958 (+ ?x693 ?x2216)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x433 (+ ?x131 ?x1958)))
 (let ((?x726 (* ?x223 ?x433)))
 (or (and (distinct ?x726 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (let ((?x1167 (* ?x165 ?x196)))
 (let ((?x1415 (- ?x1167)))
 (let ((?x568 (+ ?x185 ?x1415)))
 (let ((?x1316 (* ?x129 ?x568)))
 (let ((?x1711 (- ?x1316)))
 (let ((?x312 (* ?x206 ?x568)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2296 (* ?x127 ?x196)))
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
 (let ((?x1827 (* ?x165 ?x975)))
 (let ((?x1638 (+ ?x1827 ?x2296)))
 (let ((?x2332 (- ?x1638)))
 (let ((?x1242 (+ ?x423 ?x2332)))
 (let ((?x2109 (* ?x129 ?x1242)))
 (let ((?x2438 (+ ?x2109 ?x312)))
 (let ((?x2202 (* ?x11 ?x2438)))
 (let ((?x841 (+ ?x2202 ?x1711)))
 (let ((?x1372 (- ?x841)))
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
 (let ((?x2221 (+ ?x972 ?x1372)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1756 (+ ?x131 ?x2221)))
 (let ((?x2519 (* ?x223 ?x1756)))
 (or (and (distinct ?x2519 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (= 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x1159 (+ ?x127 ?x1818)))
 (let ((?x1324 (- ?x1159)))
 (let ((?x1539 (+ ?x160 ?x1324)))
 (let ((?x2219 (* ?x1041 ?x1539)))
 (let ((?x2333 (* ?x2219 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1227 (* 2.0 ?x1159)))
 (let ((?x2335 (- ?x1227)))
 (let ((?x929 (+ ?x160 ?x2335)))
 (let ((?x557 (+ ?x88 ?x929)))
 (let ((?x814 (* ?x557 1.0)))
 (let ((?x2557 (* f2 ?x814)))
 (let ((?x2543 (+ ?x2557 ?x177)))
 (let ((?x2147 (* ?x98 ?x814)))
 (let ((?x2174 (+ ?x2147 ?x2543)))
 (let ((?x944 (- ?x2174)))
 (let ((?x2453 (* 2.0 ?x944)))
 (let ((?x804 (* ?x1041 ?x2453)))
 (let ((?x648 (+ ?x804 ?x2333)))
 (let ((?x1253 (- ?x648)))
 (let ((?x2190 (+ ?x944 ?x1253)))
 (let ((?x1810 (* ?x129 ?x2190)))
 (let ((?x1345 (+ ?x1810 ?x918)))
 (let ((?x2299 (* ?x11 ?x1345)))
 (let ((?x2020 (+ ?x2299 ?x2083)))
 (let ((?x2546 (- ?x2020)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1303 (/ ?x944 scale)))
 (let ((?x1723 (+ ?x1303 ?x187)))
 (let ((?x1289 (* |g2[1]| ?x814)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1423 (* (/ 1.0 2.0) ?x814)))
 (let ((?x1560 (* 0.0 ?x1423)))
 (let ((?x575 (+ ?x1560 ?x123)))
 (let ((?x1864 (* |h2[1,1]| ?x575)))
 (let ((?x1119 (+ ?x1560 ?x65)))
 (let ((?x721 (* |h2[0,1]| ?x1119)))
 (let ((?x327 (+ ?x721 ?x1864)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x937 (+ ?x1560 ?x141)))
 (let ((?x1918 (+ ?x937 ?x327)))
 (let ((?x1679 (+ ?x1918 ?x1289)))
 (let ((?x1383 (+ ?x1679 ?x1723)))
 (let ((?x1160 (+ ?x1383 ?x2546)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x476 (+ ?x131 ?x1160)))
 (let ((?x377 (* ?x790 ?x476)))
 (or (and (distinct ?x377 ?x2265) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (= 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x3560 (- ?x2123)))
 (let ((?x1532 (+ ?x160 ?x3560)))
 (let ((?x2497 (* ?x1041 ?x1532)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2483 (* ?x196 ?x2497)))
 (let ((?x1385 (* 2.0 ?x2123)))
 (let ((?x2310 (- ?x1385)))
 (let ((?x2485 (+ ?x160 ?x2310)))
 (let ((?x2873 (+ ?x88 ?x2485)))
 (let ((?x2063 (* 1.0 ?x2873)))
 (let ((?x3292 (* f2 ?x2063)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1031 (+ ?x177 ?x3292)))
 (let ((?x2878 (* ?x98 ?x2063)))
 (let ((?x1657 (+ ?x2878 ?x1031)))
 (let ((?x3616 (- ?x1657)))
 (let ((?x2187 (* 2.0 ?x3616)))
 (let ((?x1292 (* ?x1041 ?x2187)))
 (let ((?x1798 (+ ?x1292 ?x2483)))
 (let ((?x484 (- ?x1798)))
 (let ((?x2651 (+ ?x3616 ?x484)))
 (let ((?x700 (* ?x129 ?x2651)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x3099 (+ ?x918 ?x700)))
 (let ((?x2279 (* ?x11 ?x3099)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x440 (+ ?x2083 ?x2279)))
 (let ((?x2003 (- ?x440)))
 (let ((?x2944 (/ ?x3616 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x405 (+ ?x187 ?x2944)))
 (let ((?x991 (* |g2[1]| ?x2063)))
 (let ((?x2715 (* (/ 1.0 2.0) ?x2063)))
 (let ((?x1773 (* 0.0 ?x2715)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2111 (+ ?x123 ?x1773)))
 (let ((?x2829 (* |h2[1,1]| ?x2111)))
 (let ((?x2057 (+ ?x65 ?x1773)))
 (let ((?x1409 (* |h2[0,1]| ?x2057)))
 (let ((?x2507 (+ ?x1409 ?x2829)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2322 (+ ?x141 ?x1773)))
 (let ((?x1393 (+ ?x2322 ?x2507)))
 (let ((?x493 (+ ?x1393 ?x991)))
 (let ((?x2469 (+ ?x493 ?x405)))
 (let ((?x1305 (+ ?x2469 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x895 (+ ?x131 ?x1305)))
 (let ((?x393 (* ?x790 ?x895)))
 (or (and (distinct ?x393 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (= 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1167 (* ?x165 ?x196)))
 (let ((?x1415 (- ?x1167)))
 (let ((?x568 (+ ?x185 ?x1415)))
 (let ((?x1316 (* ?x129 ?x568)))
 (let ((?x1711 (- ?x1316)))
 (let ((?x312 (* ?x206 ?x568)))
 (let ((?x2296 (* ?x127 ?x196)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1127 (* ?x165 ?x1019)))
 (let ((?x489 (+ ?x1127 ?x2296)))
 (let ((?x2733 (- ?x489)))
 (let ((?x3259 (+ ?x1336 ?x2733)))
 (let ((?x1866 (* ?x129 ?x3259)))
 (let ((?x3647 (+ ?x1866 ?x312)))
 (let ((?x1935 (* ?x11 ?x3647)))
 (let ((?x3656 (+ ?x1935 ?x1711)))
 (let ((?x1263 (- ?x3656)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x2702 (+ ?x467 ?x1263)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1549 (+ ?x131 ?x2702)))
 (let ((?x828 (* ?x790 ?x1549)))
 (or (and (distinct ?x828 ?x2265) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x539 (/ ?x1519 exp!1)))
 (let ((?x1041 (* ?x539 exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1587 (- ?x282)))
 (let ((?x1476 (+ ?x160 ?x1587)))
 (let ((?x2032 (* ?x96 ?x1476)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x802 (* ?x196 ?x2032)))
 (let ((?x2391 (* 2.0 ?x282)))
 (let ((?x581 (- ?x2391)))
 (let ((?x582 (+ ?x160 ?x581)))
 (let ((?x2390 (+ ?x88 ?x582)))
 (let ((?x529 (* 1.0 ?x2390)))
 (let ((?x466 (* f2 ?x529)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x528 (+ ?x177 ?x466)))
 (let ((?x1420 (* ?x98 ?x529)))
 (let ((?x2170 (+ ?x1420 ?x528)))
 (let ((?x2365 (- ?x2170)))
 (let ((?x1426 (* 2.0 ?x2365)))
 (let ((?x1954 (* ?x96 ?x1426)))
 (let ((?x2110 (+ ?x1954 ?x802)))
 (let ((?x1915 (- ?x2110)))
 (let ((?x1662 (+ ?x2365 ?x1915)))
 (let ((?x1128 (* ?x129 ?x1662)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1511 (+ ?x210 ?x1128)))
 (let ((?x1411 (* ?x11 ?x1511)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x2024 (+ ?x214 ?x1411)))
 (let ((?x2216 (- ?x2024)))
 (let ((?x1558 (/ ?x2365 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1360 (+ ?x187 ?x1558)))
 (let ((?x1629 (* |g2[1]| ?x529)))
 (let ((?x1439 (* (/ 1.0 2.0) ?x529)))
 (let ((?x1999 (* 0.0 ?x1439)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2292 (+ ?x123 ?x1999)))
 (let ((?x1377 (* |h2[1,1]| ?x2292)))
 (let ((?x2475 (+ ?x65 ?x1999)))
 (let ((?x2247 (* |h2[0,1]| ?x2475)))
 (let ((?x859 (+ ?x2247 ?x1377)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x794 (+ ?x141 ?x1999)))
 (let ((?x2191 (+ ?x794 ?x859)))
 (let ((?x2304 (+ ?x2191 ?x1629)))
 (let ((?x693 (+ ?x2304 ?x1360)))
 (let ((?x1958 (+ ?x693 ?x2216)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x433 (+ ?x131 ?x1958)))
 (let ((?x726 (* ?x223 ?x433)))
 (or (and (distinct ?x726 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1167 (* ?x165 ?x196)))
 (let ((?x1415 (- ?x1167)))
 (let ((?x568 (+ ?x185 ?x1415)))
 (let ((?x1316 (* ?x129 ?x568)))
 (let ((?x1711 (- ?x1316)))
 (let ((?x312 (* ?x206 ?x568)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2296 (* ?x127 ?x196)))
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
 (let ((?x1827 (* ?x165 ?x975)))
 (let ((?x1638 (+ ?x1827 ?x2296)))
 (let ((?x2332 (- ?x1638)))
 (let ((?x1242 (+ ?x423 ?x2332)))
 (let ((?x2109 (* ?x129 ?x1242)))
 (let ((?x2438 (+ ?x2109 ?x312)))
 (let ((?x2202 (* ?x11 ?x2438)))
 (let ((?x841 (+ ?x2202 ?x1711)))
 (let ((?x1372 (- ?x841)))
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
 (let ((?x2221 (+ ?x972 ?x1372)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1756 (+ ?x131 ?x2221)))
 (let ((?x2519 (* ?x223 ?x1756)))
 (or (and (distinct ?x2519 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (= 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x1159 (+ ?x127 ?x1818)))
 (let ((?x1324 (- ?x1159)))
 (let ((?x1539 (+ ?x160 ?x1324)))
 (let ((?x2219 (* ?x1041 ?x1539)))
 (let ((?x2333 (* ?x2219 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1227 (* 2.0 ?x1159)))
 (let ((?x2335 (- ?x1227)))
 (let ((?x929 (+ ?x160 ?x2335)))
 (let ((?x557 (+ ?x88 ?x929)))
 (let ((?x814 (* ?x557 1.0)))
 (let ((?x2557 (* f2 ?x814)))
 (let ((?x2543 (+ ?x2557 ?x177)))
 (let ((?x2147 (* ?x98 ?x814)))
 (let ((?x2174 (+ ?x2147 ?x2543)))
 (let ((?x944 (- ?x2174)))
 (let ((?x2453 (* 2.0 ?x944)))
 (let ((?x804 (* ?x1041 ?x2453)))
 (let ((?x648 (+ ?x804 ?x2333)))
 (let ((?x1253 (- ?x648)))
 (let ((?x2190 (+ ?x944 ?x1253)))
 (let ((?x1810 (* ?x129 ?x2190)))
 (let ((?x1345 (+ ?x1810 ?x918)))
 (let ((?x2299 (* ?x11 ?x1345)))
 (let ((?x2020 (+ ?x2299 ?x2083)))
 (let ((?x2546 (- ?x2020)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1303 (/ ?x944 scale)))
 (let ((?x1723 (+ ?x1303 ?x187)))
 (let ((?x1289 (* |g2[1]| ?x814)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1423 (* (/ 1.0 2.0) ?x814)))
 (let ((?x1560 (* 0.0 ?x1423)))
 (let ((?x575 (+ ?x1560 ?x123)))
 (let ((?x1864 (* |h2[1,1]| ?x575)))
 (let ((?x1119 (+ ?x1560 ?x65)))
 (let ((?x721 (* |h2[0,1]| ?x1119)))
 (let ((?x327 (+ ?x721 ?x1864)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x937 (+ ?x1560 ?x141)))
 (let ((?x1918 (+ ?x937 ?x327)))
 (let ((?x1679 (+ ?x1918 ?x1289)))
 (let ((?x1383 (+ ?x1679 ?x1723)))
 (let ((?x1160 (+ ?x1383 ?x2546)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x476 (+ ?x131 ?x1160)))
 (let ((?x377 (* ?x790 ?x476)))
 (or (and (distinct ?x377 ?x2265) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (= 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x3560 (- ?x2123)))
 (let ((?x1532 (+ ?x160 ?x3560)))
 (let ((?x2497 (* ?x1041 ?x1532)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2483 (* ?x196 ?x2497)))
 (let ((?x1385 (* 2.0 ?x2123)))
 (let ((?x2310 (- ?x1385)))
 (let ((?x2485 (+ ?x160 ?x2310)))
 (let ((?x2873 (+ ?x88 ?x2485)))
 (let ((?x2063 (* 1.0 ?x2873)))
 (let ((?x3292 (* f2 ?x2063)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1031 (+ ?x177 ?x3292)))
 (let ((?x2878 (* ?x98 ?x2063)))
 (let ((?x1657 (+ ?x2878 ?x1031)))
 (let ((?x3616 (- ?x1657)))
 (let ((?x2187 (* 2.0 ?x3616)))
 (let ((?x1292 (* ?x1041 ?x2187)))
 (let ((?x1798 (+ ?x1292 ?x2483)))
 (let ((?x484 (- ?x1798)))
 (let ((?x2651 (+ ?x3616 ?x484)))
 (let ((?x700 (* ?x129 ?x2651)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x3099 (+ ?x918 ?x700)))
 (let ((?x2279 (* ?x11 ?x3099)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x440 (+ ?x2083 ?x2279)))
 (let ((?x2003 (- ?x440)))
 (let ((?x2944 (/ ?x3616 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x405 (+ ?x187 ?x2944)))
 (let ((?x991 (* |g2[1]| ?x2063)))
 (let ((?x2715 (* (/ 1.0 2.0) ?x2063)))
 (let ((?x1773 (* 0.0 ?x2715)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2111 (+ ?x123 ?x1773)))
 (let ((?x2829 (* |h2[1,1]| ?x2111)))
 (let ((?x2057 (+ ?x65 ?x1773)))
 (let ((?x1409 (* |h2[0,1]| ?x2057)))
 (let ((?x2507 (+ ?x1409 ?x2829)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2322 (+ ?x141 ?x1773)))
 (let ((?x1393 (+ ?x2322 ?x2507)))
 (let ((?x493 (+ ?x1393 ?x991)))
 (let ((?x2469 (+ ?x493 ?x405)))
 (let ((?x1305 (+ ?x2469 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x895 (+ ?x131 ?x1305)))
 (let ((?x393 (* ?x790 ?x895)))
 (or (and (distinct ?x393 ?x2265) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (= 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1167 (* ?x165 ?x196)))
 (let ((?x1415 (- ?x1167)))
 (let ((?x568 (+ ?x185 ?x1415)))
 (let ((?x1316 (* ?x129 ?x568)))
 (let ((?x1711 (- ?x1316)))
 (let ((?x312 (* ?x206 ?x568)))
 (let ((?x2296 (* ?x127 ?x196)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1127 (* ?x165 ?x1019)))
 (let ((?x489 (+ ?x1127 ?x2296)))
 (let ((?x2733 (- ?x489)))
 (let ((?x3259 (+ ?x1336 ?x2733)))
 (let ((?x1866 (* ?x129 ?x3259)))
 (let ((?x3647 (+ ?x1866 ?x312)))
 (let ((?x1935 (* ?x11 ?x3647)))
 (let ((?x3656 (+ ?x1935 ?x1711)))
 (let ((?x1263 (- ?x3656)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x2702 (+ ?x467 ?x1263)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1549 (+ ?x131 ?x2702)))
 (let ((?x828 (* ?x790 ?x1549)))
 (or (and (distinct ?x828 ?x2265) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x871 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2311 (+ ?x871 ?x1544)))
 (let ((?x1416 (* 2.0 ?x2311)))
 (let ((?x2094 (- ?x1416)))
 (let ((?x2062 (+ ?x160 ?x2094)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1259 (+ ?x88 ?x2062)))
 (let ((?x1237 (* ?x790 ?x1259)))
 (let ((?x339 (* |g2[1]| ?x1237)))
 (let ((?x2489 (+ ?x339 ?x1906)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x1012 (* (/ 1.0 2.0) ?x230)))
 (let ((?x741 (+ ?x1012 ?x920)))
 (let ((?x2242 (* 2.0 ?x741)))
 (let ((?x1703 (- ?x2242)))
 (let ((?x2254 (+ ?x230 ?x1703)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2552 (+ ?x226 ?x2254)))
 (let ((?x1622 (* ?x2552 ?x1237)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x1528 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1665 (+ ?x1528 ?x355)))
 (let ((?x2204 (* 2.0 ?x1665)))
 (let ((?x1463 (- ?x2204)))
 (let ((?x1509 (+ ?x245 ?x1463)))
 (let ((?x241 (- ?x95)))
 (let ((?x1008 (+ ?x241 ?x1509)))
 (let ((?x2382 (* ?x790 ?x1008)))
 (let ((?x1466 (+ ?x2382 ?x1622)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2613 (* ?x240 ?x1466)))
 (let ((?x1849 (* ?x790 ?x2552)))
 (let ((?x2424 (* |g2[0]| ?x1849)))
 (let ((?x336 (+ ?x2424 ?x2613)))
 (let ((?x2265 (+ ?x336 ?x2489)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2265) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (< 0.0 ?x2042))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let (($x1661 (= 0.0 ?x2042)))
 (not $x1661)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1923 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2042 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1544 (/ ?x127 ?x2042)))
 (let ((?x2974 (+ ?x1544 ?x1923)))
 (let ((?x2913 (* 2.0 ?x2974)))
 (let ((?x2070 (- ?x2913)))
 (let ((?x442 (+ ?x160 ?x2070)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x420 (+ ?x88 ?x442)))
 (let ((?x1591 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x790 (* ?x1591 exp!2)))
 (let ((?x2968 (* ?x790 ?x420)))
 (let ((?x1421 (* |g2[1]| ?x2968)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1906 (* ?x276 ?x790)))
 (let ((?x2965 (+ ?x1906 ?x1421)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1276 (* 0.0 ?x230)))
 (let ((?x519 (* ?x230 ?x165)))
 (let ((?x920 (/ ?x519 ?x2042)))
 (let ((?x2269 (+ ?x920 ?x1276)))
 (let ((?x2105 (* 2.0 ?x2269)))
 (let ((?x2977 (- ?x2105)))
 (let ((?x1813 (+ ?x230 ?x2977)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2978 (+ ?x226 ?x1813)))
 (let ((?x2959 (* ?x2978 ?x2968)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2975 (* 0.0 ?x245)))
 (let ((?x2146 (- ?x127)))
 (let ((?x1514 (* ?x519 ?x2146)))
 (let ((?x316 (/ 1.0 (* ?x2042 ?x2042))))
 (let ((?x1300 (* ?x316 ?x1514)))
 (let ((?x807 (* ?x230 ?x127)))
 (let ((?x2591 (* ?x245 ?x165)))
 (let ((?x1960 (+ ?x2591 ?x807)))
 (let ((?x1730 (/ ?x1960 ?x2042)))
 (let ((?x355 (+ ?x1730 ?x1300)))
 (let ((?x2008 (+ ?x355 ?x2975)))
 (let ((?x2618 (* 2.0 ?x2008)))
 (let ((?x2030 (- ?x2618)))
 (let ((?x2504 (+ ?x245 ?x2030)))
 (let ((?x241 (- ?x95)))
 (let ((?x2972 (+ ?x241 ?x2504)))
 (let ((?x886 (* ?x790 ?x2972)))
 (let ((?x2969 (+ ?x886 ?x2959)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2175 (* ?x240 ?x2969)))
 (let ((?x2971 (* ?x790 ?x2978)))
 (let ((?x2979 (* |g2[0]| ?x2971)))
 (let ((?x2916 (+ ?x2979 ?x2175)))
 (let ((?x2966 (+ ?x2916 ?x2965)))
 (let ((?x1041 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2123 (* ?x160 ?x1041)))
 (let ((?x1519 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1818 (* 0.0 ?x1519)))
 (let ((?x793 (+ ?x1818 ?x2123)))
 (let ((?x475 (- ?x793)))
 (let ((?x910 (+ ?x160 ?x475)))
 (let ((?x820 (* ?x1041 ?x910)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1313 (* ?x196 ?x820)))
 (let ((?x1515 (* 2.0 ?x793)))
 (let ((?x385 (- ?x1515)))
 (let ((?x836 (+ ?x160 ?x385)))
 (let ((?x938 (+ ?x88 ?x836)))
 (let ((?x2010 (* 1.0 ?x938)))
 (let ((?x1213 (* f2 ?x2010)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x978 (+ ?x177 ?x1213)))
 (let ((?x1956 (* ?x98 ?x2010)))
 (let ((?x801 (+ ?x1956 ?x978)))
 (let ((?x1336 (- ?x801)))
 (let ((?x1019 (* 2.0 ?x1336)))
 (let ((?x1026 (* ?x1041 ?x1019)))
 (let ((?x1042 (+ ?x1026 ?x1313)))
 (let ((?x2171 (- ?x1042)))
 (let ((?x2420 (+ ?x1336 ?x2171)))
 (let ((?x1460 (* ?x129 ?x2420)))
 (let ((?x417 (* ?x1041 ?x196)))
 (let ((?x314 (- ?x417)))
 (let ((?x315 (+ ?x185 ?x314)))
 (let ((?x918 (* ?x206 ?x315)))
 (let ((?x2016 (+ ?x918 ?x1460)))
 (let ((?x1214 (* ?x11 ?x2016)))
 (let ((?x589 (* ?x129 ?x315)))
 (let ((?x2083 (- ?x589)))
 (let ((?x553 (+ ?x2083 ?x1214)))
 (let ((?x1179 (- ?x553)))
 (let ((?x751 (/ ?x1336 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1068 (+ ?x187 ?x751)))
 (let ((?x808 (* |g2[1]| ?x2010)))
 (let ((?x1978 (* (/ 1.0 2.0) ?x2010)))
 (let ((?x2319 (* 0.0 ?x1978)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1162 (+ ?x123 ?x2319)))
 (let ((?x1299 (* |h2[1,1]| ?x1162)))
 (let ((?x1287 (+ ?x65 ?x2319)))
 (let ((?x2481 (* |h2[0,1]| ?x1287)))
 (let ((?x1095 (+ ?x2481 ?x1299)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1947 (+ ?x141 ?x2319)))
 (let ((?x444 (+ ?x1947 ?x1095)))
 (let ((?x733 (+ ?x444 ?x808)))
 (let ((?x467 (+ ?x733 ?x1068)))
 (let ((?x881 (+ ?x467 ?x1179)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x615 (+ ?x131 ?x881)))
 (let ((?x611 (* ?x790 ?x615)))
 (or (and (distinct ?x611 ?x2966) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
