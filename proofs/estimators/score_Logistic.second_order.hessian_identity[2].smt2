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
(declare-fun log!759 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
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
(declare-fun log!759 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
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
(declare-fun log!759 () Real)
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
 (let ((?x2281 (- ?x279)))
 (let ((?x2074 (+ ?x160 ?x2281)))
 (let ((?x1972 (* ?x96 ?x2074)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x283 (* ?x194 ?x1972)))
 (let ((?x2121 (* 2.0 ?x279)))
 (let ((?x399 (- ?x2121)))
 (let ((?x404 (+ ?x160 ?x399)))
 (let ((?x1300 (+ ?x88 ?x404)))
 (let ((?x579 (* 1.0 ?x1300)))
 (let ((?x2302 (* f2 ?x579)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x2094 (+ ?x80 ?x2302)))
 (let ((?x869 (* 0.0 ?x579)))
 (let ((?x873 (+ ?x869 ?x2094)))
 (let ((?x1608 (- ?x873)))
 (let ((?x1147 (* 2.0 ?x1608)))
 (let ((?x1832 (* ?x96 ?x1147)))
 (let ((?x1696 (+ ?x1832 ?x283)))
 (let ((?x2288 (- ?x1696)))
 (let ((?x2245 (+ ?x1608 ?x2288)))
 (let ((?x1604 (* ?x129 ?x2245)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x2278 (+ ?x208 ?x1604)))
 (let ((?x1042 (* ?x11 ?x2278)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x1163 (+ ?x212 ?x1042)))
 (let ((?x1514 (- ?x1163)))
 (let ((?x878 (/ ?x1608 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x578 (+ ?x185 ?x878)))
 (let ((?x1950 (* |g2[1]| ?x579)))
 (let ((?x1856 (* (/ 1.0 2.0) ?x579)))
 (let ((?x2065 (* 0.0 ?x1856)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1810 (+ ?x123 ?x2065)))
 (let ((?x2193 (* |h2[1,1]| ?x1810)))
 (let ((?x622 (+ ?x65 ?x2065)))
 (let ((?x1761 (* |h2[0,1]| ?x622)))
 (let ((?x2181 (+ ?x1761 ?x2193)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1026 (+ ?x141 ?x2065)))
 (let ((?x514 (+ ?x1026 ?x2181)))
 (let ((?x2006 (+ ?x514 ?x1950)))
 (let ((?x681 (+ ?x2006 ?x578)))
 (let ((?x1778 (+ ?x681 ?x1514)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1549 (+ ?x131 ?x1778)))
 (let ((?x294 (* ?x221 ?x1549)))
 (or (and (distinct ?x294 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
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
(declare-fun log!759 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
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
(declare-fun log!759 () Real)
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
 (let ((?x2123 (* ?x165 ?x194)))
 (let ((?x1458 (- ?x2123)))
 (let ((?x778 (+ ?x183 ?x1458)))
 (let ((?x498 (* ?x129 ?x778)))
 (let ((?x2021 (- ?x498)))
 (let ((?x343 (* ?x204 ?x778)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x339 (* ?x127 ?x194)))
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
 (let ((?x1382 (* ?x165 ?x407)))
 (let ((?x1203 (+ ?x1382 ?x339)))
 (let ((?x2204 (- ?x1203)))
 (let ((?x1323 (+ ?x695 ?x2204)))
 (let ((?x1267 (* ?x129 ?x1323)))
 (let ((?x2221 (+ ?x1267 ?x343)))
 (let ((?x1732 (* ?x11 ?x2221)))
 (let ((?x364 (+ ?x1732 ?x2021)))
 (let ((?x519 (- ?x364)))
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
 (let ((?x1716 (+ ?x406 ?x519)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2196 (+ ?x131 ?x1716)))
 (let ((?x908 (* ?x221 ?x2196)))
 (or (and (distinct ?x908 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
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
(declare-fun log!759 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
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
(declare-fun log!759 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (= 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1881 (+ ?x127 ?x2159)))
 (let ((?x1526 (- ?x1881)))
 (let ((?x1564 (+ ?x160 ?x1526)))
 (let ((?x792 (* ?x546 ?x1564)))
 (let ((?x1021 (* ?x792 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x494 (* 2.0 ?x1881)))
 (let ((?x2362 (- ?x494)))
 (let ((?x360 (+ ?x160 ?x2362)))
 (let ((?x317 (+ ?x88 ?x360)))
 (let ((?x1618 (* ?x317 1.0)))
 (let ((?x1098 (* f2 ?x1618)))
 (let ((?x684 (+ ?x1098 ?x80)))
 (let ((?x1145 (* 0.0 ?x1618)))
 (let ((?x791 (+ ?x1145 ?x684)))
 (let ((?x1539 (- ?x791)))
 (let ((?x988 (* 2.0 ?x1539)))
 (let ((?x290 (* ?x546 ?x988)))
 (let ((?x1095 (+ ?x290 ?x1021)))
 (let ((?x2063 (- ?x1095)))
 (let ((?x945 (+ ?x1539 ?x2063)))
 (let ((?x374 (* ?x129 ?x945)))
 (let ((?x904 (+ ?x374 ?x613)))
 (let ((?x583 (* ?x11 ?x904)))
 (let ((?x309 (+ ?x583 ?x509)))
 (let ((?x662 (- ?x309)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x576 (/ ?x1539 scale)))
 (let ((?x667 (+ ?x576 ?x185)))
 (let ((?x1334 (* |g2[1]| ?x1618)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2418 (* (/ 1.0 2.0) ?x1618)))
 (let ((?x2190 (* 0.0 ?x2418)))
 (let ((?x672 (+ ?x2190 ?x123)))
 (let ((?x1408 (* |h2[1,1]| ?x672)))
 (let ((?x1580 (+ ?x2190 ?x65)))
 (let ((?x735 (* |h2[0,1]| ?x1580)))
 (let ((?x2228 (+ ?x735 ?x1408)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1299 (+ ?x2190 ?x141)))
 (let ((?x1224 (+ ?x1299 ?x2228)))
 (let ((?x2117 (+ ?x1224 ?x1334)))
 (let ((?x731 (+ ?x2117 ?x667)))
 (let ((?x1565 (+ ?x731 ?x662)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2210 (+ ?x131 ?x1565)))
 (let ((?x948 (* ?x448 ?x2210)))
 (or (and (distinct ?x948 ?x1228) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (= 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2601 (- ?x761)))
 (let ((?x939 (+ ?x160 ?x2601)))
 (let ((?x1591 (* ?x546 ?x939)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2406 (* ?x194 ?x1591)))
 (let ((?x540 (* 2.0 ?x761)))
 (let ((?x1954 (- ?x540)))
 (let ((?x2387 (+ ?x160 ?x1954)))
 (let ((?x2550 (+ ?x88 ?x2387)))
 (let ((?x1946 (* 1.0 ?x2550)))
 (let ((?x2462 (* f2 ?x1946)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x883 (+ ?x80 ?x2462)))
 (let ((?x2639 (* 0.0 ?x1946)))
 (let ((?x3495 (+ ?x2639 ?x883)))
 (let ((?x512 (- ?x3495)))
 (let ((?x326 (* 2.0 ?x512)))
 (let ((?x1544 (* ?x546 ?x326)))
 (let ((?x1470 (+ ?x1544 ?x2406)))
 (let ((?x2447 (- ?x1470)))
 (let ((?x2594 (+ ?x512 ?x2447)))
 (let ((?x3494 (* ?x129 ?x2594)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x506 (+ ?x613 ?x3494)))
 (let ((?x1952 (* ?x11 ?x506)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x2587 (+ ?x509 ?x1952)))
 (let ((?x2886 (- ?x2587)))
 (let ((?x1318 (/ ?x512 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1812 (+ ?x185 ?x1318)))
 (let ((?x2464 (* |g2[1]| ?x1946)))
 (let ((?x1647 (* (/ 1.0 2.0) ?x1946)))
 (let ((?x1311 (* 0.0 ?x1647)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2623 (+ ?x123 ?x1311)))
 (let ((?x1330 (* |h2[1,1]| ?x2623)))
 (let ((?x654 (+ ?x65 ?x1311)))
 (let ((?x821 (* |h2[0,1]| ?x654)))
 (let ((?x2526 (+ ?x821 ?x1330)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2475 (+ ?x141 ?x1311)))
 (let ((?x983 (+ ?x2475 ?x2526)))
 (let ((?x2697 (+ ?x983 ?x2464)))
 (let ((?x2455 (+ ?x2697 ?x1812)))
 (let ((?x824 (+ ?x2455 ?x2886)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1055 (+ ?x131 ?x824)))
 (let ((?x2863 (* ?x448 ?x1055)))
 (or (and (distinct ?x2863 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (= 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2123 (* ?x165 ?x194)))
 (let ((?x1458 (- ?x2123)))
 (let ((?x778 (+ ?x183 ?x1458)))
 (let ((?x498 (* ?x129 ?x778)))
 (let ((?x2021 (- ?x498)))
 (let ((?x343 (* ?x204 ?x778)))
 (let ((?x339 (* ?x127 ?x194)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x2189 (* ?x165 ?x2050)))
 (let ((?x3255 (+ ?x2189 ?x339)))
 (let ((?x1388 (- ?x3255)))
 (let ((?x2317 (+ ?x291 ?x1388)))
 (let ((?x1279 (* ?x129 ?x2317)))
 (let ((?x2975 (+ ?x1279 ?x343)))
 (let ((?x909 (* ?x11 ?x2975)))
 (let ((?x434 (+ ?x909 ?x2021)))
 (let ((?x2457 (- ?x434)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x2909 (+ ?x940 ?x2457)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2679 (+ ?x131 ?x2909)))
 (let ((?x2440 (* ?x448 ?x2679)))
 (or (and (distinct ?x2440 ?x1228) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x768 (/ ?x1634 exp!1)))
 (let ((?x546 (* ?x768 exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1312 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1312 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2281 (- ?x279)))
 (let ((?x2074 (+ ?x160 ?x2281)))
 (let ((?x1972 (* ?x96 ?x2074)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x283 (* ?x194 ?x1972)))
 (let ((?x2121 (* 2.0 ?x279)))
 (let ((?x399 (- ?x2121)))
 (let ((?x404 (+ ?x160 ?x399)))
 (let ((?x1300 (+ ?x88 ?x404)))
 (let ((?x579 (* 1.0 ?x1300)))
 (let ((?x2302 (* f2 ?x579)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x2094 (+ ?x80 ?x2302)))
 (let ((?x869 (* 0.0 ?x579)))
 (let ((?x873 (+ ?x869 ?x2094)))
 (let ((?x1608 (- ?x873)))
 (let ((?x1147 (* 2.0 ?x1608)))
 (let ((?x1832 (* ?x96 ?x1147)))
 (let ((?x1696 (+ ?x1832 ?x283)))
 (let ((?x2288 (- ?x1696)))
 (let ((?x2245 (+ ?x1608 ?x2288)))
 (let ((?x1604 (* ?x129 ?x2245)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x2278 (+ ?x208 ?x1604)))
 (let ((?x1042 (* ?x11 ?x2278)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x1163 (+ ?x212 ?x1042)))
 (let ((?x1514 (- ?x1163)))
 (let ((?x878 (/ ?x1608 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x578 (+ ?x185 ?x878)))
 (let ((?x1950 (* |g2[1]| ?x579)))
 (let ((?x1856 (* (/ 1.0 2.0) ?x579)))
 (let ((?x2065 (* 0.0 ?x1856)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1810 (+ ?x123 ?x2065)))
 (let ((?x2193 (* |h2[1,1]| ?x1810)))
 (let ((?x622 (+ ?x65 ?x2065)))
 (let ((?x1761 (* |h2[0,1]| ?x622)))
 (let ((?x2181 (+ ?x1761 ?x2193)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1026 (+ ?x141 ?x2065)))
 (let ((?x514 (+ ?x1026 ?x2181)))
 (let ((?x2006 (+ ?x514 ?x1950)))
 (let ((?x681 (+ ?x2006 ?x578)))
 (let ((?x1778 (+ ?x681 ?x1514)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1549 (+ ?x131 ?x1778)))
 (let ((?x294 (* ?x221 ?x1549)))
 (or (and (distinct ?x294 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1312 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2123 (* ?x165 ?x194)))
 (let ((?x1458 (- ?x2123)))
 (let ((?x778 (+ ?x183 ?x1458)))
 (let ((?x498 (* ?x129 ?x778)))
 (let ((?x2021 (- ?x498)))
 (let ((?x343 (* ?x204 ?x778)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x339 (* ?x127 ?x194)))
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
 (let ((?x1382 (* ?x165 ?x407)))
 (let ((?x1203 (+ ?x1382 ?x339)))
 (let ((?x2204 (- ?x1203)))
 (let ((?x1323 (+ ?x695 ?x2204)))
 (let ((?x1267 (* ?x129 ?x1323)))
 (let ((?x2221 (+ ?x1267 ?x343)))
 (let ((?x1732 (* ?x11 ?x2221)))
 (let ((?x364 (+ ?x1732 ?x2021)))
 (let ((?x519 (- ?x364)))
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
 (let ((?x1716 (+ ?x406 ?x519)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2196 (+ ?x131 ?x1716)))
 (let ((?x908 (* ?x221 ?x2196)))
 (or (and (distinct ?x908 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1312 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1312 () Real)
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (= 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1881 (+ ?x127 ?x2159)))
 (let ((?x1526 (- ?x1881)))
 (let ((?x1564 (+ ?x160 ?x1526)))
 (let ((?x792 (* ?x546 ?x1564)))
 (let ((?x1021 (* ?x792 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x494 (* 2.0 ?x1881)))
 (let ((?x2362 (- ?x494)))
 (let ((?x360 (+ ?x160 ?x2362)))
 (let ((?x317 (+ ?x88 ?x360)))
 (let ((?x1618 (* ?x317 1.0)))
 (let ((?x1098 (* f2 ?x1618)))
 (let ((?x684 (+ ?x1098 ?x80)))
 (let ((?x1145 (* 0.0 ?x1618)))
 (let ((?x791 (+ ?x1145 ?x684)))
 (let ((?x1539 (- ?x791)))
 (let ((?x988 (* 2.0 ?x1539)))
 (let ((?x290 (* ?x546 ?x988)))
 (let ((?x1095 (+ ?x290 ?x1021)))
 (let ((?x2063 (- ?x1095)))
 (let ((?x945 (+ ?x1539 ?x2063)))
 (let ((?x374 (* ?x129 ?x945)))
 (let ((?x904 (+ ?x374 ?x613)))
 (let ((?x583 (* ?x11 ?x904)))
 (let ((?x309 (+ ?x583 ?x509)))
 (let ((?x662 (- ?x309)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x576 (/ ?x1539 scale)))
 (let ((?x667 (+ ?x576 ?x185)))
 (let ((?x1334 (* |g2[1]| ?x1618)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2418 (* (/ 1.0 2.0) ?x1618)))
 (let ((?x2190 (* 0.0 ?x2418)))
 (let ((?x672 (+ ?x2190 ?x123)))
 (let ((?x1408 (* |h2[1,1]| ?x672)))
 (let ((?x1580 (+ ?x2190 ?x65)))
 (let ((?x735 (* |h2[0,1]| ?x1580)))
 (let ((?x2228 (+ ?x735 ?x1408)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1299 (+ ?x2190 ?x141)))
 (let ((?x1224 (+ ?x1299 ?x2228)))
 (let ((?x2117 (+ ?x1224 ?x1334)))
 (let ((?x731 (+ ?x2117 ?x667)))
 (let ((?x1565 (+ ?x731 ?x662)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2210 (+ ?x131 ?x1565)))
 (let ((?x948 (* ?x448 ?x2210)))
 (or (and (distinct ?x948 ?x1228) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (= 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x2601 (- ?x761)))
 (let ((?x939 (+ ?x160 ?x2601)))
 (let ((?x1591 (* ?x546 ?x939)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2406 (* ?x194 ?x1591)))
 (let ((?x540 (* 2.0 ?x761)))
 (let ((?x1954 (- ?x540)))
 (let ((?x2387 (+ ?x160 ?x1954)))
 (let ((?x2550 (+ ?x88 ?x2387)))
 (let ((?x1946 (* 1.0 ?x2550)))
 (let ((?x2462 (* f2 ?x1946)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x883 (+ ?x80 ?x2462)))
 (let ((?x2639 (* 0.0 ?x1946)))
 (let ((?x3495 (+ ?x2639 ?x883)))
 (let ((?x512 (- ?x3495)))
 (let ((?x326 (* 2.0 ?x512)))
 (let ((?x1544 (* ?x546 ?x326)))
 (let ((?x1470 (+ ?x1544 ?x2406)))
 (let ((?x2447 (- ?x1470)))
 (let ((?x2594 (+ ?x512 ?x2447)))
 (let ((?x3494 (* ?x129 ?x2594)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x506 (+ ?x613 ?x3494)))
 (let ((?x1952 (* ?x11 ?x506)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x2587 (+ ?x509 ?x1952)))
 (let ((?x2886 (- ?x2587)))
 (let ((?x1318 (/ ?x512 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1812 (+ ?x185 ?x1318)))
 (let ((?x2464 (* |g2[1]| ?x1946)))
 (let ((?x1647 (* (/ 1.0 2.0) ?x1946)))
 (let ((?x1311 (* 0.0 ?x1647)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2623 (+ ?x123 ?x1311)))
 (let ((?x1330 (* |h2[1,1]| ?x2623)))
 (let ((?x654 (+ ?x65 ?x1311)))
 (let ((?x821 (* |h2[0,1]| ?x654)))
 (let ((?x2526 (+ ?x821 ?x1330)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2475 (+ ?x141 ?x1311)))
 (let ((?x983 (+ ?x2475 ?x2526)))
 (let ((?x2697 (+ ?x983 ?x2464)))
 (let ((?x2455 (+ ?x2697 ?x1812)))
 (let ((?x824 (+ ?x2455 ?x2886)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1055 (+ ?x131 ?x824)))
 (let ((?x2863 (* ?x448 ?x1055)))
 (or (and (distinct ?x2863 ?x1228) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (= 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2123 (* ?x165 ?x194)))
 (let ((?x1458 (- ?x2123)))
 (let ((?x778 (+ ?x183 ?x1458)))
 (let ((?x498 (* ?x129 ?x778)))
 (let ((?x2021 (- ?x498)))
 (let ((?x343 (* ?x204 ?x778)))
 (let ((?x339 (* ?x127 ?x194)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x2189 (* ?x165 ?x2050)))
 (let ((?x3255 (+ ?x2189 ?x339)))
 (let ((?x1388 (- ?x3255)))
 (let ((?x2317 (+ ?x291 ?x1388)))
 (let ((?x1279 (* ?x129 ?x2317)))
 (let ((?x2975 (+ ?x1279 ?x343)))
 (let ((?x909 (* ?x11 ?x2975)))
 (let ((?x434 (+ ?x909 ?x2021)))
 (let ((?x2457 (- ?x434)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x2909 (+ ?x940 ?x2457)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2679 (+ ?x131 ?x2909)))
 (let ((?x2440 (* ?x448 ?x2679)))
 (or (and (distinct ?x2440 ?x1228) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x913 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1644 (+ ?x913 ?x1316)))
 (let ((?x1343 (* 2.0 ?x1644)))
 (let ((?x1319 (- ?x1343)))
 (let ((?x1505 (+ ?x160 ?x1319)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x367 (+ ?x88 ?x1505)))
 (let ((?x331 (* ?x448 ?x367)))
 (let ((?x1075 (* |g2[1]| ?x331)))
 (let ((?x357 (+ ?x1075 ?x1767)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1227 (* (/ 1.0 2.0) ?x228)))
 (let ((?x2262 (+ ?x1227 ?x295)))
 (let ((?x1930 (* 2.0 ?x2262)))
 (let ((?x2280 (- ?x1930)))
 (let ((?x601 (+ ?x228 ?x2280)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2211 (+ ?x224 ?x601)))
 (let ((?x587 (* ?x2211 ?x331)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1486 (* (/ 1.0 2.0) ?x242)))
 (let ((?x2386 (+ ?x1486 ?x1511)))
 (let ((?x793 (* 2.0 ?x2386)))
 (let ((?x926 (- ?x793)))
 (let ((?x2237 (+ ?x242 ?x926)))
 (let ((?x238 (- ?x95)))
 (let ((?x485 (+ ?x238 ?x2237)))
 (let ((?x716 (* ?x448 ?x485)))
 (let ((?x1183 (+ ?x716 ?x587)))
 (let ((?x2331 (* f2 ?x1183)))
 (let ((?x1693 (* ?x448 ?x2211)))
 (let ((?x1729 (* |g2[0]| ?x1693)))
 (let ((?x772 (+ ?x1729 ?x2331)))
 (let ((?x1228 (+ ?x772 ?x357)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x1228) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
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
(declare-fun log!759 () Real)
(declare-fun log!1312 () Real)
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (< 0.0 ?x2435))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let (($x1263 (= 0.0 ?x2435)))
 (not $x1263)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1814 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2435 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1316 (/ ?x127 ?x2435)))
 (let ((?x2789 (+ ?x1316 ?x1814)))
 (let ((?x2728 (* 2.0 ?x2789)))
 (let ((?x1937 (- ?x2728)))
 (let ((?x893 (+ ?x160 ?x1937)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2085 (+ ?x88 ?x893)))
 (let ((?x865 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x448 (* ?x865 exp!2)))
 (let ((?x2783 (* ?x448 ?x2085)))
 (let ((?x1294 (* |g2[1]| ?x2783)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1767 (* ?x273 ?x448)))
 (let ((?x2780 (+ ?x1767 ?x1294)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x1566 (* 0.0 ?x228)))
 (let ((?x484 (* ?x228 ?x165)))
 (let ((?x295 (/ ?x484 ?x2435)))
 (let ((?x1830 (+ ?x295 ?x1566)))
 (let ((?x1684 (* 2.0 ?x1830)))
 (let ((?x2792 (- ?x1684)))
 (let ((?x1484 (+ ?x228 ?x2792)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2793 (+ ?x224 ?x1484)))
 (let ((?x2774 (* ?x2793 ?x2783)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2790 (* 0.0 ?x242)))
 (let ((?x2207 (- ?x127)))
 (let ((?x1923 (* ?x484 ?x2207)))
 (let ((?x664 (/ 1.0 (* ?x2435 ?x2435))))
 (let ((?x720 (* ?x664 ?x1923)))
 (let ((?x2102 (* ?x228 ?x127)))
 (let ((?x1110 (* ?x242 ?x165)))
 (let ((?x1960 (+ ?x1110 ?x2102)))
 (let ((?x892 (/ ?x1960 ?x2435)))
 (let ((?x1511 (+ ?x892 ?x720)))
 (let ((?x1979 (+ ?x1511 ?x2790)))
 (let ((?x1498 (* 2.0 ?x1979)))
 (let ((?x1261 (- ?x1498)))
 (let ((?x1717 (+ ?x242 ?x1261)))
 (let ((?x238 (- ?x95)))
 (let ((?x2787 (+ ?x238 ?x1717)))
 (let ((?x1286 (* ?x448 ?x2787)))
 (let ((?x2784 (+ ?x1286 ?x2774)))
 (let ((?x1314 (* f2 ?x2784)))
 (let ((?x2786 (* ?x448 ?x2793)))
 (let ((?x2794 (* |g2[0]| ?x2786)))
 (let ((?x2731 (+ ?x2794 ?x1314)))
 (let ((?x2781 (+ ?x2731 ?x2780)))
 (let ((?x546 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x761 (* ?x160 ?x546)))
 (let ((?x1634 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2159 (* 0.0 ?x1634)))
 (let ((?x1253 (+ ?x2159 ?x761)))
 (let ((?x862 (- ?x1253)))
 (let ((?x2013 (+ ?x160 ?x862)))
 (let ((?x2313 (* ?x546 ?x2013)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x991 (* ?x194 ?x2313)))
 (let ((?x602 (* 2.0 ?x1253)))
 (let ((?x1278 (- ?x602)))
 (let ((?x911 (+ ?x160 ?x1278)))
 (let ((?x2119 (+ ?x88 ?x911)))
 (let ((?x1197 (* 1.0 ?x2119)))
 (let ((?x1350 (* f2 ?x1197)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x847 (+ ?x80 ?x1350)))
 (let ((?x1284 (* 0.0 ?x1197)))
 (let ((?x471 (+ ?x1284 ?x847)))
 (let ((?x291 (- ?x471)))
 (let ((?x2050 (* 2.0 ?x291)))
 (let ((?x1124 (* ?x546 ?x2050)))
 (let ((?x722 (+ ?x1124 ?x991)))
 (let ((?x296 (- ?x722)))
 (let ((?x797 (+ ?x291 ?x296)))
 (let ((?x2061 (* ?x129 ?x797)))
 (let ((?x1255 (* ?x546 ?x194)))
 (let ((?x299 (- ?x1255)))
 (let ((?x1441 (+ ?x183 ?x299)))
 (let ((?x613 (* ?x204 ?x1441)))
 (let ((?x391 (+ ?x613 ?x2061)))
 (let ((?x452 (* ?x11 ?x391)))
 (let ((?x533 (* ?x129 ?x1441)))
 (let ((?x509 (- ?x533)))
 (let ((?x977 (+ ?x509 ?x452)))
 (let ((?x2003 (- ?x977)))
 (let ((?x1035 (/ ?x291 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1933 (+ ?x185 ?x1035)))
 (let ((?x947 (* |g2[1]| ?x1197)))
 (let ((?x1896 (* (/ 1.0 2.0) ?x1197)))
 (let ((?x1113 (* 0.0 ?x1896)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1111 (+ ?x123 ?x1113)))
 (let ((?x2023 (* |h2[1,1]| ?x1111)))
 (let ((?x995 (+ ?x65 ?x1113)))
 (let ((?x2185 (* |h2[0,1]| ?x995)))
 (let ((?x365 (+ ?x2185 ?x2023)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x361 (+ ?x141 ?x1113)))
 (let ((?x1028 (+ ?x361 ?x365)))
 (let ((?x1226 (+ ?x1028 ?x947)))
 (let ((?x940 (+ ?x1226 ?x1933)))
 (let ((?x1148 (+ ?x940 ?x2003)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1092 (+ ?x131 ?x1148)))
 (let ((?x1321 (* ?x448 ?x1092)))
 (or (and (distinct ?x1321 ?x2781) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!759 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!759) (< exp!1 exp!4)))
(assert
 (= (< log!759 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!759) (< exp!2 exp!4)))
(assert
 (= (< log!759 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!759) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!759 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!759)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1312 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1312) (< exp!1 exp!5)))
(assert
 (= (< log!1312 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1312) (< exp!2 exp!5)))
(assert
 (= (< log!1312 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1312) (< exp!3 exp!5)))
(assert
 (= (< log!1312 log!759) (< exp!5 exp!4)))
(assert
 (= (< log!759 log!1312) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1312 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1312)))
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
 (= (< 0.0 log!759) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!759) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1312) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1312) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
