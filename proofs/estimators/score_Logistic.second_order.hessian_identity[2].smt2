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
(declare-fun log!767 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
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
(declare-fun log!767 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
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
(declare-fun log!767 () Real)
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
 (let ((?x1989 (- ?x279)))
 (let ((?x2203 (+ ?x160 ?x1989)))
 (let ((?x1583 (* ?x96 ?x2203)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1322 (* ?x194 ?x1583)))
 (let ((?x2143 (* 2.0 ?x279)))
 (let ((?x399 (- ?x2143)))
 (let ((?x404 (+ ?x160 ?x399)))
 (let ((?x1862 (+ ?x88 ?x404)))
 (let ((?x1040 (* 1.0 ?x1862)))
 (let ((?x2324 (* f2 ?x1040)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x80 ?x2324)))
 (let ((?x1157 (* 0.0 ?x1040)))
 (let ((?x573 (+ ?x1157 ?x762)))
 (let ((?x1630 (- ?x573)))
 (let ((?x1258 (* 2.0 ?x1630)))
 (let ((?x1730 (* ?x96 ?x1258)))
 (let ((?x1237 (+ ?x1730 ?x1322)))
 (let ((?x2096 (- ?x1237)))
 (let ((?x2267 (+ ?x1630 ?x2096)))
 (let ((?x1743 (* ?x129 ?x2267)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x2300 (+ ?x208 ?x1743)))
 (let ((?x1522 (* ?x11 ?x2300)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x1704 (+ ?x212 ?x1522)))
 (let ((?x754 (- ?x1704)))
 (let ((?x767 (/ ?x1630 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x622 (+ ?x185 ?x767)))
 (let ((?x1973 (* |g2[1]| ?x1040)))
 (let ((?x2048 (* (/ 1.0 2.0) ?x1040)))
 (let ((?x2087 (* 0.0 ?x2048)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2303 (+ ?x123 ?x2087)))
 (let ((?x2215 (* |h2[1,1]| ?x2303)))
 (let ((?x2030 (+ ?x65 ?x2087)))
 (let ((?x1893 (* |h2[0,1]| ?x2030)))
 (let ((?x337 (+ ?x1893 ?x2215)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1030 (+ ?x141 ?x2087)))
 (let ((?x1501 (+ ?x1030 ?x337)))
 (let ((?x2028 (+ ?x1501 ?x1973)))
 (let ((?x2162 (+ ?x2028 ?x622)))
 (let ((?x1800 (+ ?x2162 ?x754)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1797 (+ ?x131 ?x1800)))
 (let ((?x1532 (* ?x221 ?x1797)))
 (or (and (distinct ?x1532 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
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
(declare-fun log!767 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
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
(declare-fun log!767 () Real)
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
 (let ((?x2355 (* ?x165 ?x194)))
 (let ((?x1323 (- ?x2355)))
 (let ((?x1284 (+ ?x183 ?x1323)))
 (let ((?x1112 (* ?x129 ?x1284)))
 (let ((?x1137 (- ?x1112)))
 (let ((?x1838 (* ?x204 ?x1284)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1262 (* ?x127 ?x194)))
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
 (let ((?x809 (* ?x165 ?x407)))
 (let ((?x1180 (+ ?x809 ?x1262)))
 (let ((?x2249 (- ?x1180)))
 (let ((?x1270 (+ ?x695 ?x2249)))
 (let ((?x1458 (* ?x129 ?x1270)))
 (let ((?x2039 (+ ?x1458 ?x1838)))
 (let ((?x1713 (* ?x11 ?x2039)))
 (let ((?x1606 (+ ?x1713 ?x1137)))
 (let ((?x1242 (- ?x1606)))
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
 (let ((?x1272 (+ ?x406 ?x1242)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1825 (+ ?x131 ?x1272)))
 (let ((?x1088 (* ?x221 ?x1825)))
 (or (and (distinct ?x1088 ?x276) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
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
(declare-fun log!767 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
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
(declare-fun log!767 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (= 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x459 (+ ?x127 ?x1499)))
 (let ((?x1435 (- ?x459)))
 (let ((?x1592 (+ ?x160 ?x1435)))
 (let ((?x1495 (* ?x1548 ?x1592)))
 (let ((?x1809 (* ?x1495 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x2231 (* 2.0 ?x459)))
 (let ((?x1752 (- ?x2231)))
 (let ((?x712 (+ ?x160 ?x1752)))
 (let ((?x654 (+ ?x88 ?x712)))
 (let ((?x1765 (* ?x654 1.0)))
 (let ((?x556 (* f2 ?x1765)))
 (let ((?x1990 (+ ?x556 ?x80)))
 (let ((?x1687 (* 0.0 ?x1765)))
 (let ((?x883 (+ ?x1687 ?x1990)))
 (let ((?x700 (- ?x883)))
 (let ((?x2207 (* 2.0 ?x700)))
 (let ((?x662 (* ?x1548 ?x2207)))
 (let ((?x1469 (+ ?x662 ?x1809)))
 (let ((?x827 (- ?x1469)))
 (let ((?x798 (+ ?x700 ?x827)))
 (let ((?x1057 (* ?x129 ?x798)))
 (let ((?x320 (+ ?x1057 ?x409)))
 (let ((?x2401 (* ?x11 ?x320)))
 (let ((?x725 (+ ?x2401 ?x719)))
 (let ((?x1043 (- ?x725)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1271 (/ ?x700 scale)))
 (let ((?x1252 (+ ?x1271 ?x185)))
 (let ((?x2356 (* |g2[1]| ?x1765)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1846 (* (/ 1.0 2.0) ?x1765)))
 (let ((?x1195 (* 0.0 ?x1846)))
 (let ((?x1178 (+ ?x1195 ?x123)))
 (let ((?x1605 (* |h2[1,1]| ?x1178)))
 (let ((?x1628 (+ ?x1195 ?x65)))
 (let ((?x608 (* |h2[0,1]| ?x1628)))
 (let ((?x2185 (+ ?x608 ?x1605)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x743 (+ ?x1195 ?x141)))
 (let ((?x2344 (+ ?x743 ?x2185)))
 (let ((?x2133 (+ ?x2344 ?x2356)))
 (let ((?x1420 (+ ?x2133 ?x1252)))
 (let ((?x1487 (+ ?x1420 ?x1043)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2187 (+ ?x131 ?x1487)))
 (let ((?x577 (* ?x860 ?x2187)))
 (or (and (distinct ?x577 ?x849) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (= 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x2707 (- ?x1008)))
 (let ((?x2419 (+ ?x160 ?x2707)))
 (let ((?x777 (* ?x1548 ?x2419)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2900 (* ?x194 ?x777)))
 (let ((?x911 (* 2.0 ?x1008)))
 (let ((?x1415 (- ?x911)))
 (let ((?x871 (+ ?x160 ?x1415)))
 (let ((?x2872 (+ ?x88 ?x871)))
 (let ((?x1080 (* 1.0 ?x2872)))
 (let ((?x2197 (* f2 ?x1080)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x312 (+ ?x80 ?x2197)))
 (let ((?x2430 (* 0.0 ?x1080)))
 (let ((?x3492 (+ ?x2430 ?x312)))
 (let ((?x1564 (- ?x3492)))
 (let ((?x2578 (* 2.0 ?x1564)))
 (let ((?x2500 (* ?x1548 ?x2578)))
 (let ((?x718 (+ ?x2500 ?x2900)))
 (let ((?x468 (- ?x718)))
 (let ((?x2660 (+ ?x1564 ?x468)))
 (let ((?x3187 (* ?x129 ?x2660)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1336 (+ ?x409 ?x3187)))
 (let ((?x1234 (* ?x11 ?x1336)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x2506 (+ ?x719 ?x1234)))
 (let ((?x1404 (- ?x2506)))
 (let ((?x1917 (/ ?x1564 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x771 (+ ?x185 ?x1917)))
 (let ((?x3115 (* |g2[1]| ?x1080)))
 (let ((?x2604 (* (/ 1.0 2.0) ?x1080)))
 (let ((?x2036 (* 0.0 ?x2604)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2605 (+ ?x123 ?x2036)))
 (let ((?x3014 (* |h2[1,1]| ?x2605)))
 (let ((?x549 (+ ?x65 ?x2036)))
 (let ((?x681 (* |h2[0,1]| ?x549)))
 (let ((?x1777 (+ ?x681 ?x3014)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2759 (+ ?x141 ?x2036)))
 (let ((?x908 (+ ?x2759 ?x1777)))
 (let ((?x2553 (+ ?x908 ?x3115)))
 (let ((?x2364 (+ ?x2553 ?x771)))
 (let ((?x473 (+ ?x2364 ?x1404)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1395 (+ ?x131 ?x473)))
 (let ((?x2833 (* ?x860 ?x1395)))
 (or (and (distinct ?x2833 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (= 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2355 (* ?x165 ?x194)))
 (let ((?x1323 (- ?x2355)))
 (let ((?x1284 (+ ?x183 ?x1323)))
 (let ((?x1112 (* ?x129 ?x1284)))
 (let ((?x1137 (- ?x1112)))
 (let ((?x1838 (* ?x204 ?x1284)))
 (let ((?x1262 (* ?x127 ?x194)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x1470 (* ?x165 ?x641)))
 (let ((?x2677 (+ ?x1470 ?x1262)))
 (let ((?x909 (- ?x2677)))
 (let ((?x2121 (+ ?x789 ?x909)))
 (let ((?x1467 (* ?x129 ?x2121)))
 (let ((?x3286 (+ ?x1467 ?x1838)))
 (let ((?x2587 (* ?x11 ?x3286)))
 (let ((?x2592 (+ ?x2587 ?x1137)))
 (let ((?x1983 (- ?x2592)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x1162 (+ ?x1607 ?x1983)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3595 (+ ?x131 ?x1162)))
 (let ((?x920 (* ?x860 ?x3595)))
 (or (and (distinct ?x920 ?x849) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2427 (/ ?x995 exp!1)))
 (let ((?x1548 (* ?x2427 exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1320 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1320 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x1989 (- ?x279)))
 (let ((?x2203 (+ ?x160 ?x1989)))
 (let ((?x1583 (* ?x96 ?x2203)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1322 (* ?x194 ?x1583)))
 (let ((?x2143 (* 2.0 ?x279)))
 (let ((?x399 (- ?x2143)))
 (let ((?x404 (+ ?x160 ?x399)))
 (let ((?x1862 (+ ?x88 ?x404)))
 (let ((?x1040 (* 1.0 ?x1862)))
 (let ((?x2324 (* f2 ?x1040)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x762 (+ ?x80 ?x2324)))
 (let ((?x1157 (* 0.0 ?x1040)))
 (let ((?x573 (+ ?x1157 ?x762)))
 (let ((?x1630 (- ?x573)))
 (let ((?x1258 (* 2.0 ?x1630)))
 (let ((?x1730 (* ?x96 ?x1258)))
 (let ((?x1237 (+ ?x1730 ?x1322)))
 (let ((?x2096 (- ?x1237)))
 (let ((?x2267 (+ ?x1630 ?x2096)))
 (let ((?x1743 (* ?x129 ?x2267)))
 (let ((?x205 (* ?x96 ?x194)))
 (let ((?x206 (- ?x205)))
 (let ((?x207 (+ ?x183 ?x206)))
 (let ((?x208 (* ?x204 ?x207)))
 (let ((?x2300 (+ ?x208 ?x1743)))
 (let ((?x1522 (* ?x11 ?x2300)))
 (let ((?x211 (* ?x129 ?x207)))
 (let ((?x212 (- ?x211)))
 (let ((?x1704 (+ ?x212 ?x1522)))
 (let ((?x754 (- ?x1704)))
 (let ((?x767 (/ ?x1630 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x622 (+ ?x185 ?x767)))
 (let ((?x1973 (* |g2[1]| ?x1040)))
 (let ((?x2048 (* (/ 1.0 2.0) ?x1040)))
 (let ((?x2087 (* 0.0 ?x2048)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2303 (+ ?x123 ?x2087)))
 (let ((?x2215 (* |h2[1,1]| ?x2303)))
 (let ((?x2030 (+ ?x65 ?x2087)))
 (let ((?x1893 (* |h2[0,1]| ?x2030)))
 (let ((?x337 (+ ?x1893 ?x2215)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x1030 (+ ?x141 ?x2087)))
 (let ((?x1501 (+ ?x1030 ?x337)))
 (let ((?x2028 (+ ?x1501 ?x1973)))
 (let ((?x2162 (+ ?x2028 ?x622)))
 (let ((?x1800 (+ ?x2162 ?x754)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1797 (+ ?x131 ?x1800)))
 (let ((?x1532 (* ?x221 ?x1797)))
 (or (and (distinct ?x1532 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1320 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2355 (* ?x165 ?x194)))
 (let ((?x1323 (- ?x2355)))
 (let ((?x1284 (+ ?x183 ?x1323)))
 (let ((?x1112 (* ?x129 ?x1284)))
 (let ((?x1137 (- ?x1112)))
 (let ((?x1838 (* ?x204 ?x1284)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1262 (* ?x127 ?x194)))
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
 (let ((?x809 (* ?x165 ?x407)))
 (let ((?x1180 (+ ?x809 ?x1262)))
 (let ((?x2249 (- ?x1180)))
 (let ((?x1270 (+ ?x695 ?x2249)))
 (let ((?x1458 (* ?x129 ?x1270)))
 (let ((?x2039 (+ ?x1458 ?x1838)))
 (let ((?x1713 (* ?x11 ?x2039)))
 (let ((?x1606 (+ ?x1713 ?x1137)))
 (let ((?x1242 (- ?x1606)))
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
 (let ((?x1272 (+ ?x406 ?x1242)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1825 (+ ?x131 ?x1272)))
 (let ((?x1088 (* ?x221 ?x1825)))
 (or (and (distinct ?x1088 ?x276) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1320 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1320 () Real)
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (= 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x459 (+ ?x127 ?x1499)))
 (let ((?x1435 (- ?x459)))
 (let ((?x1592 (+ ?x160 ?x1435)))
 (let ((?x1495 (* ?x1548 ?x1592)))
 (let ((?x1809 (* ?x1495 ?x194)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x2231 (* 2.0 ?x459)))
 (let ((?x1752 (- ?x2231)))
 (let ((?x712 (+ ?x160 ?x1752)))
 (let ((?x654 (+ ?x88 ?x712)))
 (let ((?x1765 (* ?x654 1.0)))
 (let ((?x556 (* f2 ?x1765)))
 (let ((?x1990 (+ ?x556 ?x80)))
 (let ((?x1687 (* 0.0 ?x1765)))
 (let ((?x883 (+ ?x1687 ?x1990)))
 (let ((?x700 (- ?x883)))
 (let ((?x2207 (* 2.0 ?x700)))
 (let ((?x662 (* ?x1548 ?x2207)))
 (let ((?x1469 (+ ?x662 ?x1809)))
 (let ((?x827 (- ?x1469)))
 (let ((?x798 (+ ?x700 ?x827)))
 (let ((?x1057 (* ?x129 ?x798)))
 (let ((?x320 (+ ?x1057 ?x409)))
 (let ((?x2401 (* ?x11 ?x320)))
 (let ((?x725 (+ ?x2401 ?x719)))
 (let ((?x1043 (- ?x725)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x1271 (/ ?x700 scale)))
 (let ((?x1252 (+ ?x1271 ?x185)))
 (let ((?x2356 (* |g2[1]| ?x1765)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1846 (* (/ 1.0 2.0) ?x1765)))
 (let ((?x1195 (* 0.0 ?x1846)))
 (let ((?x1178 (+ ?x1195 ?x123)))
 (let ((?x1605 (* |h2[1,1]| ?x1178)))
 (let ((?x1628 (+ ?x1195 ?x65)))
 (let ((?x608 (* |h2[0,1]| ?x1628)))
 (let ((?x2185 (+ ?x608 ?x1605)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x743 (+ ?x1195 ?x141)))
 (let ((?x2344 (+ ?x743 ?x2185)))
 (let ((?x2133 (+ ?x2344 ?x2356)))
 (let ((?x1420 (+ ?x2133 ?x1252)))
 (let ((?x1487 (+ ?x1420 ?x1043)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2187 (+ ?x131 ?x1487)))
 (let ((?x577 (* ?x860 ?x2187)))
 (or (and (distinct ?x577 ?x849) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (= 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x2707 (- ?x1008)))
 (let ((?x2419 (+ ?x160 ?x2707)))
 (let ((?x777 (* ?x1548 ?x2419)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2900 (* ?x194 ?x777)))
 (let ((?x911 (* 2.0 ?x1008)))
 (let ((?x1415 (- ?x911)))
 (let ((?x871 (+ ?x160 ?x1415)))
 (let ((?x2872 (+ ?x88 ?x871)))
 (let ((?x1080 (* 1.0 ?x2872)))
 (let ((?x2197 (* f2 ?x1080)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x312 (+ ?x80 ?x2197)))
 (let ((?x2430 (* 0.0 ?x1080)))
 (let ((?x3492 (+ ?x2430 ?x312)))
 (let ((?x1564 (- ?x3492)))
 (let ((?x2578 (* 2.0 ?x1564)))
 (let ((?x2500 (* ?x1548 ?x2578)))
 (let ((?x718 (+ ?x2500 ?x2900)))
 (let ((?x468 (- ?x718)))
 (let ((?x2660 (+ ?x1564 ?x468)))
 (let ((?x3187 (* ?x129 ?x2660)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1336 (+ ?x409 ?x3187)))
 (let ((?x1234 (* ?x11 ?x1336)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x2506 (+ ?x719 ?x1234)))
 (let ((?x1404 (- ?x2506)))
 (let ((?x1917 (/ ?x1564 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x771 (+ ?x185 ?x1917)))
 (let ((?x3115 (* |g2[1]| ?x1080)))
 (let ((?x2604 (* (/ 1.0 2.0) ?x1080)))
 (let ((?x2036 (* 0.0 ?x2604)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x2605 (+ ?x123 ?x2036)))
 (let ((?x3014 (* |h2[1,1]| ?x2605)))
 (let ((?x549 (+ ?x65 ?x2036)))
 (let ((?x681 (* |h2[0,1]| ?x549)))
 (let ((?x1777 (+ ?x681 ?x3014)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x2759 (+ ?x141 ?x2036)))
 (let ((?x908 (+ ?x2759 ?x1777)))
 (let ((?x2553 (+ ?x908 ?x3115)))
 (let ((?x2364 (+ ?x2553 ?x771)))
 (let ((?x473 (+ ?x2364 ?x1404)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1395 (+ ?x131 ?x473)))
 (let ((?x2833 (* ?x860 ?x1395)))
 (or (and (distinct ?x2833 ?x849) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (= 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x2355 (* ?x165 ?x194)))
 (let ((?x1323 (- ?x2355)))
 (let ((?x1284 (+ ?x183 ?x1323)))
 (let ((?x1112 (* ?x129 ?x1284)))
 (let ((?x1137 (- ?x1112)))
 (let ((?x1838 (* ?x204 ?x1284)))
 (let ((?x1262 (* ?x127 ?x194)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x1470 (* ?x165 ?x641)))
 (let ((?x2677 (+ ?x1470 ?x1262)))
 (let ((?x909 (- ?x2677)))
 (let ((?x2121 (+ ?x789 ?x909)))
 (let ((?x1467 (* ?x129 ?x2121)))
 (let ((?x3286 (+ ?x1467 ?x1838)))
 (let ((?x2587 (* ?x11 ?x3286)))
 (let ((?x2592 (+ ?x2587 ?x1137)))
 (let ((?x1983 (- ?x2592)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x1162 (+ ?x1607 ?x1983)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3595 (+ ?x131 ?x1162)))
 (let ((?x920 (* ?x860 ?x3595)))
 (or (and (distinct ?x920 ?x849) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x1046 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2253 (+ ?x1046 ?x2166)))
 (let ((?x775 (* 2.0 ?x2253)))
 (let ((?x1344 (- ?x775)))
 (let ((?x1826 (+ ?x160 ?x1344)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x867 (+ ?x88 ?x1826)))
 (let ((?x993 (* ?x860 ?x867)))
 (let ((?x1093 (* |g2[1]| ?x993)))
 (let ((?x2445 (+ ?x1093 ?x1454)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1463 (* (/ 1.0 2.0) ?x228)))
 (let ((?x1821 (+ ?x1463 ?x290)))
 (let ((?x1928 (* 2.0 ?x1821)))
 (let ((?x1727 (- ?x1928)))
 (let ((?x1858 (+ ?x228 ?x1727)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2421 (+ ?x224 ?x1858)))
 (let ((?x1959 (* ?x2421 ?x993)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x1481 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1445 (+ ?x1481 ?x1021)))
 (let ((?x2066 (* 2.0 ?x1445)))
 (let ((?x974 (- ?x2066)))
 (let ((?x600 (+ ?x242 ?x974)))
 (let ((?x238 (- ?x95)))
 (let ((?x669 (+ ?x238 ?x600)))
 (let ((?x796 (* ?x860 ?x669)))
 (let ((?x1380 (+ ?x796 ?x1959)))
 (let ((?x937 (* f2 ?x1380)))
 (let ((?x1333 (* ?x860 ?x2421)))
 (let ((?x330 (* |g2[0]| ?x1333)))
 (let ((?x1003 (+ ?x330 ?x937)))
 (let ((?x849 (+ ?x1003 ?x2445)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x849) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
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
(declare-fun log!767 () Real)
(declare-fun log!1320 () Real)
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (< 0.0 ?x2446))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let (($x1246 (= 0.0 ?x2446)))
 (not $x1246)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x95 (* 0.0 ?x129)))
 (let ((?x99 (/ (- 1.0) scale)))
 (let ((?x74 (+ ?x99 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x1953 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2446 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2166 (/ ?x127 ?x2446)))
 (let ((?x2793 (+ ?x2166 ?x1953)))
 (let ((?x2732 (* 2.0 ?x2793)))
 (let ((?x313 (- ?x2732)))
 (let ((?x2257 (+ ?x160 ?x313)))
 (let ((?x33 (/ 0.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x587 (+ ?x88 ?x2257)))
 (let ((?x1650 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x860 (* ?x1650 exp!2)))
 (let ((?x2787 (* ?x860 ?x587)))
 (let ((?x422 (* |g2[1]| ?x2787)))
 (let ((?x272 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x273 (* (/ 1.0 2.0) ?x272)))
 (let ((?x1454 (* ?x273 ?x860)))
 (let ((?x2784 (+ ?x1454 ?x422)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x225 (- ?x11)))
 (let ((?x226 (* ?x225 ?x129)))
 (let ((?x227 (+ ?x33 ?x226)))
 (let ((?x228 (- ?x227)))
 (let ((?x755 (* 0.0 ?x228)))
 (let ((?x892 (* ?x228 ?x165)))
 (let ((?x290 (/ ?x892 ?x2446)))
 (let ((?x1822 (+ ?x290 ?x755)))
 (let ((?x998 (* 2.0 ?x1822)))
 (let ((?x2796 (- ?x998)))
 (let ((?x1732 (+ ?x228 ?x2796)))
 (let ((?x223 (/ 1.0 scale)))
 (let ((?x224 (- ?x223)))
 (let ((?x2797 (+ ?x224 ?x1732)))
 (let ((?x2778 (* ?x2797 ?x2787)))
 (let ((?x201 (/ 1.0 (* ?x75 scale))))
 (let ((?x203 (* ?x201 (- 2.0))))
 (let ((?x204 (* 0.0 ?x203)))
 (let ((?x239 (* ?x225 ?x204)))
 (let ((?x240 (+ ?x129 ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x242 (- ?x241)))
 (let ((?x2794 (* 0.0 ?x242)))
 (let ((?x2070 (- ?x127)))
 (let ((?x2125 (* ?x892 ?x2070)))
 (let ((?x384 (/ 1.0 (* ?x2446 ?x2446))))
 (let ((?x1586 (* ?x384 ?x2125)))
 (let ((?x2054 (* ?x228 ?x127)))
 (let ((?x2321 (* ?x242 ?x165)))
 (let ((?x1087 (+ ?x2321 ?x2054)))
 (let ((?x2120 (/ ?x1087 ?x2446)))
 (let ((?x1021 (+ ?x2120 ?x1586)))
 (let ((?x958 (+ ?x1021 ?x2794)))
 (let ((?x1756 (* 2.0 ?x958)))
 (let ((?x2136 (- ?x1756)))
 (let ((?x1603 (+ ?x242 ?x2136)))
 (let ((?x238 (- ?x95)))
 (let ((?x2791 (+ ?x238 ?x1603)))
 (let ((?x532 (* ?x860 ?x2791)))
 (let ((?x2788 (+ ?x532 ?x2778)))
 (let ((?x1480 (* f2 ?x2788)))
 (let ((?x2790 (* ?x860 ?x2797)))
 (let ((?x2798 (* |g2[0]| ?x2790)))
 (let ((?x2735 (+ ?x2798 ?x1480)))
 (let ((?x2785 (+ ?x2735 ?x2784)))
 (let ((?x1548 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1008 (* ?x160 ?x1548)))
 (let ((?x995 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1499 (* 0.0 ?x995)))
 (let ((?x1300 (+ ?x1499 ?x1008)))
 (let ((?x1868 (- ?x1300)))
 (let ((?x1460 (+ ?x160 ?x1868)))
 (let ((?x2196 (* ?x1548 ?x1460)))
 (let ((?x181 (* f2 1.0)))
 (let ((?x180 (* 0.0 1.0)))
 (let ((?x182 (+ ?x180 ?x181)))
 (let ((?x183 (- ?x182)))
 (let ((?x194 (* 2.0 ?x183)))
 (let ((?x750 (* ?x194 ?x2196)))
 (let ((?x1906 (* 2.0 ?x1300)))
 (let ((?x847 (- ?x1906)))
 (let ((?x1024 (+ ?x160 ?x847)))
 (let ((?x728 (+ ?x88 ?x1024)))
 (let ((?x1781 (* 1.0 ?x728)))
 (let ((?x1058 (* f2 ?x1781)))
 (let ((?x80 (* |g2[0]| 1.0)))
 (let ((?x652 (+ ?x80 ?x1058)))
 (let ((?x1409 (* 0.0 ?x1781)))
 (let ((?x1096 (+ ?x1409 ?x652)))
 (let ((?x789 (- ?x1096)))
 (let ((?x641 (* 2.0 ?x789)))
 (let ((?x939 (* ?x1548 ?x641)))
 (let ((?x894 (+ ?x939 ?x750)))
 (let ((?x999 (- ?x894)))
 (let ((?x2242 (+ ?x789 ?x999)))
 (let ((?x1142 (* ?x129 ?x2242)))
 (let ((?x1785 (* ?x1548 ?x194)))
 (let ((?x1608 (- ?x1785)))
 (let ((?x1712 (+ ?x183 ?x1608)))
 (let ((?x409 (* ?x204 ?x1712)))
 (let ((?x1707 (+ ?x409 ?x1142)))
 (let ((?x2390 (* ?x11 ?x1707)))
 (let ((?x1378 (* ?x129 ?x1712)))
 (let ((?x719 (- ?x1378)))
 (let ((?x923 (+ ?x719 ?x2390)))
 (let ((?x1685 (- ?x923)))
 (let ((?x414 (/ ?x789 scale)))
 (let ((?x184 (* 0.0 ?x183)))
 (let ((?x185 (* ?x129 ?x184)))
 (let ((?x952 (+ ?x185 ?x414)))
 (let ((?x932 (* |g2[1]| ?x1781)))
 (let ((?x333 (* (/ 1.0 2.0) ?x1781)))
 (let ((?x876 (* 0.0 ?x333)))
 (let ((?x109 (+ (- 1.0) 1.0)))
 (let ((?x65 (* (/ 1.0 2.0) ?x109)))
 (let ((?x123 (* 0.0 ?x65)))
 (let ((?x1151 (+ ?x123 ?x876)))
 (let ((?x914 (* |h2[1,1]| ?x1151)))
 (let ((?x634 (+ ?x65 ?x876)))
 (let ((?x864 (* |h2[0,1]| ?x634)))
 (let ((?x2236 (+ ?x864 ?x914)))
 (let ((?x141 (* |h2[1,0]| ?x65)))
 (let ((?x338 (+ ?x141 ?x876)))
 (let ((?x1350 (+ ?x338 ?x2236)))
 (let ((?x949 (+ ?x1350 ?x932)))
 (let ((?x1607 (+ ?x949 ?x952)))
 (let ((?x705 (+ ?x1607 ?x1685)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x983 (+ ?x131 ?x705)))
 (let ((?x804 (* ?x860 ?x983)))
 (or (and (distinct ?x804 ?x2785) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!767 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!767) (< exp!1 exp!4)))
(assert
 (= (< log!767 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!767) (< exp!2 exp!4)))
(assert
 (= (< log!767 log!37) (< exp!4 exp!3)))
(assert
 (= (< log!37 log!767) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!767 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!767)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1320 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1320) (< exp!1 exp!5)))
(assert
 (= (< log!1320 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1320) (< exp!2 exp!5)))
(assert
 (= (< log!1320 log!37) (< exp!5 exp!3)))
(assert
 (= (< log!37 log!1320) (< exp!3 exp!5)))
(assert
 (= (< log!1320 log!767) (< exp!5 exp!4)))
(assert
 (= (< log!767 log!1320) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1320 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1320)))
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
 (= (< 0.0 log!767) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!767) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1320) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1320) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
