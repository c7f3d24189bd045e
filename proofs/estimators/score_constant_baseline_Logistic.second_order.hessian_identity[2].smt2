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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (let ((?x866 (- ?x282)))
 (let ((?x2044 (+ ?x160 ?x866)))
 (let ((?x2017 (* ?x96 ?x2044)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1473 (* ?x196 ?x2017)))
 (let ((?x2388 (* 2.0 ?x282)))
 (let ((?x581 (- ?x2388)))
 (let ((?x582 (+ ?x160 ?x581)))
 (let ((?x2036 (+ ?x88 ?x582)))
 (let ((?x345 (* 1.0 ?x2036)))
 (let ((?x466 (* f2 ?x345)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1322 (+ ?x177 ?x466)))
 (let ((?x1350 (* ?x98 ?x345)))
 (let ((?x602 (+ ?x1350 ?x1322)))
 (let ((?x2362 (- ?x602)))
 (let ((?x1436 (* 2.0 ?x2362)))
 (let ((?x1951 (* ?x96 ?x1436)))
 (let ((?x2029 (+ ?x1951 ?x1473)))
 (let ((?x2409 (- ?x2029)))
 (let ((?x1944 (+ ?x2362 ?x2409)))
 (let ((?x1553 (* ?x129 ?x1944)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1508 (+ ?x210 ?x1553)))
 (let ((?x836 (* ?x11 ?x1508)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x2300 (+ ?x214 ?x836)))
 (let ((?x2464 (- ?x2300)))
 (let ((?x621 (/ ?x2362 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1882 (+ ?x187 ?x621)))
 (let ((?x1626 (* |g2[1]| ?x345)))
 (let ((?x1148 (* (/ 1.0 2.0) ?x345)))
 (let ((?x2293 (* 0.0 ?x1148)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x664 (+ ?x123 ?x2293)))
 (let ((?x1908 (* |h2[1,1]| ?x664)))
 (let ((?x855 (+ ?x65 ?x2293)))
 (let ((?x1586 (* |h2[0,1]| ?x855)))
 (let ((?x2167 (+ ?x1586 ?x1908)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2052 (+ ?x141 ?x2293)))
 (let ((?x2453 (+ ?x2052 ?x2167)))
 (let ((?x2301 (+ ?x2453 ?x1626)))
 (let ((?x711 (+ ?x2301 ?x1882)))
 (let ((?x1955 (+ ?x711 ?x2464)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x535 (+ ?x131 ?x1955)))
 (let ((?x2450 (* ?x223 ?x535)))
 (or (and (distinct ?x2450 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (let ((?x1624 (* ?x165 ?x196)))
 (let ((?x1497 (- ?x1624)))
 (let ((?x1076 (+ ?x185 ?x1497)))
 (let ((?x1799 (* ?x129 ?x1076)))
 (let ((?x1585 (- ?x1799)))
 (let ((?x2396 (* ?x206 ?x1076)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2476 (* ?x127 ?x196)))
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
 (let ((?x2369 (* ?x165 ?x975)))
 (let ((?x2236 (+ ?x2369 ?x2476)))
 (let ((?x2411 (- ?x2236)))
 (let ((?x1103 (+ ?x423 ?x2411)))
 (let ((?x1940 (* ?x129 ?x1103)))
 (let ((?x2377 (+ ?x1940 ?x2396)))
 (let ((?x2260 (* ?x11 ?x2377)))
 (let ((?x1542 (+ ?x2260 ?x1585)))
 (let ((?x2339 (- ?x1542)))
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
 (let ((?x2023 (+ ?x972 ?x2339)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2130 (+ ?x131 ?x2023)))
 (let ((?x2188 (* ?x223 ?x2130)))
 (or (and (distinct ?x2188 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (= 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x2371 (+ ?x127 ?x1614)))
 (let ((?x1308 (- ?x2371)))
 (let ((?x2019 (+ ?x160 ?x1308)))
 (let ((?x2287 (* ?x645 ?x2019)))
 (let ((?x1276 (* ?x2287 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1166 (* 2.0 ?x2371)))
 (let ((?x666 (- ?x1166)))
 (let ((?x973 (+ ?x160 ?x666)))
 (let ((?x930 (+ ?x88 ?x973)))
 (let ((?x454 (* ?x930 1.0)))
 (let ((?x722 (* f2 ?x454)))
 (let ((?x888 (+ ?x722 ?x177)))
 (let ((?x2493 (* ?x98 ?x454)))
 (let ((?x459 (+ ?x2493 ?x888)))
 (let ((?x1684 (- ?x459)))
 (let ((?x2146 (* 2.0 ?x1684)))
 (let ((?x1405 (* ?x645 ?x2146)))
 (let ((?x2121 (+ ?x1405 ?x1276)))
 (let ((?x1487 (- ?x2121)))
 (let ((?x1565 (+ ?x1684 ?x1487)))
 (let ((?x1168 (* ?x129 ?x1565)))
 (let ((?x1998 (+ ?x1168 ?x1671)))
 (let ((?x992 (* ?x11 ?x1998)))
 (let ((?x351 (+ ?x992 ?x1869)))
 (let ((?x1693 (- ?x351)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1524 (/ ?x1684 scale)))
 (let ((?x2394 (+ ?x1524 ?x187)))
 (let ((?x2486 (* |g2[1]| ?x454)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1942 (* (/ 1.0 2.0) ?x454)))
 (let ((?x2111 (* 0.0 ?x1942)))
 (let ((?x688 (+ ?x2111 ?x123)))
 (let ((?x2088 (* |h2[1,1]| ?x688)))
 (let ((?x1798 (+ ?x2111 ?x65)))
 (let ((?x2103 (* |h2[0,1]| ?x1798)))
 (let ((?x745 (+ ?x2103 ?x2088)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x731 (+ ?x2111 ?x141)))
 (let ((?x2078 (+ ?x731 ?x745)))
 (let ((?x2456 (+ ?x2078 ?x2486)))
 (let ((?x1490 (+ ?x2456 ?x2394)))
 (let ((?x678 (+ ?x1490 ?x1693)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1866 (+ ?x131 ?x678)))
 (let ((?x983 (* ?x993 ?x1866)))
 (or (and (distinct ?x983 ?x1498) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (= 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x3560 (- ?x1555)))
 (let ((?x1539 (+ ?x160 ?x3560)))
 (let ((?x2546 (* ?x645 ?x1539)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2773 (* ?x196 ?x2546)))
 (let ((?x2957 (* 2.0 ?x1555)))
 (let ((?x1263 (- ?x2957)))
 (let ((?x730 (+ ?x160 ?x1263)))
 (let ((?x1867 (+ ?x88 ?x730)))
 (let ((?x2878 (* 1.0 ?x1867)))
 (let ((?x3292 (* f2 ?x2878)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1474 (+ ?x177 ?x3292)))
 (let ((?x2925 (* ?x98 ?x2878)))
 (let ((?x508 (+ ?x2925 ?x1474)))
 (let ((?x2381 (- ?x508)))
 (let ((?x1622 (* 2.0 ?x2381)))
 (let ((?x2831 (* ?x645 ?x1622)))
 (let ((?x2795 (+ ?x2831 ?x2773)))
 (let ((?x2701 (- ?x2795)))
 (let ((?x1506 (+ ?x2381 ?x2701)))
 (let ((?x3118 (* ?x129 ?x1506)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x2933 (+ ?x1671 ?x3118)))
 (let ((?x879 (* ?x11 ?x2933)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x474 (+ ?x1869 ?x879)))
 (let ((?x2373 (- ?x474)))
 (let ((?x2867 (/ ?x2381 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x444 (+ ?x187 ?x2867)))
 (let ((?x732 (* |g2[1]| ?x2878)))
 (let ((?x863 (* (/ 1.0 2.0) ?x2878)))
 (let ((?x2789 (* 0.0 ?x863)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1647 (+ ?x123 ?x2789)))
 (let ((?x3044 (* |h2[1,1]| ?x1647)))
 (let ((?x2132 (+ ?x65 ?x2789)))
 (let ((?x1853 (* |h2[0,1]| ?x2132)))
 (let ((?x1547 (+ ?x1853 ?x3044)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x3083 (+ ?x141 ?x2789)))
 (let ((?x1578 (+ ?x3083 ?x1547)))
 (let ((?x685 (+ ?x1578 ?x732)))
 (let ((?x2006 (+ ?x685 ?x444)))
 (let ((?x3074 (+ ?x2006 ?x2373)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1895 (+ ?x131 ?x3074)))
 (let ((?x807 (* ?x993 ?x1895)))
 (or (and (distinct ?x807 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (= 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1624 (* ?x165 ?x196)))
 (let ((?x1497 (- ?x1624)))
 (let ((?x1076 (+ ?x185 ?x1497)))
 (let ((?x1799 (* ?x129 ?x1076)))
 (let ((?x1585 (- ?x1799)))
 (let ((?x2396 (* ?x206 ?x1076)))
 (let ((?x2476 (* ?x127 ?x196)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1152 (* ?x165 ?x2136)))
 (let ((?x3385 (+ ?x1152 ?x2476)))
 (let ((?x2976 (- ?x3385)))
 (let ((?x3598 (+ ?x1223 ?x2976)))
 (let ((?x3154 (* ?x129 ?x3598)))
 (let ((?x3142 (+ ?x3154 ?x2396)))
 (let ((?x917 (* ?x11 ?x3142)))
 (let ((?x3689 (+ ?x917 ?x1585)))
 (let ((?x353 (- ?x3689)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x577 (+ ?x990 ?x353)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2616 (+ ?x131 ?x577)))
 (let ((?x2755 (* ?x993 ?x2616)))
 (or (and (distinct ?x2755 ?x1498) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1106 (/ ?x1172 exp!1)))
 (let ((?x645 (* ?x1106 exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x866 (- ?x282)))
 (let ((?x2044 (+ ?x160 ?x866)))
 (let ((?x2017 (* ?x96 ?x2044)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1473 (* ?x196 ?x2017)))
 (let ((?x2388 (* 2.0 ?x282)))
 (let ((?x581 (- ?x2388)))
 (let ((?x582 (+ ?x160 ?x581)))
 (let ((?x2036 (+ ?x88 ?x582)))
 (let ((?x345 (* 1.0 ?x2036)))
 (let ((?x466 (* f2 ?x345)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1322 (+ ?x177 ?x466)))
 (let ((?x1350 (* ?x98 ?x345)))
 (let ((?x602 (+ ?x1350 ?x1322)))
 (let ((?x2362 (- ?x602)))
 (let ((?x1436 (* 2.0 ?x2362)))
 (let ((?x1951 (* ?x96 ?x1436)))
 (let ((?x2029 (+ ?x1951 ?x1473)))
 (let ((?x2409 (- ?x2029)))
 (let ((?x1944 (+ ?x2362 ?x2409)))
 (let ((?x1553 (* ?x129 ?x1944)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1508 (+ ?x210 ?x1553)))
 (let ((?x836 (* ?x11 ?x1508)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x2300 (+ ?x214 ?x836)))
 (let ((?x2464 (- ?x2300)))
 (let ((?x621 (/ ?x2362 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1882 (+ ?x187 ?x621)))
 (let ((?x1626 (* |g2[1]| ?x345)))
 (let ((?x1148 (* (/ 1.0 2.0) ?x345)))
 (let ((?x2293 (* 0.0 ?x1148)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x664 (+ ?x123 ?x2293)))
 (let ((?x1908 (* |h2[1,1]| ?x664)))
 (let ((?x855 (+ ?x65 ?x2293)))
 (let ((?x1586 (* |h2[0,1]| ?x855)))
 (let ((?x2167 (+ ?x1586 ?x1908)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2052 (+ ?x141 ?x2293)))
 (let ((?x2453 (+ ?x2052 ?x2167)))
 (let ((?x2301 (+ ?x2453 ?x1626)))
 (let ((?x711 (+ ?x2301 ?x1882)))
 (let ((?x1955 (+ ?x711 ?x2464)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x535 (+ ?x131 ?x1955)))
 (let ((?x2450 (* ?x223 ?x535)))
 (or (and (distinct ?x2450 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1624 (* ?x165 ?x196)))
 (let ((?x1497 (- ?x1624)))
 (let ((?x1076 (+ ?x185 ?x1497)))
 (let ((?x1799 (* ?x129 ?x1076)))
 (let ((?x1585 (- ?x1799)))
 (let ((?x2396 (* ?x206 ?x1076)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2476 (* ?x127 ?x196)))
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
 (let ((?x2369 (* ?x165 ?x975)))
 (let ((?x2236 (+ ?x2369 ?x2476)))
 (let ((?x2411 (- ?x2236)))
 (let ((?x1103 (+ ?x423 ?x2411)))
 (let ((?x1940 (* ?x129 ?x1103)))
 (let ((?x2377 (+ ?x1940 ?x2396)))
 (let ((?x2260 (* ?x11 ?x2377)))
 (let ((?x1542 (+ ?x2260 ?x1585)))
 (let ((?x2339 (- ?x1542)))
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
 (let ((?x2023 (+ ?x972 ?x2339)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2130 (+ ?x131 ?x2023)))
 (let ((?x2188 (* ?x223 ?x2130)))
 (or (and (distinct ?x2188 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (= 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x2371 (+ ?x127 ?x1614)))
 (let ((?x1308 (- ?x2371)))
 (let ((?x2019 (+ ?x160 ?x1308)))
 (let ((?x2287 (* ?x645 ?x2019)))
 (let ((?x1276 (* ?x2287 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1166 (* 2.0 ?x2371)))
 (let ((?x666 (- ?x1166)))
 (let ((?x973 (+ ?x160 ?x666)))
 (let ((?x930 (+ ?x88 ?x973)))
 (let ((?x454 (* ?x930 1.0)))
 (let ((?x722 (* f2 ?x454)))
 (let ((?x888 (+ ?x722 ?x177)))
 (let ((?x2493 (* ?x98 ?x454)))
 (let ((?x459 (+ ?x2493 ?x888)))
 (let ((?x1684 (- ?x459)))
 (let ((?x2146 (* 2.0 ?x1684)))
 (let ((?x1405 (* ?x645 ?x2146)))
 (let ((?x2121 (+ ?x1405 ?x1276)))
 (let ((?x1487 (- ?x2121)))
 (let ((?x1565 (+ ?x1684 ?x1487)))
 (let ((?x1168 (* ?x129 ?x1565)))
 (let ((?x1998 (+ ?x1168 ?x1671)))
 (let ((?x992 (* ?x11 ?x1998)))
 (let ((?x351 (+ ?x992 ?x1869)))
 (let ((?x1693 (- ?x351)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1524 (/ ?x1684 scale)))
 (let ((?x2394 (+ ?x1524 ?x187)))
 (let ((?x2486 (* |g2[1]| ?x454)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1942 (* (/ 1.0 2.0) ?x454)))
 (let ((?x2111 (* 0.0 ?x1942)))
 (let ((?x688 (+ ?x2111 ?x123)))
 (let ((?x2088 (* |h2[1,1]| ?x688)))
 (let ((?x1798 (+ ?x2111 ?x65)))
 (let ((?x2103 (* |h2[0,1]| ?x1798)))
 (let ((?x745 (+ ?x2103 ?x2088)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x731 (+ ?x2111 ?x141)))
 (let ((?x2078 (+ ?x731 ?x745)))
 (let ((?x2456 (+ ?x2078 ?x2486)))
 (let ((?x1490 (+ ?x2456 ?x2394)))
 (let ((?x678 (+ ?x1490 ?x1693)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1866 (+ ?x131 ?x678)))
 (let ((?x983 (* ?x993 ?x1866)))
 (or (and (distinct ?x983 ?x1498) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (= 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x3560 (- ?x1555)))
 (let ((?x1539 (+ ?x160 ?x3560)))
 (let ((?x2546 (* ?x645 ?x1539)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2773 (* ?x196 ?x2546)))
 (let ((?x2957 (* 2.0 ?x1555)))
 (let ((?x1263 (- ?x2957)))
 (let ((?x730 (+ ?x160 ?x1263)))
 (let ((?x1867 (+ ?x88 ?x730)))
 (let ((?x2878 (* 1.0 ?x1867)))
 (let ((?x3292 (* f2 ?x2878)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1474 (+ ?x177 ?x3292)))
 (let ((?x2925 (* ?x98 ?x2878)))
 (let ((?x508 (+ ?x2925 ?x1474)))
 (let ((?x2381 (- ?x508)))
 (let ((?x1622 (* 2.0 ?x2381)))
 (let ((?x2831 (* ?x645 ?x1622)))
 (let ((?x2795 (+ ?x2831 ?x2773)))
 (let ((?x2701 (- ?x2795)))
 (let ((?x1506 (+ ?x2381 ?x2701)))
 (let ((?x3118 (* ?x129 ?x1506)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x2933 (+ ?x1671 ?x3118)))
 (let ((?x879 (* ?x11 ?x2933)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x474 (+ ?x1869 ?x879)))
 (let ((?x2373 (- ?x474)))
 (let ((?x2867 (/ ?x2381 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x444 (+ ?x187 ?x2867)))
 (let ((?x732 (* |g2[1]| ?x2878)))
 (let ((?x863 (* (/ 1.0 2.0) ?x2878)))
 (let ((?x2789 (* 0.0 ?x863)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1647 (+ ?x123 ?x2789)))
 (let ((?x3044 (* |h2[1,1]| ?x1647)))
 (let ((?x2132 (+ ?x65 ?x2789)))
 (let ((?x1853 (* |h2[0,1]| ?x2132)))
 (let ((?x1547 (+ ?x1853 ?x3044)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x3083 (+ ?x141 ?x2789)))
 (let ((?x1578 (+ ?x3083 ?x1547)))
 (let ((?x685 (+ ?x1578 ?x732)))
 (let ((?x2006 (+ ?x685 ?x444)))
 (let ((?x3074 (+ ?x2006 ?x2373)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1895 (+ ?x131 ?x3074)))
 (let ((?x807 (* ?x993 ?x1895)))
 (or (and (distinct ?x807 ?x1498) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (= 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1624 (* ?x165 ?x196)))
 (let ((?x1497 (- ?x1624)))
 (let ((?x1076 (+ ?x185 ?x1497)))
 (let ((?x1799 (* ?x129 ?x1076)))
 (let ((?x1585 (- ?x1799)))
 (let ((?x2396 (* ?x206 ?x1076)))
 (let ((?x2476 (* ?x127 ?x196)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1152 (* ?x165 ?x2136)))
 (let ((?x3385 (+ ?x1152 ?x2476)))
 (let ((?x2976 (- ?x3385)))
 (let ((?x3598 (+ ?x1223 ?x2976)))
 (let ((?x3154 (* ?x129 ?x3598)))
 (let ((?x3142 (+ ?x3154 ?x2396)))
 (let ((?x917 (* ?x11 ?x3142)))
 (let ((?x3689 (+ ?x917 ?x1585)))
 (let ((?x353 (- ?x3689)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x577 (+ ?x990 ?x353)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2616 (+ ?x131 ?x577)))
 (let ((?x2755 (* ?x993 ?x2616)))
 (or (and (distinct ?x2755 ?x1498) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2563 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2579 (+ ?x2563 ?x2123)))
 (let ((?x737 (* 2.0 ?x2579)))
 (let ((?x1356 (- ?x737)))
 (let ((?x632 (+ ?x160 ?x1356)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1392 (+ ?x88 ?x632)))
 (let ((?x2275 (* ?x993 ?x1392)))
 (let ((?x750 (* |g2[1]| ?x2275)))
 (let ((?x352 (+ ?x750 ?x1351)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x397 (* (/ 1.0 2.0) ?x230)))
 (let ((?x958 (+ ?x397 ?x887)))
 (let ((?x1879 (* 2.0 ?x958)))
 (let ((?x1108 (- ?x1879)))
 (let ((?x1984 (+ ?x230 ?x1108)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x1980 (+ ?x226 ?x1984)))
 (let ((?x1122 (* ?x1980 ?x2275)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1854 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2433 (+ ?x1854 ?x446)))
 (let ((?x2169 (* 2.0 ?x2433)))
 (let ((?x2481 (- ?x2169)))
 (let ((?x628 (+ ?x245 ?x2481)))
 (let ((?x241 (- ?x95)))
 (let ((?x1372 (+ ?x241 ?x628)))
 (let ((?x1270 (* ?x993 ?x1372)))
 (let ((?x1728 (+ ?x1270 ?x1122)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x945 (* ?x240 ?x1728)))
 (let ((?x2262 (* ?x993 ?x1980)))
 (let ((?x2147 (* |g2[0]| ?x2262)))
 (let ((?x656 (+ ?x2147 ?x945)))
 (let ((?x1498 (+ ?x656 ?x352)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x1498) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (< 0.0 ?x1291))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let (($x1893 (= 0.0 ?x1291)))
 (not $x1893)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1960 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1291 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2123 (/ ?x127 ?x1291)))
 (let ((?x2990 (+ ?x2123 ?x1960)))
 (let ((?x2929 (* 2.0 ?x2990)))
 (let ((?x1373 (- ?x2929)))
 (let ((?x2405 (+ ?x160 ?x1373)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2593 (+ ?x88 ?x2405)))
 (let ((?x1904 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x993 (* ?x1904 exp!2)))
 (let ((?x2984 (* ?x993 ?x2593)))
 (let ((?x2222 (* |g2[1]| ?x2984)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1351 (* ?x276 ?x993)))
 (let ((?x2981 (+ ?x1351 ?x2222)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1318 (* 0.0 ?x230)))
 (let ((?x2238 (* ?x230 ?x165)))
 (let ((?x887 (/ ?x2238 ?x1291)))
 (let ((?x2460 (+ ?x887 ?x1318)))
 (let ((?x1471 (* 2.0 ?x2460)))
 (let ((?x2993 (- ?x1471)))
 (let ((?x2235 (+ ?x230 ?x2993)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2994 (+ ?x226 ?x2235)))
 (let ((?x2975 (* ?x2994 ?x2984)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2991 (* 0.0 ?x245)))
 (let ((?x2378 (- ?x127)))
 (let ((?x1962 (* ?x2238 ?x2378)))
 (let ((?x667 (/ 1.0 (* ?x1291 ?x1291))))
 (let ((?x578 (* ?x667 ?x1962)))
 (let ((?x803 (* ?x230 ?x127)))
 (let ((?x1412 (* ?x245 ?x165)))
 (let ((?x1668 (+ ?x1412 ?x803)))
 (let ((?x830 (/ ?x1668 ?x1291)))
 (let ((?x446 (+ ?x830 ?x578)))
 (let ((?x1597 (+ ?x446 ?x2991)))
 (let ((?x2465 (* 2.0 ?x1597)))
 (let ((?x1735 (- ?x2465)))
 (let ((?x529 (+ ?x245 ?x1735)))
 (let ((?x241 (- ?x95)))
 (let ((?x2988 (+ ?x241 ?x529)))
 (let ((?x1057 (* ?x993 ?x2988)))
 (let ((?x2985 (+ ?x1057 ?x2975)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1451 (* ?x240 ?x2985)))
 (let ((?x2987 (* ?x993 ?x2994)))
 (let ((?x2995 (* |g2[0]| ?x2987)))
 (let ((?x2932 (+ ?x2995 ?x1451)))
 (let ((?x2982 (+ ?x2932 ?x2981)))
 (let ((?x645 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1555 (* ?x160 ?x645)))
 (let ((?x1172 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1614 (* 0.0 ?x1172)))
 (let ((?x1265 (+ ?x1614 ?x1555)))
 (let ((?x395 (- ?x1265)))
 (let ((?x1888 (+ ?x160 ?x395)))
 (let ((?x753 (* ?x645 ?x1888)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x524 (* ?x196 ?x753)))
 (let ((?x2122 (* 2.0 ?x1265)))
 (let ((?x1514 (- ?x2122)))
 (let ((?x570 (+ ?x160 ?x1514)))
 (let ((?x339 (+ ?x88 ?x570)))
 (let ((?x1100 (* 1.0 ?x339)))
 (let ((?x2611 (* f2 ?x1100)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x776 (+ ?x177 ?x2611)))
 (let ((?x482 (* ?x98 ?x1100)))
 (let ((?x498 (+ ?x482 ?x776)))
 (let ((?x1223 (- ?x498)))
 (let ((?x2136 (* 2.0 ?x1223)))
 (let ((?x1213 (* ?x645 ?x2136)))
 (let ((?x2000 (+ ?x1213 ?x524)))
 (let ((?x2582 (- ?x2000)))
 (let ((?x592 (+ ?x1223 ?x2582)))
 (let ((?x1570 (* ?x129 ?x592)))
 (let ((?x1269 (* ?x645 ?x196)))
 (let ((?x2327 (- ?x1269)))
 (let ((?x1682 (+ ?x185 ?x2327)))
 (let ((?x1671 (* ?x206 ?x1682)))
 (let ((?x1704 (+ ?x1671 ?x1570)))
 (let ((?x2398 (* ?x11 ?x1704)))
 (let ((?x1051 (* ?x129 ?x1682)))
 (let ((?x1869 (- ?x1051)))
 (let ((?x1519 (+ ?x1869 ?x2398)))
 (let ((?x1325 (- ?x1519)))
 (let ((?x1140 (/ ?x1223 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x633 (+ ?x187 ?x1140)))
 (let ((?x2429 (* |g2[1]| ?x1100)))
 (let ((?x1293 (* (/ 1.0 2.0) ?x1100)))
 (let ((?x1327 (* 0.0 ?x1293)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1250 (+ ?x123 ?x1327)))
 (let ((?x607 (* |h2[1,1]| ?x1250)))
 (let ((?x1299 (+ ?x65 ?x1327)))
 (let ((?x594 (* |h2[0,1]| ?x1299)))
 (let ((?x1167 (+ ?x594 ?x607)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2571 (+ ?x141 ?x1327)))
 (let ((?x1987 (+ ?x2571 ?x1167)))
 (let ((?x1219 (+ ?x1987 ?x2429)))
 (let ((?x990 (+ ?x1219 ?x633)))
 (let ((?x620 (+ ?x990 ?x1325)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1203 (+ ?x131 ?x620)))
 (let ((?x929 (* ?x993 ?x1203)))
 (or (and (distinct ?x929 ?x2982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
