; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'second_order.hessian_identity[1]', verdict unproved
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x185 (- ?x147)))
 (let ((?x186 (+ ?x160 ?x185)))
 (let ((?x187 (* ?x96 ?x186)))
 (let ((?x193 (* ?x187 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x114 (* f2 ?x60)))
 (let ((?x179 (+ ?x114 ?x178)))
 (let ((?x172 (* ?x64 ?x60)))
 (let ((?x180 (+ ?x172 ?x179)))
 (let ((?x181 (- ?x180)))
 (let ((?x183 (* 2.0 ?x181)))
 (let ((?x184 (* ?x96 ?x183)))
 (let ((?x194 (+ ?x184 ?x193)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x181 ?x195)))
 (let ((?x197 (/ ?x196 scale)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x89 (* |g2[0]| ?x60)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x50 (* (/ 1.0 2.0) ?x60)))
 (let ((?x124 (* 0.0 ?x50)))
 (let ((?x128 (+ ?x124 ?x141)))
 (let ((?x97 (* |h2[1,0]| ?x128)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x123 (+ ?x124 ?x83)))
 (let ((?x92 (* |h2[0,0]| ?x123)))
 (let ((?x168 (+ ?x92 ?x97)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x66 (+ ?x124 ?x101)))
 (let ((?x115 (+ ?x66 ?x168)))
 (let ((?x43 (+ ?x115 ?x89)))
 (let ((?x205 (+ ?x43 ?x204)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x206 (+ ?x131 ?x205)))
 (let ((?x212 (* ?x211 ?x206)))
 (or (and (distinct ?x212 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x321 (- ?x273)))
 (let ((?x1093 (+ ?x160 ?x321)))
 (let ((?x1622 (* ?x96 ?x1093)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1796 (* ?x192 ?x1622)))
 (let ((?x2449 (* 2.0 ?x273)))
 (let ((?x1069 (- ?x2449)))
 (let ((?x1072 (+ ?x160 ?x1069)))
 (let ((?x2366 (+ ?x88 ?x1072)))
 (let ((?x857 (* 1.0 ?x2366)))
 (let ((?x2436 (* f2 ?x857)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1280 (+ ?x178 ?x2436)))
 (let ((?x1133 (* ?x64 ?x857)))
 (let ((?x1783 (+ ?x1133 ?x1280)))
 (let ((?x2365 (- ?x1783)))
 (let ((?x377 (* 2.0 ?x2365)))
 (let ((?x781 (* ?x96 ?x377)))
 (let ((?x1521 (+ ?x781 ?x1796)))
 (let ((?x2029 (- ?x1521)))
 (let ((?x2061 (+ ?x2365 ?x2029)))
 (let ((?x279 (/ ?x2061 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x2178 (+ ?x202 ?x279)))
 (let ((?x1539 (- ?x2178)))
 (let ((?x1425 (* |g2[0]| ?x857)))
 (let ((?x2487 (* (/ 1.0 2.0) ?x857)))
 (let ((?x1365 (* 0.0 ?x2487)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1614 (+ ?x141 ?x1365)))
 (let ((?x2434 (* |h2[1,0]| ?x1614)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2058 (+ ?x83 ?x1365)))
 (let ((?x2032 (* |h2[0,0]| ?x2058)))
 (let ((?x1438 (+ ?x2032 ?x2434)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1443 (+ ?x101 ?x1365)))
 (let ((?x1456 (+ ?x1443 ?x1438)))
 (let ((?x1649 (+ ?x1456 ?x1425)))
 (let ((?x1479 (+ ?x1649 ?x1539)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1437 (+ ?x131 ?x1479)))
 (let ((?x1505 (* ?x211 ?x1437)))
 (or (and (distinct ?x1505 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1193 (* ?x165 ?x192)))
 (let ((?x1872 (- ?x1193)))
 (let ((?x724 (+ ?x191 ?x1872)))
 (let ((?x1192 (- ?x724)))
 (let ((?x2287 (* ?x129 ?x1192)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1096 (* ?x127 ?x192)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x2206 (* ?x165 ?x585)))
 (let ((?x1921 (+ ?x2206 ?x1096)))
 (let ((?x315 (- ?x1921)))
 (let ((?x1980 (+ ?x940 ?x315)))
 (let ((?x2017 (/ ?x1980 scale)))
 (let ((?x2272 (+ ?x2017 ?x2287)))
 (let ((?x574 (- ?x2272)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x631 (+ ?x935 ?x574)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1695 (+ ?x131 ?x631)))
 (let ((?x715 (* ?x211 ?x1695)))
 (or (and (distinct ?x715 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (= 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x1779 (+ ?x127 ?x1026)))
 (let ((?x2036 (- ?x1779)))
 (let ((?x1460 (+ ?x160 ?x2036)))
 (let ((?x1261 (* ?x2621 ?x1460)))
 (let ((?x1303 (* ?x1261 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1626 (* 2.0 ?x1779)))
 (let ((?x1899 (- ?x1626)))
 (let ((?x1289 (+ ?x160 ?x1899)))
 (let ((?x983 (+ ?x88 ?x1289)))
 (let ((?x1908 (* ?x983 1.0)))
 (let ((?x1445 (* f2 ?x1908)))
 (let ((?x1636 (+ ?x1445 ?x178)))
 (let ((?x1987 (* ?x64 ?x1908)))
 (let ((?x568 (+ ?x1987 ?x1636)))
 (let ((?x2452 (- ?x568)))
 (let ((?x1931 (* 2.0 ?x2452)))
 (let ((?x2398 (* ?x2621 ?x1931)))
 (let ((?x2159 (+ ?x2398 ?x1303)))
 (let ((?x1698 (- ?x2159)))
 (let ((?x1784 (+ ?x2452 ?x1698)))
 (let ((?x2123 (/ ?x1784 scale)))
 (let ((?x1726 (+ ?x2123 ?x343)))
 (let ((?x1454 (- ?x1726)))
 (let ((?x2166 (* |g2[0]| ?x1908)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2220 (* (/ 1.0 2.0) ?x1908)))
 (let ((?x2626 (* 0.0 ?x2220)))
 (let ((?x552 (+ ?x2626 ?x141)))
 (let ((?x2263 (* |h2[1,0]| ?x552)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x886 (+ ?x2626 ?x83)))
 (let ((?x849 (* |h2[0,0]| ?x886)))
 (let ((?x2474 (+ ?x849 ?x2263)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1050 (+ ?x2626 ?x101)))
 (let ((?x824 (+ ?x1050 ?x2474)))
 (let ((?x2291 (+ ?x824 ?x2166)))
 (let ((?x910 (+ ?x2291 ?x1454)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1470 (+ ?x131 ?x910)))
 (let ((?x1076 (* ?x1954 ?x1470)))
 (or (and (distinct ?x1076 ?x2018) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (= 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x2332 (- ?x527)))
 (let ((?x593 (+ ?x160 ?x2332)))
 (let ((?x280 (* ?x2621 ?x593)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3297 (* ?x192 ?x280)))
 (let ((?x3190 (* 2.0 ?x527)))
 (let ((?x2947 (- ?x3190)))
 (let ((?x2390 (+ ?x160 ?x2947)))
 (let ((?x3310 (+ ?x88 ?x2390)))
 (let ((?x1148 (* 1.0 ?x3310)))
 (let ((?x2703 (* f2 ?x1148)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x390 (+ ?x178 ?x2703)))
 (let ((?x2690 (* ?x64 ?x1148)))
 (let ((?x1345 (+ ?x2690 ?x390)))
 (let ((?x1413 (- ?x1345)))
 (let ((?x1793 (* 2.0 ?x1413)))
 (let ((?x1686 (* ?x2621 ?x1793)))
 (let ((?x1350 (+ ?x1686 ?x3297)))
 (let ((?x1330 (- ?x1350)))
 (let ((?x2853 (+ ?x1413 ?x1330)))
 (let ((?x421 (/ ?x2853 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x2406 (+ ?x343 ?x421)))
 (let ((?x307 (- ?x2406)))
 (let ((?x1346 (* |g2[0]| ?x1148)))
 (let ((?x1676 (* (/ 1.0 2.0) ?x1148)))
 (let ((?x355 (* 0.0 ?x1676)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x357 (+ ?x141 ?x355)))
 (let ((?x2086 (* |h2[1,0]| ?x357)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x868 (+ ?x83 ?x355)))
 (let ((?x1837 (* |h2[0,0]| ?x868)))
 (let ((?x575 (+ ?x1837 ?x2086)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2779 (+ ?x101 ?x355)))
 (let ((?x884 (+ ?x2779 ?x575)))
 (let ((?x2883 (+ ?x884 ?x1346)))
 (let ((?x846 (+ ?x2883 ?x307)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2179 (+ ?x131 ?x846)))
 (let ((?x826 (* ?x1954 ?x2179)))
 (or (and (distinct ?x826 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (= 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1193 (* ?x165 ?x192)))
 (let ((?x1872 (- ?x1193)))
 (let ((?x724 (+ ?x191 ?x1872)))
 (let ((?x1192 (- ?x724)))
 (let ((?x2287 (* ?x129 ?x1192)))
 (let ((?x1096 (* ?x127 ?x192)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1898 (* ?x165 ?x2210)))
 (let ((?x2130 (+ ?x1898 ?x1096)))
 (let ((?x1146 (- ?x2130)))
 (let ((?x3270 (+ ?x415 ?x1146)))
 (let ((?x3022 (/ ?x3270 scale)))
 (let ((?x3090 (+ ?x3022 ?x2287)))
 (let ((?x1092 (- ?x3090)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x3451 (+ ?x1951 ?x1092)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1744 (+ ?x131 ?x3451)))
 (let ((?x1016 (* ?x1954 ?x1744)))
 (or (and (distinct ?x1016 ?x2018) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068))))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x639 (/ ?x480 exp!1)))
 (let ((?x2621 (* ?x639 exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x185 (- ?x147)))
 (let ((?x186 (+ ?x160 ?x185)))
 (let ((?x187 (* ?x96 ?x186)))
 (let ((?x193 (* ?x187 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x114 (* f2 ?x60)))
 (let ((?x179 (+ ?x114 ?x178)))
 (let ((?x172 (* ?x64 ?x60)))
 (let ((?x180 (+ ?x172 ?x179)))
 (let ((?x181 (- ?x180)))
 (let ((?x183 (* 2.0 ?x181)))
 (let ((?x184 (* ?x96 ?x183)))
 (let ((?x194 (+ ?x184 ?x193)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x181 ?x195)))
 (let ((?x197 (/ ?x196 scale)))
 (let ((?x203 (+ ?x197 ?x202)))
 (let ((?x204 (- ?x203)))
 (let ((?x89 (* |g2[0]| ?x60)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x50 (* (/ 1.0 2.0) ?x60)))
 (let ((?x124 (* 0.0 ?x50)))
 (let ((?x128 (+ ?x124 ?x141)))
 (let ((?x97 (* |h2[1,0]| ?x128)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x123 (+ ?x124 ?x83)))
 (let ((?x92 (* |h2[0,0]| ?x123)))
 (let ((?x168 (+ ?x92 ?x97)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x66 (+ ?x124 ?x101)))
 (let ((?x115 (+ ?x66 ?x168)))
 (let ((?x43 (+ ?x115 ?x89)))
 (let ((?x205 (+ ?x43 ?x204)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x206 (+ ?x131 ?x205)))
 (let ((?x212 (* ?x211 ?x206)))
 (or (and (distinct ?x212 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x321 (- ?x273)))
 (let ((?x1093 (+ ?x160 ?x321)))
 (let ((?x1622 (* ?x96 ?x1093)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1796 (* ?x192 ?x1622)))
 (let ((?x2449 (* 2.0 ?x273)))
 (let ((?x1069 (- ?x2449)))
 (let ((?x1072 (+ ?x160 ?x1069)))
 (let ((?x2366 (+ ?x88 ?x1072)))
 (let ((?x857 (* 1.0 ?x2366)))
 (let ((?x2436 (* f2 ?x857)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1280 (+ ?x178 ?x2436)))
 (let ((?x1133 (* ?x64 ?x857)))
 (let ((?x1783 (+ ?x1133 ?x1280)))
 (let ((?x2365 (- ?x1783)))
 (let ((?x377 (* 2.0 ?x2365)))
 (let ((?x781 (* ?x96 ?x377)))
 (let ((?x1521 (+ ?x781 ?x1796)))
 (let ((?x2029 (- ?x1521)))
 (let ((?x2061 (+ ?x2365 ?x2029)))
 (let ((?x279 (/ ?x2061 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x2178 (+ ?x202 ?x279)))
 (let ((?x1539 (- ?x2178)))
 (let ((?x1425 (* |g2[0]| ?x857)))
 (let ((?x2487 (* (/ 1.0 2.0) ?x857)))
 (let ((?x1365 (* 0.0 ?x2487)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1614 (+ ?x141 ?x1365)))
 (let ((?x2434 (* |h2[1,0]| ?x1614)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2058 (+ ?x83 ?x1365)))
 (let ((?x2032 (* |h2[0,0]| ?x2058)))
 (let ((?x1438 (+ ?x2032 ?x2434)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1443 (+ ?x101 ?x1365)))
 (let ((?x1456 (+ ?x1443 ?x1438)))
 (let ((?x1649 (+ ?x1456 ?x1425)))
 (let ((?x1479 (+ ?x1649 ?x1539)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1437 (+ ?x131 ?x1479)))
 (let ((?x1505 (* ?x211 ?x1437)))
 (or (and (distinct ?x1505 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1193 (* ?x165 ?x192)))
 (let ((?x1872 (- ?x1193)))
 (let ((?x724 (+ ?x191 ?x1872)))
 (let ((?x1192 (- ?x724)))
 (let ((?x2287 (* ?x129 ?x1192)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1096 (* ?x127 ?x192)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x2206 (* ?x165 ?x585)))
 (let ((?x1921 (+ ?x2206 ?x1096)))
 (let ((?x315 (- ?x1921)))
 (let ((?x1980 (+ ?x940 ?x315)))
 (let ((?x2017 (/ ?x1980 scale)))
 (let ((?x2272 (+ ?x2017 ?x2287)))
 (let ((?x574 (- ?x2272)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x631 (+ ?x935 ?x574)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1695 (+ ?x131 ?x631)))
 (let ((?x715 (* ?x211 ?x1695)))
 (or (and (distinct ?x715 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x211 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x268 (* ?x267 ?x211)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x227 (* ?x74 ?x29)))
 (let ((?x252 (/ ?x227 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x254 (* 2.0 ?x253)))
 (let ((?x255 (- ?x254)))
 (let ((?x256 (+ ?x160 ?x255)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x257 (+ ?x88 ?x256)))
 (let ((?x258 (* ?x211 ?x257)))
 (let ((?x265 (* |g2[0]| ?x258)))
 (let ((?x269 (+ ?x265 ?x268)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x233 (* ?x226 ?x29)))
 (let ((?x246 (/ ?x233 ?x41)))
 (let ((?x245 (- ?x226)))
 (let ((?x247 (+ ?x245 ?x246)))
 (let ((?x248 (* 2.0 ?x247)))
 (let ((?x249 (- ?x248)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x244 (- ?x67)))
 (let ((?x251 (+ ?x244 ?x250)))
 (let ((?x262 (* ?x211 ?x251)))
 (let ((?x263 (* |g2[1]| ?x262)))
 (let ((?x259 (* ?x251 ?x258)))
 (let ((?x234 (- ?x227)))
 (let ((?x235 (* ?x233 ?x234)))
 (let ((?x232 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x236 (* ?x232 ?x235)))
 (let ((?x228 (* ?x226 ?x227)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x224 (* ?x222 ?x29)))
 (let ((?x229 (+ ?x224 ?x228)))
 (let ((?x230 (/ ?x229 ?x41)))
 (let ((?x237 (+ ?x230 ?x236)))
 (let ((?x223 (- ?x222)))
 (let ((?x238 (+ ?x223 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x223 ?x240)))
 (let ((?x215 (- ?x214)))
 (let ((?x242 (+ ?x215 ?x241)))
 (let ((?x243 (* ?x211 ?x242)))
 (let ((?x260 (+ ?x243 ?x259)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x261 (* ?x213 ?x260)))
 (let ((?x264 (+ ?x261 ?x263)))
 (let ((?x270 (+ ?x264 ?x269)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x683 (- ?x271)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x788 (* ?x96 ?x684)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x577 (* ?x192 ?x788)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x601 (+ ?x160 ?x605)))
 (let ((?x606 (+ ?x88 ?x601)))
 (let ((?x692 (* 1.0 ?x606)))
 (let ((?x941 (* f2 ?x692)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x942 (+ ?x178 ?x941)))
 (let ((?x936 (* ?x64 ?x692)))
 (let ((?x939 (+ ?x936 ?x942)))
 (let ((?x940 (- ?x939)))
 (let ((?x585 (* 2.0 ?x940)))
 (let ((?x685 (* ?x96 ?x585)))
 (let ((?x578 (+ ?x685 ?x577)))
 (let ((?x679 (- ?x578)))
 (let ((?x680 (+ ?x940 ?x679)))
 (let ((?x662 (/ ?x680 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x660 (+ ?x202 ?x662)))
 (let ((?x663 (- ?x660)))
 (let ((?x938 (* |g2[0]| ?x692)))
 (let ((?x693 (* (/ 1.0 2.0) ?x692)))
 (let ((?x569 (* 0.0 ?x693)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x905 (+ ?x141 ?x569)))
 (let ((?x908 (* |h2[1,0]| ?x905)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x304 (+ ?x83 ?x569)))
 (let ((?x907 (* |h2[0,0]| ?x304)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x739 (+ ?x101 ?x569)))
 (let ((?x937 (+ ?x739 ?x909)))
 (let ((?x935 (+ ?x937 ?x938)))
 (let ((?x341 (+ ?x935 ?x663)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x317 (+ ?x131 ?x341)))
 (let ((?x318 (* ?x211 ?x317)))
 (or (and (distinct ?x318 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (= 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x1779 (+ ?x127 ?x1026)))
 (let ((?x2036 (- ?x1779)))
 (let ((?x1460 (+ ?x160 ?x2036)))
 (let ((?x1261 (* ?x2621 ?x1460)))
 (let ((?x1303 (* ?x1261 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1626 (* 2.0 ?x1779)))
 (let ((?x1899 (- ?x1626)))
 (let ((?x1289 (+ ?x160 ?x1899)))
 (let ((?x983 (+ ?x88 ?x1289)))
 (let ((?x1908 (* ?x983 1.0)))
 (let ((?x1445 (* f2 ?x1908)))
 (let ((?x1636 (+ ?x1445 ?x178)))
 (let ((?x1987 (* ?x64 ?x1908)))
 (let ((?x568 (+ ?x1987 ?x1636)))
 (let ((?x2452 (- ?x568)))
 (let ((?x1931 (* 2.0 ?x2452)))
 (let ((?x2398 (* ?x2621 ?x1931)))
 (let ((?x2159 (+ ?x2398 ?x1303)))
 (let ((?x1698 (- ?x2159)))
 (let ((?x1784 (+ ?x2452 ?x1698)))
 (let ((?x2123 (/ ?x1784 scale)))
 (let ((?x1726 (+ ?x2123 ?x343)))
 (let ((?x1454 (- ?x1726)))
 (let ((?x2166 (* |g2[0]| ?x1908)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2220 (* (/ 1.0 2.0) ?x1908)))
 (let ((?x2626 (* 0.0 ?x2220)))
 (let ((?x552 (+ ?x2626 ?x141)))
 (let ((?x2263 (* |h2[1,0]| ?x552)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x886 (+ ?x2626 ?x83)))
 (let ((?x849 (* |h2[0,0]| ?x886)))
 (let ((?x2474 (+ ?x849 ?x2263)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1050 (+ ?x2626 ?x101)))
 (let ((?x824 (+ ?x1050 ?x2474)))
 (let ((?x2291 (+ ?x824 ?x2166)))
 (let ((?x910 (+ ?x2291 ?x1454)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1470 (+ ?x131 ?x910)))
 (let ((?x1076 (* ?x1954 ?x1470)))
 (or (and (distinct ?x1076 ?x2018) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (= 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x2332 (- ?x527)))
 (let ((?x593 (+ ?x160 ?x2332)))
 (let ((?x280 (* ?x2621 ?x593)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3297 (* ?x192 ?x280)))
 (let ((?x3190 (* 2.0 ?x527)))
 (let ((?x2947 (- ?x3190)))
 (let ((?x2390 (+ ?x160 ?x2947)))
 (let ((?x3310 (+ ?x88 ?x2390)))
 (let ((?x1148 (* 1.0 ?x3310)))
 (let ((?x2703 (* f2 ?x1148)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x390 (+ ?x178 ?x2703)))
 (let ((?x2690 (* ?x64 ?x1148)))
 (let ((?x1345 (+ ?x2690 ?x390)))
 (let ((?x1413 (- ?x1345)))
 (let ((?x1793 (* 2.0 ?x1413)))
 (let ((?x1686 (* ?x2621 ?x1793)))
 (let ((?x1350 (+ ?x1686 ?x3297)))
 (let ((?x1330 (- ?x1350)))
 (let ((?x2853 (+ ?x1413 ?x1330)))
 (let ((?x421 (/ ?x2853 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x2406 (+ ?x343 ?x421)))
 (let ((?x307 (- ?x2406)))
 (let ((?x1346 (* |g2[0]| ?x1148)))
 (let ((?x1676 (* (/ 1.0 2.0) ?x1148)))
 (let ((?x355 (* 0.0 ?x1676)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x357 (+ ?x141 ?x355)))
 (let ((?x2086 (* |h2[1,0]| ?x357)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x868 (+ ?x83 ?x355)))
 (let ((?x1837 (* |h2[0,0]| ?x868)))
 (let ((?x575 (+ ?x1837 ?x2086)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2779 (+ ?x101 ?x355)))
 (let ((?x884 (+ ?x2779 ?x575)))
 (let ((?x2883 (+ ?x884 ?x1346)))
 (let ((?x846 (+ ?x2883 ?x307)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2179 (+ ?x131 ?x846)))
 (let ((?x826 (* ?x1954 ?x2179)))
 (or (and (distinct ?x826 ?x2018) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (= 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1193 (* ?x165 ?x192)))
 (let ((?x1872 (- ?x1193)))
 (let ((?x724 (+ ?x191 ?x1872)))
 (let ((?x1192 (- ?x724)))
 (let ((?x2287 (* ?x129 ?x1192)))
 (let ((?x1096 (* ?x127 ?x192)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1898 (* ?x165 ?x2210)))
 (let ((?x2130 (+ ?x1898 ?x1096)))
 (let ((?x1146 (- ?x2130)))
 (let ((?x3270 (+ ?x415 ?x1146)))
 (let ((?x3022 (/ ?x3270 scale)))
 (let ((?x3090 (+ ?x3022 ?x2287)))
 (let ((?x1092 (- ?x3090)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x3451 (+ ?x1951 ?x1092)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1744 (+ ?x131 ?x3451)))
 (let ((?x1016 (* ?x1954 ?x1744)))
 (or (and (distinct ?x1016 ?x2018) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x1230 (* (/ 1.0 2.0) ?x160)))
 (let ((?x468 (+ ?x1230 ?x2600)))
 (let ((?x2455 (* 2.0 ?x468)))
 (let ((?x1823 (- ?x2455)))
 (let ((?x1239 (+ ?x160 ?x1823)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x446 (+ ?x88 ?x1239)))
 (let ((?x1826 (* ?x1954 ?x446)))
 (let ((?x1082 (* |g2[0]| ?x1826)))
 (let ((?x2582 (+ ?x1082 ?x395)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x1395 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1648 (+ ?x1395 ?x2113)))
 (let ((?x2569 (* 2.0 ?x1648)))
 (let ((?x492 (- ?x2569)))
 (let ((?x1477 (+ ?x245 ?x492)))
 (let ((?x244 (- ?x67)))
 (let ((?x2174 (+ ?x244 ?x1477)))
 (let ((?x1778 (* ?x1954 ?x2174)))
 (let ((?x2269 (* |g2[1]| ?x1778)))
 (let ((?x891 (* ?x2174 ?x1826)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x2579 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1691 (+ ?x2579 ?x2629)))
 (let ((?x2558 (* 2.0 ?x1691)))
 (let ((?x1941 (- ?x2558)))
 (let ((?x2102 (+ ?x223 ?x1941)))
 (let ((?x215 (- ?x214)))
 (let ((?x302 (+ ?x215 ?x2102)))
 (let ((?x810 (* ?x1954 ?x302)))
 (let ((?x1992 (+ ?x810 ?x891)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2233 (* ?x213 ?x1992)))
 (let ((?x1815 (+ ?x2233 ?x2269)))
 (let ((?x2018 (+ ?x1815 ?x2582)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2018) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (< 0.0 ?x2360))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let (($x2068 (= 0.0 ?x2360)))
 (not $x2068)))))
(assert
 (let ((?x75 (* scale scale)))
 (let ((?x129 (/ 1.0 ?x75)))
 (let ((?x17 (- loc)))
 (let ((?x11 (+ z ?x17)))
 (let ((?x99 (- ?x11)))
 (let ((?x95 (* ?x99 ?x129)))
 (let ((?x67 (/ 0.0 scale)))
 (let ((?x74 (+ ?x67 ?x95)))
 (let ((?x160 (- ?x74)))
 (let ((?x2950 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2360 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2600 (/ ?x127 ?x2360)))
 (let ((?x803 (+ ?x2600 ?x2950)))
 (let ((?x2245 (* 2.0 ?x803)))
 (let ((?x2952 (- ?x2245)))
 (let ((?x2891 (+ ?x160 ?x2952)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2418 (+ ?x88 ?x2891)))
 (let ((?x2195 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1954 (* ?x2195 exp!2)))
 (let ((?x1004 (* ?x1954 ?x2418)))
 (let ((?x1722 (* |g2[0]| ?x1004)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x395 (* ?x267 ?x1954)))
 (let ((?x1581 (+ ?x395 ?x1722)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2957 (* 0.0 ?x245)))
 (let ((?x2486 (* ?x245 ?x165)))
 (let ((?x2113 (/ ?x2486 ?x2360)))
 (let ((?x2953 (+ ?x2113 ?x2957)))
 (let ((?x2370 (* 2.0 ?x2953)))
 (let ((?x394 (- ?x2370)))
 (let ((?x2471 (+ ?x245 ?x394)))
 (let ((?x244 (- ?x67)))
 (let ((?x2575 (+ ?x244 ?x2471)))
 (let ((?x1423 (* ?x1954 ?x2575)))
 (let ((?x1804 (* |g2[1]| ?x1423)))
 (let ((?x1307 (* ?x2575 ?x1004)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1306 (* 0.0 ?x223)))
 (let ((?x412 (- ?x127)))
 (let ((?x950 (* ?x2486 ?x412)))
 (let ((?x2298 (/ 1.0 (* ?x2360 ?x2360))))
 (let ((?x596 (* ?x2298 ?x950)))
 (let ((?x780 (* ?x245 ?x127)))
 (let ((?x2002 (* ?x223 ?x165)))
 (let ((?x2391 (+ ?x2002 ?x780)))
 (let ((?x1493 (/ ?x2391 ?x2360)))
 (let ((?x2629 (+ ?x1493 ?x596)))
 (let ((?x1573 (+ ?x2629 ?x1306)))
 (let ((?x2157 (* 2.0 ?x1573)))
 (let ((?x2955 (- ?x2157)))
 (let ((?x1343 (+ ?x223 ?x2955)))
 (let ((?x215 (- ?x214)))
 (let ((?x2956 (+ ?x215 ?x1343)))
 (let ((?x2949 (* ?x1954 ?x2956)))
 (let ((?x1566 (+ ?x2949 ?x1307)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1534 (* ?x213 ?x1566)))
 (let ((?x2946 (+ ?x1534 ?x1804)))
 (let ((?x2937 (+ ?x2946 ?x1581)))
 (let ((?x2621 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x527 (* ?x160 ?x2621)))
 (let ((?x480 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1026 (* 0.0 ?x480)))
 (let ((?x2083 (+ ?x1026 ?x527)))
 (let ((?x2516 (- ?x2083)))
 (let ((?x735 (+ ?x160 ?x2516)))
 (let ((?x1545 (* ?x2621 ?x735)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2500 (* ?x192 ?x1545)))
 (let ((?x1257 (* 2.0 ?x2083)))
 (let ((?x1841 (- ?x1257)))
 (let ((?x2337 (+ ?x160 ?x1841)))
 (let ((?x899 (+ ?x88 ?x2337)))
 (let ((?x1885 (* 1.0 ?x899)))
 (let ((?x408 (* f2 ?x1885)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x820 (+ ?x178 ?x408)))
 (let ((?x295 (* ?x64 ?x1885)))
 (let ((?x490 (+ ?x295 ?x820)))
 (let ((?x415 (- ?x490)))
 (let ((?x2210 (* 2.0 ?x415)))
 (let ((?x1150 (* ?x2621 ?x2210)))
 (let ((?x2482 (+ ?x1150 ?x2500)))
 (let ((?x2361 (- ?x2482)))
 (let ((?x1752 (+ ?x415 ?x2361)))
 (let ((?x2506 (/ ?x1752 scale)))
 (let ((?x1363 (* ?x2621 ?x192)))
 (let ((?x2116 (- ?x1363)))
 (let ((?x1149 (+ ?x191 ?x2116)))
 (let ((?x1515 (- ?x1149)))
 (let ((?x343 (* ?x129 ?x1515)))
 (let ((?x1135 (+ ?x343 ?x2506)))
 (let ((?x1137 (- ?x1135)))
 (let ((?x1444 (* |g2[0]| ?x1885)))
 (let ((?x1531 (* (/ 1.0 2.0) ?x1885)))
 (let ((?x633 (* 0.0 ?x1531)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2227 (+ ?x141 ?x633)))
 (let ((?x1030 (* |h2[1,0]| ?x2227)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2106 (+ ?x83 ?x633)))
 (let ((?x1830 (* |h2[0,0]| ?x2106)))
 (let ((?x802 (+ ?x1830 ?x1030)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x997 (+ ?x101 ?x633)))
 (let ((?x1142 (+ ?x997 ?x802)))
 (let ((?x1951 (+ ?x1142 ?x1444)))
 (let ((?x951 (+ ?x1951 ?x1137)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2208 (+ ?x131 ?x951)))
 (let ((?x1293 (* ?x1954 ?x2208)))
 (or (and (distinct ?x1293 ?x2937) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
