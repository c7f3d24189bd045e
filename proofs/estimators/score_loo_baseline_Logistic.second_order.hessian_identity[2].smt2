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
(declare-fun log!769 () Real)
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x2439 (- ?x282)))
 (let ((?x770 (+ ?x160 ?x2439)))
 (let ((?x2019 (* ?x96 ?x770)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x835 (* ?x196 ?x2019)))
 (let ((?x2390 (* 2.0 ?x282)))
 (let ((?x342 (- ?x2390)))
 (let ((?x625 (+ ?x160 ?x342)))
 (let ((?x2109 (+ ?x88 ?x625)))
 (let ((?x346 (* 1.0 ?x2109)))
 (let ((?x355 (* f2 ?x346)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2169 (+ ?x177 ?x355)))
 (let ((?x2455 (* ?x98 ?x346)))
 (let ((?x475 (+ ?x2455 ?x2169)))
 (let ((?x2364 (- ?x475)))
 (let ((?x1345 (* 2.0 ?x2364)))
 (let ((?x1953 (* ?x96 ?x1345)))
 (let ((?x315 (+ ?x1953 ?x835)))
 (let ((?x1998 (- ?x315)))
 (let ((?x2355 (+ ?x2364 ?x1998)))
 (let ((?x947 (* ?x129 ?x2355)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x2478 (+ ?x210 ?x947)))
 (let ((?x1910 (* ?x11 ?x2478)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1085 (+ ?x214 ?x1910)))
 (let ((?x2420 (- ?x1085)))
 (let ((?x2419 (/ ?x2364 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1884 (+ ?x187 ?x2419)))
 (let ((?x1628 (* |g2[1]| ?x346)))
 (let ((?x2318 (* (/ 1.0 2.0) ?x346)))
 (let ((?x1261 (* 0.0 ?x2318)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1994 (+ ?x123 ?x1261)))
 (let ((?x697 (* |h2[1,1]| ?x1994)))
 (let ((?x2452 (+ ?x65 ?x1261)))
 (let ((?x1434 (* |h2[0,1]| ?x2452)))
 (let ((?x1475 (+ ?x1434 ?x697)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2422 (+ ?x141 ?x1261)))
 (let ((?x1372 (+ ?x2422 ?x1475)))
 (let ((?x2303 (+ ?x1372 ?x1628)))
 (let ((?x2031 (+ ?x2303 ?x1884)))
 (let ((?x1637 (+ ?x2031 ?x2420)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1243 (+ ?x131 ?x1637)))
 (let ((?x858 (* ?x223 ?x1243)))
 (or (and (distinct ?x858 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x1536 (* ?x165 ?x196)))
 (let ((?x1047 (- ?x1536)))
 (let ((?x1496 (+ ?x185 ?x1047)))
 (let ((?x302 (* ?x129 ?x1496)))
 (let ((?x2007 (- ?x302)))
 (let ((?x1905 (* ?x206 ?x1496)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x622 (* ?x127 ?x196)))
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
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x1511 (* ?x165 ?x413)))
 (let ((?x619 (+ ?x1511 ?x622)))
 (let ((?x1474 (- ?x619)))
 (let ((?x541 (+ ?x407 ?x1474)))
 (let ((?x488 (* ?x129 ?x541)))
 (let ((?x2410 (+ ?x488 ?x1905)))
 (let ((?x1355 (* ?x11 ?x2410)))
 (let ((?x2448 (+ ?x1355 ?x2007)))
 (let ((?x2111 (- ?x2448)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x2126 (+ ?x412 ?x2111)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2116 (+ ?x131 ?x2126)))
 (let ((?x2492 (* ?x223 ?x2116)))
 (or (and (distinct ?x2492 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (= 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x1848 (+ ?x127 ?x2254)))
 (let ((?x561 (- ?x1848)))
 (let ((?x2496 (+ ?x160 ?x561)))
 (let ((?x1908 (* ?x1775 ?x2496)))
 (let ((?x2119 (* ?x1908 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x291 (* 2.0 ?x1848)))
 (let ((?x2110 (- ?x291)))
 (let ((?x833 (+ ?x160 ?x2110)))
 (let ((?x1110 (+ ?x88 ?x833)))
 (let ((?x1245 (* ?x1110 1.0)))
 (let ((?x1759 (* f2 ?x1245)))
 (let ((?x2456 (+ ?x1759 ?x177)))
 (let ((?x2131 (* ?x98 ?x1245)))
 (let ((?x1387 (+ ?x2131 ?x2456)))
 (let ((?x1181 (- ?x1387)))
 (let ((?x658 (* 2.0 ?x1181)))
 (let ((?x2261 (* ?x1775 ?x658)))
 (let ((?x430 (+ ?x2261 ?x2119)))
 (let ((?x1852 (- ?x430)))
 (let ((?x1795 (+ ?x1181 ?x1852)))
 (let ((?x2335 (* ?x129 ?x1795)))
 (let ((?x1177 (+ ?x2335 ?x1892)))
 (let ((?x1560 (* ?x11 ?x1177)))
 (let ((?x422 (+ ?x1560 ?x602)))
 (let ((?x809 (- ?x422)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1894 (/ ?x1181 scale)))
 (let ((?x2170 (+ ?x1894 ?x187)))
 (let ((?x977 (* |g2[1]| ?x1245)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2566 (* (/ 1.0 2.0) ?x1245)))
 (let ((?x1410 (* 0.0 ?x2566)))
 (let ((?x1338 (+ ?x1410 ?x123)))
 (let ((?x1314 (* |h2[1,1]| ?x1338)))
 (let ((?x2403 (+ ?x1410 ?x65)))
 (let ((?x703 (* |h2[0,1]| ?x2403)))
 (let ((?x2041 (+ ?x703 ?x1314)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2437 (+ ?x1410 ?x141)))
 (let ((?x1131 (+ ?x2437 ?x2041)))
 (let ((?x2608 (+ ?x1131 ?x977)))
 (let ((?x2549 (+ ?x2608 ?x2170)))
 (let ((?x794 (+ ?x2549 ?x809)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2516 (+ ?x131 ?x794)))
 (let ((?x767 (* ?x1153 ?x2516)))
 (or (and (distinct ?x767 ?x2499) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (= 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x3601 (- ?x780)))
 (let ((?x515 (+ ?x160 ?x3601)))
 (let ((?x579 (* ?x1775 ?x515)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x865 (* ?x196 ?x579)))
 (let ((?x1057 (* 2.0 ?x780)))
 (let ((?x388 (- ?x1057)))
 (let ((?x1917 (+ ?x160 ?x388)))
 (let ((?x2948 (+ ?x88 ?x1917)))
 (let ((?x514 (* 1.0 ?x2948)))
 (let ((?x1789 (* f2 ?x514)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x299 (+ ?x177 ?x1789)))
 (let ((?x2909 (* ?x98 ?x514)))
 (let ((?x3104 (+ ?x2909 ?x299)))
 (let ((?x3007 (- ?x3104)))
 (let ((?x3358 (* 2.0 ?x3007)))
 (let ((?x2011 (* ?x1775 ?x3358)))
 (let ((?x1025 (+ ?x2011 ?x865)))
 (let ((?x1136 (- ?x1025)))
 (let ((?x1842 (+ ?x3007 ?x1136)))
 (let ((?x1253 (* ?x129 ?x1842)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1438 (+ ?x1892 ?x1253)))
 (let ((?x2704 (* ?x11 ?x1438)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x2993 (+ ?x602 ?x2704)))
 (let ((?x2952 (- ?x2993)))
 (let ((?x3609 (/ ?x3007 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x542 (+ ?x187 ?x3609)))
 (let ((?x3399 (* |g2[1]| ?x514)))
 (let ((?x3614 (* (/ 1.0 2.0) ?x514)))
 (let ((?x751 (* 0.0 ?x3614)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x618 (+ ?x123 ?x751)))
 (let ((?x2857 (* |h2[1,1]| ?x618)))
 (let ((?x1182 (+ ?x65 ?x751)))
 (let ((?x768 (* |h2[0,1]| ?x1182)))
 (let ((?x2596 (+ ?x768 ?x2857)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x455 (+ ?x141 ?x751)))
 (let ((?x1360 (+ ?x455 ?x2596)))
 (let ((?x3086 (+ ?x1360 ?x3399)))
 (let ((?x2963 (+ ?x3086 ?x542)))
 (let ((?x3057 (+ ?x2963 ?x2952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2459 (+ ?x131 ?x3057)))
 (let ((?x2885 (* ?x1153 ?x2459)))
 (or (and (distinct ?x2885 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (= 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1536 (* ?x165 ?x196)))
 (let ((?x1047 (- ?x1536)))
 (let ((?x1496 (+ ?x185 ?x1047)))
 (let ((?x302 (* ?x129 ?x1496)))
 (let ((?x2007 (- ?x302)))
 (let ((?x1905 (* ?x206 ?x1496)))
 (let ((?x622 (* ?x127 ?x196)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x1912 (* ?x165 ?x1223)))
 (let ((?x3230 (+ ?x1912 ?x622)))
 (let ((?x2740 (- ?x3230)))
 (let ((?x2899 (+ ?x1318 ?x2740)))
 (let ((?x2324 (* ?x129 ?x2899)))
 (let ((?x3410 (+ ?x2324 ?x1905)))
 (let ((?x1803 (* ?x11 ?x3410)))
 (let ((?x2582 (+ ?x1803 ?x2007)))
 (let ((?x1779 (- ?x2582)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x3036 (+ ?x927 ?x1779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3537 (+ ?x131 ?x3036)))
 (let ((?x3531 (* ?x1153 ?x3537)))
 (or (and (distinct ?x3531 ?x2499) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x425 (/ ?x2540 exp!1)))
 (let ((?x1775 (* ?x425 exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x2439 (- ?x282)))
 (let ((?x770 (+ ?x160 ?x2439)))
 (let ((?x2019 (* ?x96 ?x770)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x835 (* ?x196 ?x2019)))
 (let ((?x2390 (* 2.0 ?x282)))
 (let ((?x342 (- ?x2390)))
 (let ((?x625 (+ ?x160 ?x342)))
 (let ((?x2109 (+ ?x88 ?x625)))
 (let ((?x346 (* 1.0 ?x2109)))
 (let ((?x355 (* f2 ?x346)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2169 (+ ?x177 ?x355)))
 (let ((?x2455 (* ?x98 ?x346)))
 (let ((?x475 (+ ?x2455 ?x2169)))
 (let ((?x2364 (- ?x475)))
 (let ((?x1345 (* 2.0 ?x2364)))
 (let ((?x1953 (* ?x96 ?x1345)))
 (let ((?x315 (+ ?x1953 ?x835)))
 (let ((?x1998 (- ?x315)))
 (let ((?x2355 (+ ?x2364 ?x1998)))
 (let ((?x947 (* ?x129 ?x2355)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x2478 (+ ?x210 ?x947)))
 (let ((?x1910 (* ?x11 ?x2478)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1085 (+ ?x214 ?x1910)))
 (let ((?x2420 (- ?x1085)))
 (let ((?x2419 (/ ?x2364 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1884 (+ ?x187 ?x2419)))
 (let ((?x1628 (* |g2[1]| ?x346)))
 (let ((?x2318 (* (/ 1.0 2.0) ?x346)))
 (let ((?x1261 (* 0.0 ?x2318)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1994 (+ ?x123 ?x1261)))
 (let ((?x697 (* |h2[1,1]| ?x1994)))
 (let ((?x2452 (+ ?x65 ?x1261)))
 (let ((?x1434 (* |h2[0,1]| ?x2452)))
 (let ((?x1475 (+ ?x1434 ?x697)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2422 (+ ?x141 ?x1261)))
 (let ((?x1372 (+ ?x2422 ?x1475)))
 (let ((?x2303 (+ ?x1372 ?x1628)))
 (let ((?x2031 (+ ?x2303 ?x1884)))
 (let ((?x1637 (+ ?x2031 ?x2420)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1243 (+ ?x131 ?x1637)))
 (let ((?x858 (* ?x223 ?x1243)))
 (or (and (distinct ?x858 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x1536 (* ?x165 ?x196)))
 (let ((?x1047 (- ?x1536)))
 (let ((?x1496 (+ ?x185 ?x1047)))
 (let ((?x302 (* ?x129 ?x1496)))
 (let ((?x2007 (- ?x302)))
 (let ((?x1905 (* ?x206 ?x1496)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x622 (* ?x127 ?x196)))
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
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x1511 (* ?x165 ?x413)))
 (let ((?x619 (+ ?x1511 ?x622)))
 (let ((?x1474 (- ?x619)))
 (let ((?x541 (+ ?x407 ?x1474)))
 (let ((?x488 (* ?x129 ?x541)))
 (let ((?x2410 (+ ?x488 ?x1905)))
 (let ((?x1355 (* ?x11 ?x2410)))
 (let ((?x2448 (+ ?x1355 ?x2007)))
 (let ((?x2111 (- ?x2448)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x2126 (+ ?x412 ?x2111)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2116 (+ ?x131 ?x2126)))
 (let ((?x2492 (* ?x223 ?x2116)))
 (or (and (distinct ?x2492 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x416 (- ?x280)))
 (let ((?x423 (+ ?x160 ?x416)))
 (let ((?x313 (* ?x96 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x974 (* ?x196 ?x313)))
 (let ((?x281 (* 2.0 ?x280)))
 (let ((?x1205 (- ?x281)))
 (let ((?x1206 (+ ?x160 ?x1205)))
 (let ((?x1207 (+ ?x88 ?x1206)))
 (let ((?x1211 (* 1.0 ?x1207)))
 (let ((?x390 (* f2 ?x1211)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x414 (+ ?x177 ?x390)))
 (let ((?x386 (* ?x98 ?x1211)))
 (let ((?x406 (+ ?x386 ?x414)))
 (let ((?x407 (- ?x406)))
 (let ((?x413 (* 2.0 ?x407)))
 (let ((?x415 (* ?x96 ?x413)))
 (let ((?x972 (+ ?x415 ?x974)))
 (let ((?x975 (- ?x972)))
 (let ((?x976 (+ ?x407 ?x975)))
 (let ((?x1000 (* ?x129 ?x976)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x1001 (+ ?x210 ?x1000)))
 (let ((?x998 (* ?x11 ?x1001)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x999 (+ ?x214 ?x998)))
 (let ((?x331 (- ?x999)))
 (let ((?x408 (/ ?x407 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x409 (+ ?x187 ?x408)))
 (let ((?x396 (* |g2[1]| ?x1211)))
 (let ((?x1212 (* (/ 1.0 2.0) ?x1211)))
 (let ((?x1213 (* 0.0 ?x1212)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x361 (+ ?x123 ?x1213)))
 (let ((?x362 (* |h2[1,1]| ?x361)))
 (let ((?x357 (+ ?x65 ?x1213)))
 (let ((?x358 (* |h2[0,1]| ?x357)))
 (let ((?x365 (+ ?x358 ?x362)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1215 (+ ?x141 ?x1213)))
 (let ((?x366 (+ ?x1215 ?x365)))
 (let ((?x382 (+ ?x366 ?x396)))
 (let ((?x412 (+ ?x382 ?x409)))
 (let ((?x332 (+ ?x412 ?x331)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x334 (+ ?x131 ?x332)))
 (let ((?x340 (* ?x223 ?x334)))
 (or (and (distinct ?x340 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (= 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x1848 (+ ?x127 ?x2254)))
 (let ((?x561 (- ?x1848)))
 (let ((?x2496 (+ ?x160 ?x561)))
 (let ((?x1908 (* ?x1775 ?x2496)))
 (let ((?x2119 (* ?x1908 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x291 (* 2.0 ?x1848)))
 (let ((?x2110 (- ?x291)))
 (let ((?x833 (+ ?x160 ?x2110)))
 (let ((?x1110 (+ ?x88 ?x833)))
 (let ((?x1245 (* ?x1110 1.0)))
 (let ((?x1759 (* f2 ?x1245)))
 (let ((?x2456 (+ ?x1759 ?x177)))
 (let ((?x2131 (* ?x98 ?x1245)))
 (let ((?x1387 (+ ?x2131 ?x2456)))
 (let ((?x1181 (- ?x1387)))
 (let ((?x658 (* 2.0 ?x1181)))
 (let ((?x2261 (* ?x1775 ?x658)))
 (let ((?x430 (+ ?x2261 ?x2119)))
 (let ((?x1852 (- ?x430)))
 (let ((?x1795 (+ ?x1181 ?x1852)))
 (let ((?x2335 (* ?x129 ?x1795)))
 (let ((?x1177 (+ ?x2335 ?x1892)))
 (let ((?x1560 (* ?x11 ?x1177)))
 (let ((?x422 (+ ?x1560 ?x602)))
 (let ((?x809 (- ?x422)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1894 (/ ?x1181 scale)))
 (let ((?x2170 (+ ?x1894 ?x187)))
 (let ((?x977 (* |g2[1]| ?x1245)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2566 (* (/ 1.0 2.0) ?x1245)))
 (let ((?x1410 (* 0.0 ?x2566)))
 (let ((?x1338 (+ ?x1410 ?x123)))
 (let ((?x1314 (* |h2[1,1]| ?x1338)))
 (let ((?x2403 (+ ?x1410 ?x65)))
 (let ((?x703 (* |h2[0,1]| ?x2403)))
 (let ((?x2041 (+ ?x703 ?x1314)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2437 (+ ?x1410 ?x141)))
 (let ((?x1131 (+ ?x2437 ?x2041)))
 (let ((?x2608 (+ ?x1131 ?x977)))
 (let ((?x2549 (+ ?x2608 ?x2170)))
 (let ((?x794 (+ ?x2549 ?x809)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2516 (+ ?x131 ?x794)))
 (let ((?x767 (* ?x1153 ?x2516)))
 (or (and (distinct ?x767 ?x2499) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (= 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x3601 (- ?x780)))
 (let ((?x515 (+ ?x160 ?x3601)))
 (let ((?x579 (* ?x1775 ?x515)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x865 (* ?x196 ?x579)))
 (let ((?x1057 (* 2.0 ?x780)))
 (let ((?x388 (- ?x1057)))
 (let ((?x1917 (+ ?x160 ?x388)))
 (let ((?x2948 (+ ?x88 ?x1917)))
 (let ((?x514 (* 1.0 ?x2948)))
 (let ((?x1789 (* f2 ?x514)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x299 (+ ?x177 ?x1789)))
 (let ((?x2909 (* ?x98 ?x514)))
 (let ((?x3104 (+ ?x2909 ?x299)))
 (let ((?x3007 (- ?x3104)))
 (let ((?x3358 (* 2.0 ?x3007)))
 (let ((?x2011 (* ?x1775 ?x3358)))
 (let ((?x1025 (+ ?x2011 ?x865)))
 (let ((?x1136 (- ?x1025)))
 (let ((?x1842 (+ ?x3007 ?x1136)))
 (let ((?x1253 (* ?x129 ?x1842)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1438 (+ ?x1892 ?x1253)))
 (let ((?x2704 (* ?x11 ?x1438)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x2993 (+ ?x602 ?x2704)))
 (let ((?x2952 (- ?x2993)))
 (let ((?x3609 (/ ?x3007 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x542 (+ ?x187 ?x3609)))
 (let ((?x3399 (* |g2[1]| ?x514)))
 (let ((?x3614 (* (/ 1.0 2.0) ?x514)))
 (let ((?x751 (* 0.0 ?x3614)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x618 (+ ?x123 ?x751)))
 (let ((?x2857 (* |h2[1,1]| ?x618)))
 (let ((?x1182 (+ ?x65 ?x751)))
 (let ((?x768 (* |h2[0,1]| ?x1182)))
 (let ((?x2596 (+ ?x768 ?x2857)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x455 (+ ?x141 ?x751)))
 (let ((?x1360 (+ ?x455 ?x2596)))
 (let ((?x3086 (+ ?x1360 ?x3399)))
 (let ((?x2963 (+ ?x3086 ?x542)))
 (let ((?x3057 (+ ?x2963 ?x2952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2459 (+ ?x131 ?x3057)))
 (let ((?x2885 (* ?x1153 ?x2459)))
 (or (and (distinct ?x2885 ?x2499) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (= 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1536 (* ?x165 ?x196)))
 (let ((?x1047 (- ?x1536)))
 (let ((?x1496 (+ ?x185 ?x1047)))
 (let ((?x302 (* ?x129 ?x1496)))
 (let ((?x2007 (- ?x302)))
 (let ((?x1905 (* ?x206 ?x1496)))
 (let ((?x622 (* ?x127 ?x196)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x1912 (* ?x165 ?x1223)))
 (let ((?x3230 (+ ?x1912 ?x622)))
 (let ((?x2740 (- ?x3230)))
 (let ((?x2899 (+ ?x1318 ?x2740)))
 (let ((?x2324 (* ?x129 ?x2899)))
 (let ((?x3410 (+ ?x2324 ?x1905)))
 (let ((?x1803 (* ?x11 ?x3410)))
 (let ((?x2582 (+ ?x1803 ?x2007)))
 (let ((?x1779 (- ?x2582)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x3036 (+ ?x927 ?x1779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3537 (+ ?x131 ?x3036)))
 (let ((?x3531 (* ?x1153 ?x3537)))
 (or (and (distinct ?x3531 ?x2499) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x1566 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1828 (+ ?x1566 ?x1170)))
 (let ((?x2449 (* 2.0 ?x1828)))
 (let ((?x1488 (- ?x2449)))
 (let ((?x1902 (+ ?x160 ?x1488)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x841 (+ ?x88 ?x1902)))
 (let ((?x1549 (* ?x1153 ?x841)))
 (let ((?x555 (* |g2[1]| ?x1549)))
 (let ((?x2115 (+ ?x555 ?x2003)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x942 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1101 (+ ?x942 ?x395)))
 (let ((?x753 (* 2.0 ?x1101)))
 (let ((?x2025 (- ?x753)))
 (let ((?x830 (+ ?x230 ?x2025)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2340 (+ ?x226 ?x830)))
 (let ((?x1056 (* ?x2340 ?x1549)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x1906 (* (/ 1.0 2.0) ?x245)))
 (let ((?x666 (+ ?x1906 ?x2556)))
 (let ((?x1952 (* 2.0 ?x666)))
 (let ((?x2454 (- ?x1952)))
 (let ((?x854 (+ ?x245 ?x2454)))
 (let ((?x241 (- ?x95)))
 (let ((?x860 (+ ?x241 ?x854)))
 (let ((?x1592 (* ?x1153 ?x860)))
 (let ((?x1878 (+ ?x1592 ?x1056)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x419 (* ?x240 ?x1878)))
 (let ((?x2263 (* ?x1153 ?x2340)))
 (let ((?x1127 (* |g2[0]| ?x2263)))
 (let ((?x810 (+ ?x1127 ?x419)))
 (let ((?x2499 (+ ?x810 ?x2115)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2499) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
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
(declare-fun log!769 () Real)
(declare-fun log!1322 () Real)
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
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (< 0.0 ?x442))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let (($x1942 (= 0.0 ?x442)))
 (not $x1942)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2312 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x442 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1170 (/ ?x127 ?x442)))
 (let ((?x2977 (+ ?x1170 ?x2312)))
 (let ((?x2916 (* 2.0 ?x2977)))
 (let ((?x1080 (- ?x2916)))
 (let ((?x2152 (+ ?x160 ?x1080)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1956 (+ ?x88 ?x2152)))
 (let ((?x1711 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1153 (* ?x1711 exp!2)))
 (let ((?x2971 (* ?x1153 ?x1956)))
 (let ((?x2617 (* |g2[1]| ?x2971)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x2003 (* ?x276 ?x1153)))
 (let ((?x2968 (+ ?x2003 ?x2617)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1876 (* 0.0 ?x230)))
 (let ((?x917 (* ?x230 ?x165)))
 (let ((?x395 (/ ?x917 ?x442)))
 (let ((?x2413 (+ ?x395 ?x1876)))
 (let ((?x2175 (* 2.0 ?x2413)))
 (let ((?x2980 (- ?x2175)))
 (let ((?x1371 (+ ?x230 ?x2980)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2981 (+ ?x226 ?x1371)))
 (let ((?x2962 (* ?x2981 ?x2971)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2978 (* 0.0 ?x245)))
 (let ((?x2498 (- ?x127)))
 (let ((?x1333 (* ?x917 ?x2498)))
 (let ((?x547 (/ 1.0 (* ?x442 ?x442))))
 (let ((?x1012 (* ?x547 ?x1333)))
 (let ((?x1380 (* ?x230 ?x127)))
 (let ((?x646 (* ?x245 ?x165)))
 (let ((?x1874 (+ ?x646 ?x1380)))
 (let ((?x969 (/ ?x1874 ?x442)))
 (let ((?x2556 (+ ?x969 ?x1012)))
 (let ((?x2161 (+ ?x2556 ?x2978)))
 (let ((?x2056 (* 2.0 ?x2161)))
 (let ((?x1788 (- ?x2056)))
 (let ((?x1962 (+ ?x245 ?x1788)))
 (let ((?x241 (- ?x95)))
 (let ((?x2975 (+ ?x241 ?x1962)))
 (let ((?x1821 (* ?x1153 ?x2975)))
 (let ((?x2972 (+ ?x1821 ?x2962)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2209 (* ?x240 ?x2972)))
 (let ((?x2974 (* ?x1153 ?x2981)))
 (let ((?x2982 (* |g2[0]| ?x2974)))
 (let ((?x2919 (+ ?x2982 ?x2209)))
 (let ((?x2969 (+ ?x2919 ?x2968)))
 (let ((?x1775 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x780 (* ?x160 ?x1775)))
 (let ((?x2540 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2254 (* 0.0 ?x2540)))
 (let ((?x480 (+ ?x2254 ?x780)))
 (let ((?x588 (- ?x480)))
 (let ((?x704 (+ ?x160 ?x588)))
 (let ((?x2502 (* ?x1775 ?x704)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x420 (* ?x196 ?x2502)))
 (let ((?x2280 (* 2.0 ?x480)))
 (let ((?x453 (- ?x2280)))
 (let ((?x1330 (+ ?x160 ?x453)))
 (let ((?x924 (+ ?x88 ?x1330)))
 (let ((?x887 (* 1.0 ?x924)))
 (let ((?x498 (* f2 ?x887)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2451 (+ ?x177 ?x498)))
 (let ((?x1072 (* ?x98 ?x887)))
 (let ((?x1749 (+ ?x1072 ?x2451)))
 (let ((?x1318 (- ?x1749)))
 (let ((?x1223 (* 2.0 ?x1318)))
 (let ((?x956 (* ?x1775 ?x1223)))
 (let ((?x376 (+ ?x956 ?x420)))
 (let ((?x1676 (- ?x376)))
 (let ((?x1614 (+ ?x1318 ?x1676)))
 (let ((?x1115 (* ?x129 ?x1614)))
 (let ((?x569 (* ?x1775 ?x196)))
 (let ((?x1157 (- ?x569)))
 (let ((?x2314 (+ ?x185 ?x1157)))
 (let ((?x1892 (* ?x206 ?x2314)))
 (let ((?x1302 (+ ?x1892 ?x1115)))
 (let ((?x333 (* ?x11 ?x1302)))
 (let ((?x323 (* ?x129 ?x2314)))
 (let ((?x602 (- ?x323)))
 (let ((?x790 (+ ?x602 ?x333)))
 (let ((?x867 (- ?x790)))
 (let ((?x603 (/ ?x1318 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x720 (+ ?x187 ?x603)))
 (let ((?x1308 (* |g2[1]| ?x887)))
 (let ((?x864 (* (/ 1.0 2.0) ?x887)))
 (let ((?x2457 (* 0.0 ?x864)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x886 (+ ?x123 ?x2457)))
 (let ((?x438 (* |h2[1,1]| ?x886)))
 (let ((?x1033 (+ ?x65 ?x2457)))
 (let ((?x1799 (* |h2[0,1]| ?x1033)))
 (let ((?x925 (+ ?x1799 ?x438)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1365 (+ ?x141 ?x2457)))
 (let ((?x899 (+ ?x1365 ?x925)))
 (let ((?x568 (+ ?x899 ?x1308)))
 (let ((?x927 (+ ?x568 ?x720)))
 (let ((?x894 (+ ?x927 ?x867)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x877 (+ ?x131 ?x894)))
 (let ((?x1126 (* ?x1153 ?x877)))
 (or (and (distinct ?x1126 ?x2969) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!769 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!769) (< exp!1 exp!4)))
(assert
 (= (< log!769 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!769) (< exp!2 exp!4)))
(assert
 (= (< log!769 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!769) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!769 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!769)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1322 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1322) (< exp!1 exp!5)))
(assert
 (= (< log!1322 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1322) (< exp!2 exp!5)))
(assert
 (= (< log!1322 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1322) (< exp!3 exp!5)))
(assert
 (= (< log!1322 log!769) (< exp!5 exp!4)))
(assert
 (= (< log!769 log!1322) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1322 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1322)))
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
 (= (< 0.0 log!769) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!769) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1322) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1322) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
