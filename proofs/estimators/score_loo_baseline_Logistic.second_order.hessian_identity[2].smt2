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
(declare-fun log!530 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
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
(declare-fun log!530 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
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
(declare-fun log!530 () Real)
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
 (let ((?x346 (- ?x282)))
 (let ((?x527 (+ ?x160 ?x346)))
 (let ((?x2015 (* ?x96 ?x527)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x758 (* ?x196 ?x2015)))
 (let ((?x2386 (* 2.0 ?x282)))
 (let ((?x342 (- ?x2386)))
 (let ((?x625 (+ ?x160 ?x342)))
 (let ((?x778 (+ ?x88 ?x625)))
 (let ((?x1287 (* 1.0 ?x778)))
 (let ((?x516 (* f2 ?x1287)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x320 (+ ?x177 ?x516)))
 (let ((?x2451 (* ?x98 ?x1287)))
 (let ((?x2042 (+ ?x2451 ?x320)))
 (let ((?x2360 (- ?x2042)))
 (let ((?x854 (* 2.0 ?x2360)))
 (let ((?x1949 (* ?x96 ?x854)))
 (let ((?x2105 (+ ?x1949 ?x758)))
 (let ((?x825 (- ?x2105)))
 (let ((?x1942 (+ ?x2360 ?x825)))
 (let ((?x663 (* ?x129 ?x1942)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x645 (+ ?x210 ?x663)))
 (let ((?x2448 (* ?x11 ?x645)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1506 (+ ?x214 ?x2448)))
 (let ((?x1910 (- ?x1506)))
 (let ((?x1064 (/ ?x2360 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1039 (+ ?x187 ?x1064)))
 (let ((?x1624 (* |g2[1]| ?x1287)))
 (let ((?x2314 (* (/ 1.0 2.0) ?x1287)))
 (let ((?x2291 (* 0.0 ?x2314)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1994 (+ ?x123 ?x2291)))
 (let ((?x1562 (* |h2[1,1]| ?x1994)))
 (let ((?x327 (+ ?x65 ?x2291)))
 (let ((?x601 (* |h2[0,1]| ?x327)))
 (let ((?x1471 (+ ?x601 ?x1562)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1990 (+ ?x141 ?x2291)))
 (let ((?x377 (+ ?x1990 ?x1471)))
 (let ((?x2299 (+ ?x377 ?x1624)))
 (let ((?x997 (+ ?x2299 ?x1039)))
 (let ((?x2348 (+ ?x997 ?x1910)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x545 (+ ?x131 ?x2348)))
 (let ((?x1622 (* ?x223 ?x545)))
 (or (and (distinct ?x1622 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
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
(declare-fun log!530 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
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
(declare-fun log!530 () Real)
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
 (let ((?x2387 (* ?x165 ?x196)))
 (let ((?x1738 (- ?x2387)))
 (let ((?x1273 (+ ?x185 ?x1738)))
 (let ((?x1157 (* ?x129 ?x1273)))
 (let ((?x2496 (- ?x1157)))
 (let ((?x1935 (* ?x206 ?x1273)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x741 (* ?x127 ?x196)))
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
 (let ((?x1384 (* ?x165 ?x413)))
 (let ((?x553 (+ ?x1384 ?x741)))
 (let ((?x1879 (- ?x553)))
 (let ((?x502 (+ ?x407 ?x1879)))
 (let ((?x1332 (* ?x129 ?x502)))
 (let ((?x2401 (+ ?x1332 ?x1935)))
 (let ((?x2012 (* ?x11 ?x2401)))
 (let ((?x1107 (+ ?x2012 ?x2496)))
 (let ((?x285 (- ?x1107)))
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
 (let ((?x1398 (+ ?x412 ?x285)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1632 (+ ?x131 ?x1398)))
 (let ((?x1841 (* ?x223 ?x1632)))
 (or (and (distinct ?x1841 ?x279) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
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
(declare-fun log!530 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
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
(declare-fun log!530 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (= 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x2535 (+ ?x127 ?x565)))
 (let ((?x888 (- ?x2535)))
 (let ((?x1921 (+ ?x160 ?x888)))
 (let ((?x2514 (* ?x917 ?x1921)))
 (let ((?x1636 (* ?x2514 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2581 (* 2.0 ?x2535)))
 (let ((?x837 (- ?x2581)))
 (let ((?x393 (+ ?x160 ?x837)))
 (let ((?x951 (+ ?x88 ?x393)))
 (let ((?x484 (* ?x951 1.0)))
 (let ((?x2245 (* f2 ?x484)))
 (let ((?x1141 (+ ?x2245 ?x177)))
 (let ((?x1317 (* ?x98 ?x484)))
 (let ((?x537 (+ ?x1317 ?x1141)))
 (let ((?x2422 (- ?x537)))
 (let ((?x2323 (* 2.0 ?x2422)))
 (let ((?x2537 (* ?x917 ?x2323)))
 (let ((?x1519 (+ ?x2537 ?x1636)))
 (let ((?x2158 (- ?x1519)))
 (let ((?x1459 (+ ?x2422 ?x2158)))
 (let ((?x1274 (* ?x129 ?x1459)))
 (let ((?x1118 (+ ?x1274 ?x2322)))
 (let ((?x1184 (* ?x11 ?x1118)))
 (let ((?x1582 (+ ?x1184 ?x748)))
 (let ((?x2027 (- ?x1582)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x990 (/ ?x2422 scale)))
 (let ((?x2165 (+ ?x990 ?x187)))
 (let ((?x1409 (* |g2[1]| ?x484)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2539 (* (/ 1.0 2.0) ?x484)))
 (let ((?x2282 (* 0.0 ?x2539)))
 (let ((?x1031 (+ ?x2282 ?x123)))
 (let ((?x2317 (* |h2[1,1]| ?x1031)))
 (let ((?x777 (+ ?x2282 ?x65)))
 (let ((?x2179 (* |h2[0,1]| ?x777)))
 (let ((?x2114 (+ ?x2179 ?x2317)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x707 (+ ?x2282 ?x141)))
 (let ((?x2329 (+ ?x707 ?x2114)))
 (let ((?x1611 (+ ?x2329 ?x1409)))
 (let ((?x2534 (+ ?x1611 ?x2165)))
 (let ((?x1573 (+ ?x2534 ?x2027)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1741 (+ ?x131 ?x1573)))
 (let ((?x1394 (* ?x1579 ?x1741)))
 (or (and (distinct ?x1394 ?x1782) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (= 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x2475 (- ?x2202)))
 (let ((?x2742 (+ ?x160 ?x2475)))
 (let ((?x1349 (* ?x917 ?x2742)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x3055 (* ?x196 ?x1349)))
 (let ((?x1295 (* 2.0 ?x2202)))
 (let ((?x2066 (- ?x1295)))
 (let ((?x760 (+ ?x160 ?x2066)))
 (let ((?x2367 (+ ?x88 ?x760)))
 (let ((?x3617 (* 1.0 ?x2367)))
 (let ((?x2235 (* f2 ?x3617)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x309 (+ ?x177 ?x2235)))
 (let ((?x2911 (* ?x98 ?x3617)))
 (let ((?x2276 (+ ?x2911 ?x309)))
 (let ((?x2262 (- ?x2276)))
 (let ((?x1262 (* 2.0 ?x2262)))
 (let ((?x708 (* ?x917 ?x1262)))
 (let ((?x1399 (+ ?x708 ?x3055)))
 (let ((?x692 (- ?x1399)))
 (let ((?x3000 (+ ?x2262 ?x692)))
 (let ((?x2550 (* ?x129 ?x3000)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x368 (+ ?x2322 ?x2550)))
 (let ((?x2287 (* ?x11 ?x368)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1536 (+ ?x748 ?x2287)))
 (let ((?x2819 (- ?x1536)))
 (let ((?x2757 (/ ?x2262 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2431 (+ ?x187 ?x2757)))
 (let ((?x2965 (* |g2[1]| ?x3617)))
 (let ((?x3052 (* (/ 1.0 2.0) ?x3617)))
 (let ((?x3106 (* 0.0 ?x3052)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2063 (+ ?x123 ?x3106)))
 (let ((?x326 (* |h2[1,1]| ?x2063)))
 (let ((?x2874 (+ ?x65 ?x3106)))
 (let ((?x571 (* |h2[0,1]| ?x2874)))
 (let ((?x501 (+ ?x571 ?x326)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1609 (+ ?x141 ?x3106)))
 (let ((?x3607 (+ ?x1609 ?x501)))
 (let ((?x1754 (+ ?x3607 ?x2965)))
 (let ((?x2003 (+ ?x1754 ?x2431)))
 (let ((?x2791 (+ ?x2003 ?x2819)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1604 (+ ?x131 ?x2791)))
 (let ((?x2949 (* ?x1579 ?x1604)))
 (or (and (distinct ?x2949 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (= 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2387 (* ?x165 ?x196)))
 (let ((?x1738 (- ?x2387)))
 (let ((?x1273 (+ ?x185 ?x1738)))
 (let ((?x1157 (* ?x129 ?x1273)))
 (let ((?x2496 (- ?x1157)))
 (let ((?x1935 (* ?x206 ?x1273)))
 (let ((?x741 (* ?x127 ?x196)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x3703 (* ?x165 ?x1739)))
 (let ((?x2071 (+ ?x3703 ?x741)))
 (let ((?x3078 (- ?x2071)))
 (let ((?x2241 (+ ?x1103 ?x3078)))
 (let ((?x3389 (* ?x129 ?x2241)))
 (let ((?x1640 (+ ?x3389 ?x1935)))
 (let ((?x1168 (* ?x11 ?x1640)))
 (let ((?x958 (+ ?x1168 ?x2496)))
 (let ((?x2399 (- ?x958)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x3047 (+ ?x909 ?x2399)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3149 (+ ?x131 ?x3047)))
 (let ((?x2934 (* ?x1579 ?x3149)))
 (or (and (distinct ?x2934 ?x1782) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x514 (/ ?x1330 exp!1)))
 (let ((?x917 (* ?x514 exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1083 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1083 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x346 (- ?x282)))
 (let ((?x527 (+ ?x160 ?x346)))
 (let ((?x2015 (* ?x96 ?x527)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x758 (* ?x196 ?x2015)))
 (let ((?x2386 (* 2.0 ?x282)))
 (let ((?x342 (- ?x2386)))
 (let ((?x625 (+ ?x160 ?x342)))
 (let ((?x778 (+ ?x88 ?x625)))
 (let ((?x1287 (* 1.0 ?x778)))
 (let ((?x516 (* f2 ?x1287)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x320 (+ ?x177 ?x516)))
 (let ((?x2451 (* ?x98 ?x1287)))
 (let ((?x2042 (+ ?x2451 ?x320)))
 (let ((?x2360 (- ?x2042)))
 (let ((?x854 (* 2.0 ?x2360)))
 (let ((?x1949 (* ?x96 ?x854)))
 (let ((?x2105 (+ ?x1949 ?x758)))
 (let ((?x825 (- ?x2105)))
 (let ((?x1942 (+ ?x2360 ?x825)))
 (let ((?x663 (* ?x129 ?x1942)))
 (let ((?x207 (* ?x96 ?x196)))
 (let ((?x208 (- ?x207)))
 (let ((?x209 (+ ?x185 ?x208)))
 (let ((?x210 (* ?x206 ?x209)))
 (let ((?x645 (+ ?x210 ?x663)))
 (let ((?x2448 (* ?x11 ?x645)))
 (let ((?x213 (* ?x129 ?x209)))
 (let ((?x214 (- ?x213)))
 (let ((?x1506 (+ ?x214 ?x2448)))
 (let ((?x1910 (- ?x1506)))
 (let ((?x1064 (/ ?x2360 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x1039 (+ ?x187 ?x1064)))
 (let ((?x1624 (* |g2[1]| ?x1287)))
 (let ((?x2314 (* (/ 1.0 2.0) ?x1287)))
 (let ((?x2291 (* 0.0 ?x2314)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1994 (+ ?x123 ?x2291)))
 (let ((?x1562 (* |h2[1,1]| ?x1994)))
 (let ((?x327 (+ ?x65 ?x2291)))
 (let ((?x601 (* |h2[0,1]| ?x327)))
 (let ((?x1471 (+ ?x601 ?x1562)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1990 (+ ?x141 ?x2291)))
 (let ((?x377 (+ ?x1990 ?x1471)))
 (let ((?x2299 (+ ?x377 ?x1624)))
 (let ((?x997 (+ ?x2299 ?x1039)))
 (let ((?x2348 (+ ?x997 ?x1910)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x545 (+ ?x131 ?x2348)))
 (let ((?x1622 (* ?x223 ?x545)))
 (or (and (distinct ?x1622 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1083 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x2387 (* ?x165 ?x196)))
 (let ((?x1738 (- ?x2387)))
 (let ((?x1273 (+ ?x185 ?x1738)))
 (let ((?x1157 (* ?x129 ?x1273)))
 (let ((?x2496 (- ?x1157)))
 (let ((?x1935 (* ?x206 ?x1273)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x741 (* ?x127 ?x196)))
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
 (let ((?x1384 (* ?x165 ?x413)))
 (let ((?x553 (+ ?x1384 ?x741)))
 (let ((?x1879 (- ?x553)))
 (let ((?x502 (+ ?x407 ?x1879)))
 (let ((?x1332 (* ?x129 ?x502)))
 (let ((?x2401 (+ ?x1332 ?x1935)))
 (let ((?x2012 (* ?x11 ?x2401)))
 (let ((?x1107 (+ ?x2012 ?x2496)))
 (let ((?x285 (- ?x1107)))
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
 (let ((?x1398 (+ ?x412 ?x285)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1632 (+ ?x131 ?x1398)))
 (let ((?x1841 (* ?x223 ?x1632)))
 (or (and (distinct ?x1841 ?x279) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1083 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1083 () Real)
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (= 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x2535 (+ ?x127 ?x565)))
 (let ((?x888 (- ?x2535)))
 (let ((?x1921 (+ ?x160 ?x888)))
 (let ((?x2514 (* ?x917 ?x1921)))
 (let ((?x1636 (* ?x2514 ?x196)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x2581 (* 2.0 ?x2535)))
 (let ((?x837 (- ?x2581)))
 (let ((?x393 (+ ?x160 ?x837)))
 (let ((?x951 (+ ?x88 ?x393)))
 (let ((?x484 (* ?x951 1.0)))
 (let ((?x2245 (* f2 ?x484)))
 (let ((?x1141 (+ ?x2245 ?x177)))
 (let ((?x1317 (* ?x98 ?x484)))
 (let ((?x537 (+ ?x1317 ?x1141)))
 (let ((?x2422 (- ?x537)))
 (let ((?x2323 (* 2.0 ?x2422)))
 (let ((?x2537 (* ?x917 ?x2323)))
 (let ((?x1519 (+ ?x2537 ?x1636)))
 (let ((?x2158 (- ?x1519)))
 (let ((?x1459 (+ ?x2422 ?x2158)))
 (let ((?x1274 (* ?x129 ?x1459)))
 (let ((?x1118 (+ ?x1274 ?x2322)))
 (let ((?x1184 (* ?x11 ?x1118)))
 (let ((?x1582 (+ ?x1184 ?x748)))
 (let ((?x2027 (- ?x1582)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x990 (/ ?x2422 scale)))
 (let ((?x2165 (+ ?x990 ?x187)))
 (let ((?x1409 (* |g2[1]| ?x484)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2539 (* (/ 1.0 2.0) ?x484)))
 (let ((?x2282 (* 0.0 ?x2539)))
 (let ((?x1031 (+ ?x2282 ?x123)))
 (let ((?x2317 (* |h2[1,1]| ?x1031)))
 (let ((?x777 (+ ?x2282 ?x65)))
 (let ((?x2179 (* |h2[0,1]| ?x777)))
 (let ((?x2114 (+ ?x2179 ?x2317)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x707 (+ ?x2282 ?x141)))
 (let ((?x2329 (+ ?x707 ?x2114)))
 (let ((?x1611 (+ ?x2329 ?x1409)))
 (let ((?x2534 (+ ?x1611 ?x2165)))
 (let ((?x1573 (+ ?x2534 ?x2027)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1741 (+ ?x131 ?x1573)))
 (let ((?x1394 (* ?x1579 ?x1741)))
 (or (and (distinct ?x1394 ?x1782) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (= 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x2475 (- ?x2202)))
 (let ((?x2742 (+ ?x160 ?x2475)))
 (let ((?x1349 (* ?x917 ?x2742)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x3055 (* ?x196 ?x1349)))
 (let ((?x1295 (* 2.0 ?x2202)))
 (let ((?x2066 (- ?x1295)))
 (let ((?x760 (+ ?x160 ?x2066)))
 (let ((?x2367 (+ ?x88 ?x760)))
 (let ((?x3617 (* 1.0 ?x2367)))
 (let ((?x2235 (* f2 ?x3617)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x309 (+ ?x177 ?x2235)))
 (let ((?x2911 (* ?x98 ?x3617)))
 (let ((?x2276 (+ ?x2911 ?x309)))
 (let ((?x2262 (- ?x2276)))
 (let ((?x1262 (* 2.0 ?x2262)))
 (let ((?x708 (* ?x917 ?x1262)))
 (let ((?x1399 (+ ?x708 ?x3055)))
 (let ((?x692 (- ?x1399)))
 (let ((?x3000 (+ ?x2262 ?x692)))
 (let ((?x2550 (* ?x129 ?x3000)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x368 (+ ?x2322 ?x2550)))
 (let ((?x2287 (* ?x11 ?x368)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1536 (+ ?x748 ?x2287)))
 (let ((?x2819 (- ?x1536)))
 (let ((?x2757 (/ ?x2262 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2431 (+ ?x187 ?x2757)))
 (let ((?x2965 (* |g2[1]| ?x3617)))
 (let ((?x3052 (* (/ 1.0 2.0) ?x3617)))
 (let ((?x3106 (* 0.0 ?x3052)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2063 (+ ?x123 ?x3106)))
 (let ((?x326 (* |h2[1,1]| ?x2063)))
 (let ((?x2874 (+ ?x65 ?x3106)))
 (let ((?x571 (* |h2[0,1]| ?x2874)))
 (let ((?x501 (+ ?x571 ?x326)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1609 (+ ?x141 ?x3106)))
 (let ((?x3607 (+ ?x1609 ?x501)))
 (let ((?x1754 (+ ?x3607 ?x2965)))
 (let ((?x2003 (+ ?x1754 ?x2431)))
 (let ((?x2791 (+ ?x2003 ?x2819)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1604 (+ ?x131 ?x2791)))
 (let ((?x2949 (* ?x1579 ?x1604)))
 (or (and (distinct ?x2949 ?x1782) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (= 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x2387 (* ?x165 ?x196)))
 (let ((?x1738 (- ?x2387)))
 (let ((?x1273 (+ ?x185 ?x1738)))
 (let ((?x1157 (* ?x129 ?x1273)))
 (let ((?x2496 (- ?x1157)))
 (let ((?x1935 (* ?x206 ?x1273)))
 (let ((?x741 (* ?x127 ?x196)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x3703 (* ?x165 ?x1739)))
 (let ((?x2071 (+ ?x3703 ?x741)))
 (let ((?x3078 (- ?x2071)))
 (let ((?x2241 (+ ?x1103 ?x3078)))
 (let ((?x3389 (* ?x129 ?x2241)))
 (let ((?x1640 (+ ?x3389 ?x1935)))
 (let ((?x1168 (* ?x11 ?x1640)))
 (let ((?x958 (+ ?x1168 ?x2496)))
 (let ((?x2399 (- ?x958)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x3047 (+ ?x909 ?x2399)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3149 (+ ?x131 ?x3047)))
 (let ((?x2934 (* ?x1579 ?x3149)))
 (or (and (distinct ?x2934 ?x1782) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2334 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2574 (+ ?x2334 ?x1627)))
 (let ((?x1576 (* 2.0 ?x2574)))
 (let ((?x2253 (- ?x1576)))
 (let ((?x1553 (+ ?x160 ?x2253)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x513 (+ ?x88 ?x1553)))
 (let ((?x1850 (* ?x1579 ?x513)))
 (let ((?x607 (* |g2[1]| ?x1850)))
 (let ((?x1194 (+ ?x607 ?x1199)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x1705 (* (/ 1.0 2.0) ?x230)))
 (let ((?x1250 (+ ?x1705 ?x1166)))
 (let ((?x1794 (* 2.0 ?x1250)))
 (let ((?x466 (- ?x1794)))
 (let ((?x1634 (+ ?x230 ?x466)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2041 (+ ?x226 ?x1634)))
 (let ((?x542 (* ?x2041 ?x1850)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x316 (* (/ 1.0 2.0) ?x245)))
 (let ((?x2052 (+ ?x316 ?x1100)))
 (let ((?x1418 (* 2.0 ?x2052)))
 (let ((?x1635 (- ?x1418)))
 (let ((?x2445 (+ ?x245 ?x1635)))
 (let ((?x241 (- ?x95)))
 (let ((?x895 (+ ?x241 ?x2445)))
 (let ((?x1220 (* ?x1579 ?x895)))
 (let ((?x1607 (+ ?x1220 ?x542)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x1501 (* ?x240 ?x1607)))
 (let ((?x982 (* ?x1579 ?x2041)))
 (let ((?x2616 (* |g2[0]| ?x982)))
 (let ((?x1698 (+ ?x2616 ?x1501)))
 (let ((?x1782 (+ ?x1698 ?x1194)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x1782) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
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
(declare-fun log!530 () Real)
(declare-fun log!1083 () Real)
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
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (< 0.0 ?x609))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let (($x1742 (= 0.0 ?x609)))
 (not $x1742)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1974 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x609 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1627 (/ ?x127 ?x609)))
 (let ((?x2979 (+ ?x1627 ?x1974)))
 (let ((?x2918 (* 2.0 ?x2979)))
 (let ((?x1859 (- ?x2918)))
 (let ((?x2002 (+ ?x160 ?x1859)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2148 (+ ?x88 ?x2002)))
 (let ((?x2563 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1579 (* ?x2563 exp!2)))
 (let ((?x2973 (* ?x1579 ?x2148)))
 (let ((?x1629 (* |g2[1]| ?x2973)))
 (let ((?x275 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x276 (* (/ 1.0 2.0) ?x275)))
 (let ((?x1199 (* ?x276 ?x1579)))
 (let ((?x2970 (+ ?x1199 ?x1629)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x227 (- ?x11)))
 (let ((?x228 (* ?x227 ?x129)))
 (let ((?x229 (+ ?x33 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x1568 (* 0.0 ?x230)))
 (let ((?x483 (* ?x230 ?x165)))
 (let ((?x1166 (/ ?x483 ?x609)))
 (let ((?x2598 (+ ?x1166 ?x1568)))
 (let ((?x2208 (* 2.0 ?x2598)))
 (let ((?x2982 (- ?x2208)))
 (let ((?x1757 (+ ?x230 ?x2982)))
 (let ((?x225 (/ 1.0 scale)))
 (let ((?x226 (- ?x225)))
 (let ((?x2983 (+ ?x226 ?x1757)))
 (let ((?x2964 (* ?x2983 ?x2973)))
 (let ((?x203 (/ 1.0 (* ?x75 scale))))
 (let ((?x205 (* ?x203 (- 2.0))))
 (let ((?x206 (* 0.0 ?x205)))
 (let ((?x242 (* ?x227 ?x206)))
 (let ((?x243 (+ ?x129 ?x242)))
 (let ((?x244 (+ ?x95 ?x243)))
 (let ((?x245 (- ?x244)))
 (let ((?x2980 (* 0.0 ?x245)))
 (let ((?x1807 (- ?x127)))
 (let ((?x1267 (* ?x483 ?x1807)))
 (let ((?x627 (/ 1.0 (* ?x609 ?x609))))
 (let ((?x284 (* ?x627 ?x1267)))
 (let ((?x1470 (* ?x230 ?x127)))
 (let ((?x2600 (* ?x245 ?x165)))
 (let ((?x1427 (+ ?x2600 ?x1470)))
 (let ((?x1541 (/ ?x1427 ?x609)))
 (let ((?x1100 (+ ?x1541 ?x284)))
 (let ((?x2087 (+ ?x1100 ?x2980)))
 (let ((?x953 (* 2.0 ?x2087)))
 (let ((?x1389 (- ?x953)))
 (let ((?x2160 (+ ?x245 ?x1389)))
 (let ((?x241 (- ?x95)))
 (let ((?x2977 (+ ?x241 ?x2160)))
 (let ((?x993 (* ?x1579 ?x2977)))
 (let ((?x2974 (+ ?x993 ?x2964)))
 (let ((?x98 (- b)))
 (let ((?x240 (+ f2 ?x98)))
 (let ((?x2289 (* ?x240 ?x2974)))
 (let ((?x2976 (* ?x1579 ?x2983)))
 (let ((?x2984 (* |g2[0]| ?x2976)))
 (let ((?x2921 (+ ?x2984 ?x2289)))
 (let ((?x2971 (+ ?x2921 ?x2970)))
 (let ((?x917 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2202 (* ?x160 ?x917)))
 (let ((?x1330 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x565 (* 0.0 ?x1330)))
 (let ((?x1787 (+ ?x565 ?x2202)))
 (let ((?x616 (- ?x1787)))
 (let ((?x2101 (+ ?x160 ?x616)))
 (let ((?x2220 (* ?x917 ?x2101)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* ?x98 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x196 (* 2.0 ?x185)))
 (let ((?x310 (* ?x196 ?x2220)))
 (let ((?x2460 (* 2.0 ?x1787)))
 (let ((?x1395 (- ?x2460)))
 (let ((?x1804 (+ ?x160 ?x1395)))
 (let ((?x745 (+ ?x88 ?x1804)))
 (let ((?x2548 (* 1.0 ?x745)))
 (let ((?x1172 (* f2 ?x2548)))
 (let ((?x177 (* |g2[0]| 1.0)))
 (let ((?x1821 (+ ?x177 ?x1172)))
 (let ((?x544 (* ?x98 ?x2548)))
 (let ((?x1185 (+ ?x544 ?x1821)))
 (let ((?x1103 (- ?x1185)))
 (let ((?x1739 (* 2.0 ?x1103)))
 (let ((?x2509 (* ?x917 ?x1739)))
 (let ((?x879 (+ ?x2509 ?x310)))
 (let ((?x719 (- ?x879)))
 (let ((?x1158 (+ ?x1103 ?x719)))
 (let ((?x1639 (* ?x129 ?x1158)))
 (let ((?x676 (* ?x917 ?x196)))
 (let ((?x1876 (- ?x676)))
 (let ((?x677 (+ ?x185 ?x1876)))
 (let ((?x2322 (* ?x206 ?x677)))
 (let ((?x1017 (+ ?x2322 ?x1639)))
 (let ((?x1092 (* ?x11 ?x1017)))
 (let ((?x2611 (* ?x129 ?x677)))
 (let ((?x748 (- ?x2611)))
 (let ((?x1186 (+ ?x748 ?x1092)))
 (let ((?x661 (- ?x1186)))
 (let ((?x491 (/ ?x1103 scale)))
 (let ((?x186 (* 0.0 ?x185)))
 (let ((?x187 (* ?x129 ?x186)))
 (let ((?x2513 (+ ?x187 ?x491)))
 (let ((?x1533 (* |g2[1]| ?x2548)))
 (let ((?x2054 (* (/ 1.0 2.0) ?x2548)))
 (let ((?x380 (* 0.0 ?x2054)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2032 (+ ?x123 ?x380)))
 (let ((?x1292 (* |h2[1,1]| ?x2032)))
 (let ((?x643 (+ ?x65 ?x380)))
 (let ((?x1965 (* |h2[0,1]| ?x643)))
 (let ((?x726 (+ ?x1965 ?x1292)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1895 (+ ?x141 ?x380)))
 (let ((?x1571 (+ ?x1895 ?x726)))
 (let ((?x433 (+ ?x1571 ?x1533)))
 (let ((?x909 (+ ?x433 ?x2513)))
 (let ((?x1351 (+ ?x909 ?x661)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x432 (+ ?x131 ?x1351)))
 (let ((?x1584 (* ?x1579 ?x432)))
 (or (and (distinct ?x1584 ?x2971) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!530 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!530) (< exp!1 exp!4)))
(assert
 (= (< log!530 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!530) (< exp!2 exp!4)))
(assert
 (= (< log!530 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!530) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!530 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!530)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1083 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1083) (< exp!1 exp!5)))
(assert
 (= (< log!1083 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1083) (< exp!2 exp!5)))
(assert
 (= (< log!1083 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1083) (< exp!3 exp!5)))
(assert
 (= (< log!1083 log!530) (< exp!5 exp!4)))
(assert
 (= (< log!530 log!1083) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1083 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1083)))
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
 (= (< 0.0 log!530) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!530) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1083) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1083) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
