; certjax: rule estimators.score_Logistic, obligation 'second_order.hessian_identity[2]', verdict unproved
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x191 (- ?x147)))
 (let ((?x192 (+ ?x160 ?x191)))
 (let ((?x193 (* ?x96 ?x192)))
 (let ((?x195 (* ?x193 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x64 (* f2 ?x60)))
 (let ((?x114 (+ ?x64 ?x80)))
 (let ((?x43 (* 0.0 ?x60)))
 (let ((?x177 (+ ?x43 ?x114)))
 (let ((?x178 (- ?x177)))
 (let ((?x189 (* 2.0 ?x178)))
 (let ((?x190 (* ?x96 ?x189)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x178 ?x197)))
 (let ((?x199 (* ?x129 ?x198)))
 (let ((?x209 (+ ?x199 ?x208)))
 (let ((?x210 (* ?x11 ?x209)))
 (let ((?x213 (+ ?x210 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x179 (/ ?x178 scale)))
 (let ((?x186 (+ ?x179 ?x185)))
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
 (let ((?x187 (+ ?x89 ?x186)))
 (let ((?x215 (+ ?x187 ?x214)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x216 (+ ?x131 ?x215)))
 (let ((?x222 (* ?x221 ?x216)))
 (or (and (distinct ?x222 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x1476 (- ?x279)))
 (let ((?x474 (+ ?x160 ?x1476)))
 (let ((?x1788 (* ?x96 ?x474)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x875 (* ?x194 ?x1788)))
 (let ((?x2120 (* 2.0 ?x279)))
 (let ((?x399 (- ?x2120)))
 (let ((?x404 (+ ?x160 ?x399)))
 (let ((?x337 (+ ?x88 ?x404)))
 (let ((?x581 (* 1.0 ?x337)))
 (let ((?x2301 (* f2 ?x581)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x513 (+ ?x80 ?x2301)))
 (let ((?x1865 (* 0.0 ?x581)))
 (let ((?x331 (+ ?x1865 ?x513)))
 (let ((?x1770 (- ?x331)))
 (let ((?x1839 (* 2.0 ?x1770)))
 (let ((?x1707 (* ?x96 ?x1839)))
 (let ((?x1695 (+ ?x1707 ?x875)))
 (let ((?x1804 (- ?x1695)))
 (let ((?x574 (+ ?x1770 ?x1804)))
 (let ((?x679 (* ?x129 ?x574)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x2277 (+ ?x208 ?x679)))
 (let ((?x1191 (* ?x11 ?x2277)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x1614 (+ ?x212 ?x1191)))
 (let ((?x458 (- ?x1614)))
 (let ((?x1971 (/ ?x1770 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x510 (+ ?x185 ?x1971)))
 (let ((?x1949 (* |g2[1]| ?x581)))
 (let ((?x1107 (* (/ 1.0 2.0) ?x581)))
 (let ((?x2242 (* 0.0 ?x1107)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2276 (+ ?x123 ?x2242)))
 (let ((?x2007 (* |h2[1,1]| ?x2276)))
 (let ((?x1761 (+ ?x65 ?x2242)))
 (let ((?x1565 (* |h2[0,1]| ?x1761)))
 (let ((?x2180 (+ ?x1565 ?x2007)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1809 (+ ?x141 ?x2242)))
 (let ((?x871 (+ ?x1809 ?x2180)))
 (let ((?x2005 (+ ?x871 ?x1949)))
 (let ((?x2143 (+ ?x2005 ?x510)))
 (let ((?x1777 (+ ?x2143 ?x458)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x673 (+ ?x131 ?x1777)))
 (let ((?x1543 (* ?x221 ?x673)))
 (or (and (distinct ?x1543 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1465 (* ?x165 ?x194)))
 (let ((?x677 (- ?x1465)))
 (let ((?x2002 (+ ?x183 ?x677)))
 (let ((?x1535 (* ?x129 ?x2002)))
 (let ((?x1659 (- ?x1535)))
 (let ((?x2122 (* ?x204 ?x2002)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2280 (* ?x127 ?x194)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x1688 (* ?x165 ?x407)))
 (let ((?x1298 (+ ?x1688 ?x2280)))
 (let ((?x1731 (- ?x1298)))
 (let ((?x1724 (+ ?x695 ?x1731)))
 (let ((?x1254 (* ?x129 ?x1724)))
 (let ((?x1179 (+ ?x1254 ?x2122)))
 (let ((?x785 (* ?x11 ?x1179)))
 (let ((?x1660 (+ ?x785 ?x1659)))
 (let ((?x969 (- ?x1660)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x1478 (+ ?x406 ?x969)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2138 (+ ?x131 ?x1478)))
 (let ((?x1089 (* ?x221 ?x2138)))
 (or (and (distinct ?x1089 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (= 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x2286 (+ ?x127 ?x2068)))
 (let ((?x851 (- ?x2286)))
 (let ((?x1484 (+ ?x160 ?x851)))
 (let ((?x463 (* ?x2018 ?x1484)))
 (let ((?x811 (* ?x463 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x2441 (* 2.0 ?x2286)))
 (let ((?x2288 (- ?x2441)))
 (let ((?x921 (+ ?x160 ?x2288)))
 (let ((?x358 (+ ?x88 ?x921)))
 (let ((?x763 (* ?x358 1.0)))
 (let ((?x507 (* f2 ?x763)))
 (let ((?x400 (+ ?x507 ?x80)))
 (let ((?x1265 (* 0.0 ?x763)))
 (let ((?x866 (+ ?x1265 ?x400)))
 (let ((?x296 (- ?x866)))
 (let ((?x2255 (* 2.0 ?x296)))
 (let ((?x1850 (* ?x2018 ?x2255)))
 (let ((?x1890 (+ ?x1850 ?x811)))
 (let ((?x338 (- ?x1890)))
 (let ((?x1769 (+ ?x296 ?x338)))
 (let ((?x722 (* ?x129 ?x1769)))
 (let ((?x2082 (+ ?x722 ?x1691)))
 (let ((?x1501 (* ?x11 ?x2082)))
 (let ((?x790 (+ ?x1501 ?x993)))
 (let ((?x1665 (- ?x790)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x2412 (/ ?x296 scale)))
 (let ((?x2121 (+ ?x2412 ?x185)))
 (let ((?x1408 (* |g2[1]| ?x763)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x936 (* (/ 1.0 2.0) ?x763)))
 (let ((?x1806 (* 0.0 ?x936)))
 (let ((?x1322 (+ ?x1806 ?x123)))
 (let ((?x701 (* |h2[1,1]| ?x1322)))
 (let ((?x1198 (+ ?x1806 ?x65)))
 (let ((?x2285 (* |h2[0,1]| ?x1198)))
 (let ((?x1896 (+ ?x2285 ?x701)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1297 (+ ?x1806 ?x141)))
 (let ((?x2378 (+ ?x1297 ?x1896)))
 (let ((?x2010 (+ ?x2378 ?x1408)))
 (let ((?x973 (+ ?x2010 ?x2121)))
 (let ((?x1794 (+ ?x973 ?x1665)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1412 (+ ?x131 ?x1794)))
 (let ((?x1316 (* ?x959 ?x1412)))
 (or (and (distinct ?x1316 ?x1162) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (= 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2501 (- ?x385)))
 (let ((?x2247 (+ ?x160 ?x2501)))
 (let ((?x885 (* ?x2018 ?x2247)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x769 (* ?x194 ?x885)))
 (let ((?x1352 (* 2.0 ?x385)))
 (let ((?x2182 (- ?x1352)))
 (let ((?x1243 (+ ?x160 ?x2182)))
 (let ((?x3144 (+ ?x88 ?x1243)))
 (let ((?x1202 (* 1.0 ?x3144)))
 (let ((?x2387 (* f2 ?x1202)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x642 (+ ?x80 ?x2387)))
 (let ((?x1461 (* 0.0 ?x1202)))
 (let ((?x2344 (+ ?x1461 ?x642)))
 (let ((?x452 (- ?x2344)))
 (let ((?x2620 (* 2.0 ?x452)))
 (let ((?x2060 (* ?x2018 ?x2620)))
 (let ((?x1387 (+ ?x2060 ?x769)))
 (let ((?x1993 (- ?x1387)))
 (let ((?x2745 (+ ?x452 ?x1993)))
 (let ((?x2621 (* ?x129 ?x2745)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x2075 (+ ?x1691 ?x2621)))
 (let ((?x1327 (* ?x11 ?x2075)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x748 (+ ?x993 ?x1327)))
 (let ((?x3494 (- ?x748)))
 (let ((?x1826 (/ ?x452 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x2556 (+ ?x185 ?x1826)))
 (let ((?x2873 (* |g2[1]| ?x1202)))
 (let ((?x2047 (* (/ 1.0 2.0) ?x1202)))
 (let ((?x294 (* 0.0 ?x2047)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1901 (+ ?x123 ?x294)))
 (let ((?x2885 (* |h2[1,1]| ?x1901)))
 (let ((?x799 (+ ?x65 ?x294)))
 (let ((?x819 (* |h2[0,1]| ?x799)))
 (let ((?x415 (+ ?x819 ?x2885)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1503 (+ ?x141 ?x294)))
 (let ((?x1241 (+ ?x1503 ?x415)))
 (let ((?x2846 (+ ?x1241 ?x2873)))
 (let ((?x997 (+ ?x2846 ?x2556)))
 (let ((?x1766 (+ ?x997 ?x3494)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x336 (+ ?x131 ?x1766)))
 (let ((?x1845 (* ?x959 ?x336)))
 (or (and (distinct ?x1845 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (= 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1465 (* ?x165 ?x194)))
 (let ((?x677 (- ?x1465)))
 (let ((?x2002 (+ ?x183 ?x677)))
 (let ((?x1535 (* ?x129 ?x2002)))
 (let ((?x1659 (- ?x1535)))
 (let ((?x2122 (* ?x204 ?x2002)))
 (let ((?x2280 (* ?x127 ?x194)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2851 (* ?x165 ?x1568)))
 (let ((?x1632 (+ ?x2851 ?x2280)))
 (let ((?x1445 (- ?x1632)))
 (let ((?x2326 (+ ?x570 ?x1445)))
 (let ((?x2466 (* ?x129 ?x2326)))
 (let ((?x2640 (+ ?x2466 ?x2122)))
 (let ((?x3330 (* ?x11 ?x2640)))
 (let ((?x3283 (+ ?x3330 ?x1659)))
 (let ((?x2478 (- ?x3283)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x2869 (+ ?x2015 ?x2478)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2332 (+ ?x131 ?x2869)))
 (let ((?x2409 (* ?x959 ?x2332)))
 (or (and (distinct ?x2409 ?x1162) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2313 (/ ?x1199 exp!1)))
 (let ((?x2018 (* ?x2313 exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (let (($x86 (= exp!3 scale)))
 (=> (> scale 0.0) $x86)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x191 (- ?x147)))
 (let ((?x192 (+ ?x160 ?x191)))
 (let ((?x193 (* ?x96 ?x192)))
 (let ((?x195 (* ?x193 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x64 (* f2 ?x60)))
 (let ((?x114 (+ ?x64 ?x80)))
 (let ((?x43 (* 0.0 ?x60)))
 (let ((?x177 (+ ?x43 ?x114)))
 (let ((?x178 (- ?x177)))
 (let ((?x189 (* 2.0 ?x178)))
 (let ((?x190 (* ?x96 ?x189)))
 (let ((?x196 (+ ?x190 ?x195)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x178 ?x197)))
 (let ((?x199 (* ?x129 ?x198)))
 (let ((?x209 (+ ?x199 ?x208)))
 (let ((?x210 (* ?x11 ?x209)))
 (let ((?x213 (+ ?x210 ?x212)))
 (let ((?x214 (- ?x213)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x179 (/ ?x178 scale)))
 (let ((?x186 (+ ?x179 ?x185)))
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
 (let ((?x187 (+ ?x89 ?x186)))
 (let ((?x215 (+ ?x187 ?x214)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x216 (+ ?x131 ?x215)))
 (let ((?x222 (* ?x221 ?x216)))
 (or (and (distinct ?x222 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x1476 (- ?x279)))
 (let ((?x474 (+ ?x160 ?x1476)))
 (let ((?x1788 (* ?x96 ?x474)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x875 (* ?x194 ?x1788)))
 (let ((?x2120 (* 2.0 ?x279)))
 (let ((?x399 (- ?x2120)))
 (let ((?x404 (+ ?x160 ?x399)))
 (let ((?x337 (+ ?x88 ?x404)))
 (let ((?x581 (* 1.0 ?x337)))
 (let ((?x2301 (* f2 ?x581)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x513 (+ ?x80 ?x2301)))
 (let ((?x1865 (* 0.0 ?x581)))
 (let ((?x331 (+ ?x1865 ?x513)))
 (let ((?x1770 (- ?x331)))
 (let ((?x1839 (* 2.0 ?x1770)))
 (let ((?x1707 (* ?x96 ?x1839)))
 (let ((?x1695 (+ ?x1707 ?x875)))
 (let ((?x1804 (- ?x1695)))
 (let ((?x574 (+ ?x1770 ?x1804)))
 (let ((?x679 (* ?x129 ?x574)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x2277 (+ ?x208 ?x679)))
 (let ((?x1191 (* ?x11 ?x2277)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x1614 (+ ?x212 ?x1191)))
 (let ((?x458 (- ?x1614)))
 (let ((?x1971 (/ ?x1770 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x510 (+ ?x185 ?x1971)))
 (let ((?x1949 (* |g2[1]| ?x581)))
 (let ((?x1107 (* (/ 1.0 2.0) ?x581)))
 (let ((?x2242 (* 0.0 ?x1107)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2276 (+ ?x123 ?x2242)))
 (let ((?x2007 (* |h2[1,1]| ?x2276)))
 (let ((?x1761 (+ ?x65 ?x2242)))
 (let ((?x1565 (* |h2[0,1]| ?x1761)))
 (let ((?x2180 (+ ?x1565 ?x2007)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1809 (+ ?x141 ?x2242)))
 (let ((?x871 (+ ?x1809 ?x2180)))
 (let ((?x2005 (+ ?x871 ?x1949)))
 (let ((?x2143 (+ ?x2005 ?x510)))
 (let ((?x1777 (+ ?x2143 ?x458)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x673 (+ ?x131 ?x1777)))
 (let ((?x1543 (* ?x221 ?x673)))
 (or (and (distinct ?x1543 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1465 (* ?x165 ?x194)))
 (let ((?x677 (- ?x1465)))
 (let ((?x2002 (+ ?x183 ?x677)))
 (let ((?x1535 (* ?x129 ?x2002)))
 (let ((?x1659 (- ?x1535)))
 (let ((?x2122 (* ?x204 ?x2002)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2280 (* ?x127 ?x194)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x1688 (* ?x165 ?x407)))
 (let ((?x1298 (+ ?x1688 ?x2280)))
 (let ((?x1731 (- ?x1298)))
 (let ((?x1724 (+ ?x695 ?x1731)))
 (let ((?x1254 (* ?x129 ?x1724)))
 (let ((?x1179 (+ ?x1254 ?x2122)))
 (let ((?x785 (* ?x11 ?x1179)))
 (let ((?x1660 (+ ?x785 ?x1659)))
 (let ((?x969 (- ?x1660)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x1478 (+ ?x406 ?x969)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2138 (+ ?x131 ?x1478)))
 (let ((?x1089 (* ?x221 ?x2138)))
 (or (and (distinct ?x1089 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun log!526 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x221 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x274 (* ?x273 ?x221)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x244 (* ?x74 ?x29)))
 (let ((?x260 (/ ?x244 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x261 (+ ?x160 ?x260)))
 (let ((?x262 (* 2.0 ?x261)))
 (let ((?x263 (- ?x262)))
 (let ((?x264 (+ ?x160 ?x263)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x265 (+ ?x88 ?x264)))
 (let ((?x266 (* ?x221 ?x265)))
 (let ((?x271 (* |g2[1]| ?x266)))
 (let ((?x275 (+ ?x271 ?x274)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x229 (* ?x227 ?x29)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x228 (- ?x227)))
 (let ((?x231 (+ ?x228 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x228 ?x233)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x235 (+ ?x224 ?x234)))
 (let ((?x267 (* ?x235 ?x266)))
 (let ((?x250 (- ?x244)))
 (let ((?x251 (* ?x229 ?x250)))
 (let ((?x249 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x252 (* ?x249 ?x251)))
 (let ((?x245 (* ?x227 ?x244)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x243 (* ?x241 ?x29)))
 (let ((?x246 (+ ?x243 ?x245)))
 (let ((?x247 (/ ?x246 ?x41)))
 (let ((?x253 (+ ?x247 ?x252)))
 (let ((?x242 (- ?x241)))
 (let ((?x254 (+ ?x242 ?x253)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x256 (- ?x255)))
 (let ((?x257 (+ ?x242 ?x256)))
 (let ((?x238 (- ?x95)))
 (let ((?x258 (+ ?x238 ?x257)))
 (let ((?x259 (* ?x221 ?x258)))
 (let ((?x268 (+ ?x259 ?x267)))
 (let ((?x269 (* f2 ?x268)))
 (let ((?x236 (* ?x221 ?x235)))
 (let ((?x237 (* |g2[0]| ?x236)))
 (let ((?x270 (+ ?x237 ?x269)))
 (let ((?x276 (+ ?x270 ?x275)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x279 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x277 (+ ?x110 ?x279)))
 (let ((?x411 (- ?x277)))
 (let ((?x412 (+ ?x160 ?x411)))
 (let ((?x413 (* ?x96 ?x412)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x398 (* ?x194 ?x413)))
 (let ((?x278 (* 2.0 ?x277)))
 (let ((?x390 (- ?x278)))
 (let ((?x1038 (+ ?x160 ?x390)))
 (let ((?x1039 (+ ?x88 ?x1038)))
 (let ((?x1049 (* 1.0 ?x1039)))
 (let ((?x691 (* f2 ?x1049)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x692 (+ ?x80 ?x691)))
 (let ((?x687 (* 0.0 ?x1049)))
 (let ((?x693 (+ ?x687 ?x692)))
 (let ((?x695 (- ?x693)))
 (let ((?x407 (* 2.0 ?x695)))
 (let ((?x410 (* ?x96 ?x407)))
 (let ((?x416 (+ ?x410 ?x398)))
 (let ((?x417 (- ?x416)))
 (let ((?x418 (+ ?x695 ?x417)))
 (let ((?x397 (* ?x129 ?x418)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x401 (+ ?x208 ?x397)))
 (let ((?x371 (* ?x11 ?x401)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x393 (+ ?x212 ?x371)))
 (let ((?x402 (- ?x393)))
 (let ((?x311 (/ ?x695 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x696 (+ ?x185 ?x311)))
 (let ((?x310 (* |g2[1]| ?x1049)))
 (let ((?x1050 (* (/ 1.0 2.0) ?x1049)))
 (let ((?x1047 (* 0.0 ?x1050)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x475 (+ ?x123 ?x1047)))
 (let ((?x476 (* |h2[1,1]| ?x475)))
 (let ((?x477 (+ ?x65 ?x1047)))
 (let ((?x478 (* |h2[0,1]| ?x477)))
 (let ((?x528 (+ ?x478 ?x476)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1048 (+ ?x141 ?x1047)))
 (let ((?x373 (+ ?x1048 ?x528)))
 (let ((?x685 (+ ?x373 ?x310)))
 (let ((?x406 (+ ?x685 ?x696)))
 (let ((?x394 (+ ?x406 ?x402)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x403 (+ ?x131 ?x394)))
 (let ((?x377 (* ?x221 ?x403)))
 (or (and (distinct ?x377 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (= 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x2286 (+ ?x127 ?x2068)))
 (let ((?x851 (- ?x2286)))
 (let ((?x1484 (+ ?x160 ?x851)))
 (let ((?x463 (* ?x2018 ?x1484)))
 (let ((?x811 (* ?x463 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x2441 (* 2.0 ?x2286)))
 (let ((?x2288 (- ?x2441)))
 (let ((?x921 (+ ?x160 ?x2288)))
 (let ((?x358 (+ ?x88 ?x921)))
 (let ((?x763 (* ?x358 1.0)))
 (let ((?x507 (* f2 ?x763)))
 (let ((?x400 (+ ?x507 ?x80)))
 (let ((?x1265 (* 0.0 ?x763)))
 (let ((?x866 (+ ?x1265 ?x400)))
 (let ((?x296 (- ?x866)))
 (let ((?x2255 (* 2.0 ?x296)))
 (let ((?x1850 (* ?x2018 ?x2255)))
 (let ((?x1890 (+ ?x1850 ?x811)))
 (let ((?x338 (- ?x1890)))
 (let ((?x1769 (+ ?x296 ?x338)))
 (let ((?x722 (* ?x129 ?x1769)))
 (let ((?x2082 (+ ?x722 ?x1691)))
 (let ((?x1501 (* ?x11 ?x2082)))
 (let ((?x790 (+ ?x1501 ?x993)))
 (let ((?x1665 (- ?x790)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x2412 (/ ?x296 scale)))
 (let ((?x2121 (+ ?x2412 ?x185)))
 (let ((?x1408 (* |g2[1]| ?x763)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x936 (* (/ 1.0 2.0) ?x763)))
 (let ((?x1806 (* 0.0 ?x936)))
 (let ((?x1322 (+ ?x1806 ?x123)))
 (let ((?x701 (* |h2[1,1]| ?x1322)))
 (let ((?x1198 (+ ?x1806 ?x65)))
 (let ((?x2285 (* |h2[0,1]| ?x1198)))
 (let ((?x1896 (+ ?x2285 ?x701)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1297 (+ ?x1806 ?x141)))
 (let ((?x2378 (+ ?x1297 ?x1896)))
 (let ((?x2010 (+ ?x2378 ?x1408)))
 (let ((?x973 (+ ?x2010 ?x2121)))
 (let ((?x1794 (+ ?x973 ?x1665)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1412 (+ ?x131 ?x1794)))
 (let ((?x1316 (* ?x959 ?x1412)))
 (or (and (distinct ?x1316 ?x1162) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (= 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x2501 (- ?x385)))
 (let ((?x2247 (+ ?x160 ?x2501)))
 (let ((?x885 (* ?x2018 ?x2247)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x769 (* ?x194 ?x885)))
 (let ((?x1352 (* 2.0 ?x385)))
 (let ((?x2182 (- ?x1352)))
 (let ((?x1243 (+ ?x160 ?x2182)))
 (let ((?x3144 (+ ?x88 ?x1243)))
 (let ((?x1202 (* 1.0 ?x3144)))
 (let ((?x2387 (* f2 ?x1202)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x642 (+ ?x80 ?x2387)))
 (let ((?x1461 (* 0.0 ?x1202)))
 (let ((?x2344 (+ ?x1461 ?x642)))
 (let ((?x452 (- ?x2344)))
 (let ((?x2620 (* 2.0 ?x452)))
 (let ((?x2060 (* ?x2018 ?x2620)))
 (let ((?x1387 (+ ?x2060 ?x769)))
 (let ((?x1993 (- ?x1387)))
 (let ((?x2745 (+ ?x452 ?x1993)))
 (let ((?x2621 (* ?x129 ?x2745)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x2075 (+ ?x1691 ?x2621)))
 (let ((?x1327 (* ?x11 ?x2075)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x748 (+ ?x993 ?x1327)))
 (let ((?x3494 (- ?x748)))
 (let ((?x1826 (/ ?x452 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x2556 (+ ?x185 ?x1826)))
 (let ((?x2873 (* |g2[1]| ?x1202)))
 (let ((?x2047 (* (/ 1.0 2.0) ?x1202)))
 (let ((?x294 (* 0.0 ?x2047)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1901 (+ ?x123 ?x294)))
 (let ((?x2885 (* |h2[1,1]| ?x1901)))
 (let ((?x799 (+ ?x65 ?x294)))
 (let ((?x819 (* |h2[0,1]| ?x799)))
 (let ((?x415 (+ ?x819 ?x2885)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1503 (+ ?x141 ?x294)))
 (let ((?x1241 (+ ?x1503 ?x415)))
 (let ((?x2846 (+ ?x1241 ?x2873)))
 (let ((?x997 (+ ?x2846 ?x2556)))
 (let ((?x1766 (+ ?x997 ?x3494)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x336 (+ ?x131 ?x1766)))
 (let ((?x1845 (* ?x959 ?x336)))
 (or (and (distinct ?x1845 ?x1162) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (= 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1465 (* ?x165 ?x194)))
 (let ((?x677 (- ?x1465)))
 (let ((?x2002 (+ ?x183 ?x677)))
 (let ((?x1535 (* ?x129 ?x2002)))
 (let ((?x1659 (- ?x1535)))
 (let ((?x2122 (* ?x204 ?x2002)))
 (let ((?x2280 (* ?x127 ?x194)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2851 (* ?x165 ?x1568)))
 (let ((?x1632 (+ ?x2851 ?x2280)))
 (let ((?x1445 (- ?x1632)))
 (let ((?x2326 (+ ?x570 ?x1445)))
 (let ((?x2466 (* ?x129 ?x2326)))
 (let ((?x2640 (+ ?x2466 ?x2122)))
 (let ((?x3330 (* ?x11 ?x2640)))
 (let ((?x3283 (+ ?x3330 ?x1659)))
 (let ((?x2478 (- ?x3283)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x2869 (+ ?x2015 ?x2478)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2332 (+ ?x131 ?x2869)))
 (let ((?x2409 (* ?x959 ?x2332)))
 (or (and (distinct ?x2409 ?x1162) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x1881 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2084 (+ ?x1881 ?x1802)))
 (let ((?x1080 (* 2.0 ?x2084)))
 (let ((?x2383 (- ?x1080)))
 (let ((?x1793 (+ ?x160 ?x2383)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x330 (+ ?x88 ?x1793)))
 (let ((?x1774 (* ?x959 ?x330)))
 (let ((?x857 (* |g2[1]| ?x1774)))
 (let ((?x1414 (+ ?x857 ?x772)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2173 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1216 (+ ?x2173 ?x1375)))
 (let ((?x1131 (* 2.0 ?x1216)))
 (let ((?x515 (- ?x1131)))
 (let ((?x2323 (+ ?x228 ?x515)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2322 (+ ?x224 ?x2323)))
 (let ((?x2372 (* ?x2322 ?x1774)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1122 (* (/ 1.0 2.0) ?x242)))
 (let ((?x854 (+ ?x1122 ?x2196)))
 (let ((?x926 (* 2.0 ?x854)))
 (let ((?x1418 (- ?x926)))
 (let ((?x2035 (+ ?x242 ?x1418)))
 (let ((?x238 (- ?x95)))
 (let ((?x284 (+ ?x238 ?x2035)))
 (let ((?x317 (* ?x959 ?x284)))
 (let ((?x1034 (+ ?x317 ?x2372)))
 (let ((?x1655 (* f2 ?x1034)))
 (let ((?x1701 (* ?x959 ?x2322)))
 (let ((?x1303 (* |g2[0]| ?x1701)))
 (let ((?x1458 (+ ?x1303 ?x1655)))
 (let ((?x1162 (+ ?x1458 ?x1414)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x1162) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
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
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun log!37 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!526 () Real)
(declare-fun log!1079 () Real)
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (< 0.0 ?x2404))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let (($x1526 (= 0.0 ?x2404)))
 (not $x1526)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1260 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2404 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1802 (/ ?x127 ?x2404)))
 (let ((?x2782 (+ ?x1802 ?x1260)))
 (let ((?x2721 (* 2.0 ?x2782)))
 (let ((?x864 (- ?x2721)))
 (let ((?x2241 (+ ?x160 ?x864)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1482 (+ ?x88 ?x2241)))
 (let ((?x742 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x959 (* ?x742 exp!2)))
 (let ((?x2776 (* ?x959 ?x1482)))
 (let ((?x1812 (* |g2[1]| ?x2776)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x772 (* ?x273 ?x959)))
 (let ((?x2773 (+ ?x772 ?x1812)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1454 (* 0.0 ?x228)))
 (let ((?x933 (* ?x228 ?x165)))
 (let ((?x1375 (/ ?x933 ?x2404)))
 (let ((?x2299 (+ ?x1375 ?x1454)))
 (let ((?x1897 (* 2.0 ?x2299)))
 (let ((?x2785 (- ?x1897)))
 (let ((?x1662 (+ ?x228 ?x2785)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2786 (+ ?x224 ?x1662)))
 (let ((?x2767 (* ?x2786 ?x2776)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2783 (* 0.0 ?x242)))
 (let ((?x1912 (- ?x127)))
 (let ((?x1666 (* ?x933 ?x1912)))
 (let ((?x532 (/ 1.0 (* ?x2404 ?x2404))))
 (let ((?x713 (* ?x532 ?x1666)))
 (let ((?x2200 (* ?x228 ?x127)))
 (let ((?x1431 (* ?x242 ?x165)))
 (let ((?x2152 (+ ?x1431 ?x2200)))
 (let ((?x328 (/ ?x2152 ?x2404)))
 (let ((?x2196 (+ ?x328 ?x713)))
 (let ((?x1600 (+ ?x2196 ?x2783)))
 (let ((?x2150 (* 2.0 ?x1600)))
 (let ((?x1902 (- ?x2150)))
 (let ((?x1637 (+ ?x242 ?x1902)))
 (let ((?x238 (- ?x95)))
 (let ((?x2780 (+ ?x238 ?x1637)))
 (let ((?x1269 (* ?x959 ?x2780)))
 (let ((?x2777 (+ ?x1269 ?x2767)))
 (let ((?x1424 (* f2 ?x2777)))
 (let ((?x2779 (* ?x959 ?x2786)))
 (let ((?x2787 (* |g2[0]| ?x2779)))
 (let ((?x2724 (+ ?x2787 ?x1424)))
 (let ((?x2774 (+ ?x2724 ?x2773)))
 (let ((?x2018 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x385 (* ?x160 ?x2018)))
 (let ((?x1199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2068 (* 0.0 ?x1199)))
 (let ((?x1359 (+ ?x2068 ?x385)))
 (let ((?x582 (- ?x1359)))
 (let ((?x1790 (+ ?x160 ?x582)))
 (let ((?x1607 (* ?x2018 ?x1790)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1017 (* ?x194 ?x1607)))
 (let ((?x1165 (* 2.0 ?x1359)))
 (let ((?x2272 (- ?x1165)))
 (let ((?x1097 (+ ?x160 ?x2272)))
 (let ((?x979 (+ ?x88 ?x1097)))
 (let ((?x1558 (* 1.0 ?x979)))
 (let ((?x370 (* f2 ?x1558)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x564 (+ ?x80 ?x370)))
 (let ((?x2319 (* 0.0 ?x1558)))
 (let ((?x1641 (+ ?x2319 ?x564)))
 (let ((?x570 (- ?x1641)))
 (let ((?x1568 (* 2.0 ?x570)))
 (let ((?x2027 (* ?x2018 ?x1568)))
 (let ((?x369 (+ ?x2027 ?x1017)))
 (let ((?x470 (- ?x369)))
 (let ((?x2307 (+ ?x570 ?x470)))
 (let ((?x2013 (* ?x129 ?x2307)))
 (let ((?x1006 (* ?x2018 ?x194)))
 (let ((?x880 (- ?x1006)))
 (let ((?x1353 (+ ?x183 ?x880)))
 (let ((?x1691 (* ?x204 ?x1353)))
 (let ((?x1713 (+ ?x1691 ?x2013)))
 (let ((?x293 (* ?x11 ?x1713)))
 (let ((?x1760 (* ?x129 ?x1353)))
 (let ((?x993 (- ?x1760)))
 (let ((?x1522 (+ ?x993 ?x293)))
 (let ((?x616 (- ?x1522)))
 (let ((?x878 (/ ?x570 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x548 (+ ?x185 ?x878)))
 (let ((?x649 (* |g2[1]| ?x1558)))
 (let ((?x902 (* (/ 1.0 2.0) ?x1558)))
 (let ((?x1878 (* 0.0 ?x902)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x614 (+ ?x123 ?x1878)))
 (let ((?x1606 (* |h2[1,1]| ?x614)))
 (let ((?x980 (+ ?x65 ?x1878)))
 (let ((?x1383 (* |h2[0,1]| ?x980)))
 (let ((?x2320 (+ ?x1383 ?x1606)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x494 (+ ?x141 ?x1878)))
 (let ((?x1413 (+ ?x494 ?x2320)))
 (let ((?x1142 (+ ?x1413 ?x649)))
 (let ((?x2015 (+ ?x1142 ?x548)))
 (let ((?x1101 (+ ?x2015 ?x616)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x444 (+ ?x131 ?x1101)))
 (let ((?x719 (* ?x959 ?x444)))
 (or (and (distinct ?x719 ?x2774) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!37 (/ z scale)) (< exp!3 exp!1)))
(assert
 (= (< (/ z scale) log!37) (< exp!1 exp!3)))
(assert
 (= (< log!37 (/ loc scale)) (< exp!3 exp!2)))
(assert
 (= (< (/ loc scale) log!37) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!37 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!37)))
(assert
 (=> (> scale 0.0) (= exp!3 scale)))
(assert
 (= (< log!526 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!526) (< exp!1 exp!4)))
(assert
 (= (< log!526 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!526) (< exp!2 exp!4)))
(assert
 (= (< log!526 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!526) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!526 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!526)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1079 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1079) (< exp!1 exp!5)))
(assert
 (= (< log!1079 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1079) (< exp!2 exp!5)))
(assert
 (= (< log!1079 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1079) (< exp!3 exp!5)))
(assert
 (= (< log!1079 log!526) (< exp!5 exp!4)))
(assert
 (= (< log!526 log!1079) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1079 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1079)))
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
 (= (< 0.0 log!37) (< exp!6 exp!3)))
(assert
 (= (> 0.0 log!37) (< exp!3 exp!6)))
(assert
 (= (< 0.0 log!526) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!526) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1079) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1079) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
