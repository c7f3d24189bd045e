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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2038 (+ ?x160 ?x321)))
 (let ((?x2159 (* ?x96 ?x2038)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1640 (* ?x192 ?x2159)))
 (let ((?x2472 (* 2.0 ?x273)))
 (let ((?x1069 (- ?x2472)))
 (let ((?x1072 (+ ?x160 ?x1069)))
 (let ((?x2368 (+ ?x88 ?x1072)))
 (let ((?x989 (* 1.0 ?x2368)))
 (let ((?x2438 (* f2 ?x989)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x988 (+ ?x178 ?x2438)))
 (let ((?x413 (* ?x64 ?x989)))
 (let ((?x2180 (+ ?x413 ?x988)))
 (let ((?x2367 (- ?x2180)))
 (let ((?x1850 (* 2.0 ?x2367)))
 (let ((?x1208 (* ?x96 ?x1850)))
 (let ((?x1523 (+ ?x1208 ?x1640)))
 (let ((?x2463 (- ?x1523)))
 (let ((?x1058 (+ ?x2367 ?x2463)))
 (let ((?x2421 (/ ?x1058 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x1992 (+ ?x202 ?x2421)))
 (let ((?x1093 (- ?x1992)))
 (let ((?x1425 (* |g2[0]| ?x989)))
 (let ((?x1545 (* (/ 1.0 2.0) ?x989)))
 (let ((?x2429 (* 0.0 ?x1545)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2018 (+ ?x141 ?x2429)))
 (let ((?x1928 (* |h2[1,0]| ?x2018)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1498 (+ ?x83 ?x2429)))
 (let ((?x1945 (* |h2[0,0]| ?x1498)))
 (let ((?x2212 (+ ?x1945 ?x1928)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1043 (+ ?x101 ?x2429)))
 (let ((?x2060 (+ ?x1043 ?x2212)))
 (let ((?x1651 (+ ?x2060 ?x1425)))
 (let ((?x2448 (+ ?x1651 ?x1093)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1437 (+ ?x131 ?x2448)))
 (let ((?x1507 (* ?x211 ?x1437)))
 (or (and (distinct ?x1507 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1361 (* ?x165 ?x192)))
 (let ((?x1761 (- ?x1361)))
 (let ((?x1155 (+ ?x191 ?x1761)))
 (let ((?x496 (- ?x1155)))
 (let ((?x2315 (* ?x129 ?x496)))
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
 (let ((?x1902 (* ?x165 ?x585)))
 (let ((?x1407 (+ ?x1902 ?x1096)))
 (let ((?x1874 (- ?x1407)))
 (let ((?x1982 (+ ?x940 ?x1874)))
 (let ((?x2019 (/ ?x1982 scale)))
 (let ((?x2274 (+ ?x2019 ?x2315)))
 (let ((?x1181 (- ?x2274)))
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
 (let ((?x1245 (+ ?x935 ?x1181)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x864 (+ ?x131 ?x1245)))
 (let ((?x922 (* ?x211 ?x864)))
 (or (and (distinct ?x922 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (= 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x816 (+ ?x127 ?x2558)))
 (let ((?x1218 (- ?x816)))
 (let ((?x291 (+ ?x160 ?x1218)))
 (let ((?x2250 (* ?x1140 ?x291)))
 (let ((?x2352 (* ?x2250 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x326 (* 2.0 ?x816)))
 (let ((?x790 (- ?x326)))
 (let ((?x1491 (+ ?x160 ?x790)))
 (let ((?x2500 (+ ?x88 ?x1491)))
 (let ((?x968 (* ?x2500 1.0)))
 (let ((?x1550 (* f2 ?x968)))
 (let ((?x2208 (+ ?x1550 ?x178)))
 (let ((?x482 (* ?x64 ?x968)))
 (let ((?x698 (+ ?x482 ?x2208)))
 (let ((?x1467 (- ?x698)))
 (let ((?x2451 (* 2.0 ?x1467)))
 (let ((?x2271 (* ?x1140 ?x2451)))
 (let ((?x2106 (+ ?x2271 ?x2352)))
 (let ((?x1087 (- ?x2106)))
 (let ((?x2576 (+ ?x1467 ?x1087)))
 (let ((?x1049 (/ ?x2576 scale)))
 (let ((?x773 (+ ?x1049 ?x2439)))
 (let ((?x1918 (- ?x773)))
 (let ((?x714 (* |g2[0]| ?x968)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1737 (* (/ 1.0 2.0) ?x968)))
 (let ((?x1196 (* 0.0 ?x1737)))
 (let ((?x1101 (+ ?x1196 ?x141)))
 (let ((?x1468 (* |h2[1,0]| ?x1101)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1383 (+ ?x1196 ?x83)))
 (let ((?x1416 (* |h2[0,0]| ?x1383)))
 (let ((?x479 (+ ?x1416 ?x1468)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1044 (+ ?x1196 ?x101)))
 (let ((?x1818 (+ ?x1044 ?x479)))
 (let ((?x2433 (+ ?x1818 ?x714)))
 (let ((?x1583 (+ ?x2433 ?x1918)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1524 (+ ?x131 ?x1583)))
 (let ((?x297 (* ?x1725 ?x1524)))
 (or (and (distinct ?x297 ?x1649) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (= 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1194 (- ?x2148)))
 (let ((?x3039 (+ ?x160 ?x1194)))
 (let ((?x682 (* ?x1140 ?x3039)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3346 (* ?x192 ?x682)))
 (let ((?x847 (* 2.0 ?x2148)))
 (let ((?x2943 (- ?x847)))
 (let ((?x1674 (+ ?x160 ?x2943)))
 (let ((?x1680 (+ ?x88 ?x1674)))
 (let ((?x1948 (* 1.0 ?x1680)))
 (let ((?x2774 (* f2 ?x1948)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x359 (+ ?x178 ?x2774)))
 (let ((?x1399 (* ?x64 ?x1948)))
 (let ((?x2590 (+ ?x1399 ?x359)))
 (let ((?x2498 (- ?x2590)))
 (let ((?x1772 (* 2.0 ?x2498)))
 (let ((?x2264 (* ?x1140 ?x1772)))
 (let ((?x1347 (+ ?x2264 ?x3346)))
 (let ((?x1132 (- ?x1347)))
 (let ((?x2417 (+ ?x2498 ?x1132)))
 (let ((?x750 (/ ?x2417 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x376 (+ ?x2439 ?x750)))
 (let ((?x2491 (- ?x376)))
 (let ((?x3322 (* |g2[0]| ?x1948)))
 (let ((?x2513 (* (/ 1.0 2.0) ?x1948)))
 (let ((?x480 (* 0.0 ?x2513)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2175 (+ ?x141 ?x480)))
 (let ((?x1884 (* |h2[1,0]| ?x2175)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2116 (+ ?x83 ?x480)))
 (let ((?x1160 (* |h2[0,0]| ?x2116)))
 (let ((?x396 (+ ?x1160 ?x1884)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2241 (+ ?x101 ?x480)))
 (let ((?x378 (+ ?x2241 ?x396)))
 (let ((?x3557 (+ ?x378 ?x3322)))
 (let ((?x287 (+ ?x3557 ?x2491)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2153 (+ ?x131 ?x287)))
 (let ((?x2520 (* ?x1725 ?x2153)))
 (or (and (distinct ?x2520 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (= 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1361 (* ?x165 ?x192)))
 (let ((?x1761 (- ?x1361)))
 (let ((?x1155 (+ ?x191 ?x1761)))
 (let ((?x496 (- ?x1155)))
 (let ((?x2315 (* ?x129 ?x496)))
 (let ((?x1096 (* ?x127 ?x192)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x2573 (* ?x165 ?x2588)))
 (let ((?x3327 (+ ?x2573 ?x1096)))
 (let ((?x637 (- ?x3327)))
 (let ((?x3500 (+ ?x2587 ?x637)))
 (let ((?x2902 (/ ?x3500 scale)))
 (let ((?x3332 (+ ?x2902 ?x2315)))
 (let ((?x393 (- ?x3332)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x3497 (+ ?x417 ?x393)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x473 (+ ?x131 ?x3497)))
 (let ((?x3016 (* ?x1725 ?x473)))
 (or (and (distinct ?x3016 ?x1649) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843))))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2386 (/ ?x1757 exp!1)))
 (let ((?x1140 (* ?x2386 exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2038 (+ ?x160 ?x321)))
 (let ((?x2159 (* ?x96 ?x2038)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1640 (* ?x192 ?x2159)))
 (let ((?x2472 (* 2.0 ?x273)))
 (let ((?x1069 (- ?x2472)))
 (let ((?x1072 (+ ?x160 ?x1069)))
 (let ((?x2368 (+ ?x88 ?x1072)))
 (let ((?x989 (* 1.0 ?x2368)))
 (let ((?x2438 (* f2 ?x989)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x988 (+ ?x178 ?x2438)))
 (let ((?x413 (* ?x64 ?x989)))
 (let ((?x2180 (+ ?x413 ?x988)))
 (let ((?x2367 (- ?x2180)))
 (let ((?x1850 (* 2.0 ?x2367)))
 (let ((?x1208 (* ?x96 ?x1850)))
 (let ((?x1523 (+ ?x1208 ?x1640)))
 (let ((?x2463 (- ?x1523)))
 (let ((?x1058 (+ ?x2367 ?x2463)))
 (let ((?x2421 (/ ?x1058 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x1992 (+ ?x202 ?x2421)))
 (let ((?x1093 (- ?x1992)))
 (let ((?x1425 (* |g2[0]| ?x989)))
 (let ((?x1545 (* (/ 1.0 2.0) ?x989)))
 (let ((?x2429 (* 0.0 ?x1545)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2018 (+ ?x141 ?x2429)))
 (let ((?x1928 (* |h2[1,0]| ?x2018)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1498 (+ ?x83 ?x2429)))
 (let ((?x1945 (* |h2[0,0]| ?x1498)))
 (let ((?x2212 (+ ?x1945 ?x1928)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1043 (+ ?x101 ?x2429)))
 (let ((?x2060 (+ ?x1043 ?x2212)))
 (let ((?x1651 (+ ?x2060 ?x1425)))
 (let ((?x2448 (+ ?x1651 ?x1093)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1437 (+ ?x131 ?x2448)))
 (let ((?x1507 (* ?x211 ?x1437)))
 (or (and (distinct ?x1507 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1361 (* ?x165 ?x192)))
 (let ((?x1761 (- ?x1361)))
 (let ((?x1155 (+ ?x191 ?x1761)))
 (let ((?x496 (- ?x1155)))
 (let ((?x2315 (* ?x129 ?x496)))
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
 (let ((?x1902 (* ?x165 ?x585)))
 (let ((?x1407 (+ ?x1902 ?x1096)))
 (let ((?x1874 (- ?x1407)))
 (let ((?x1982 (+ ?x940 ?x1874)))
 (let ((?x2019 (/ ?x1982 scale)))
 (let ((?x2274 (+ ?x2019 ?x2315)))
 (let ((?x1181 (- ?x2274)))
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
 (let ((?x1245 (+ ?x935 ?x1181)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x864 (+ ?x131 ?x1245)))
 (let ((?x922 (* ?x211 ?x864)))
 (or (and (distinct ?x922 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (= 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x816 (+ ?x127 ?x2558)))
 (let ((?x1218 (- ?x816)))
 (let ((?x291 (+ ?x160 ?x1218)))
 (let ((?x2250 (* ?x1140 ?x291)))
 (let ((?x2352 (* ?x2250 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x326 (* 2.0 ?x816)))
 (let ((?x790 (- ?x326)))
 (let ((?x1491 (+ ?x160 ?x790)))
 (let ((?x2500 (+ ?x88 ?x1491)))
 (let ((?x968 (* ?x2500 1.0)))
 (let ((?x1550 (* f2 ?x968)))
 (let ((?x2208 (+ ?x1550 ?x178)))
 (let ((?x482 (* ?x64 ?x968)))
 (let ((?x698 (+ ?x482 ?x2208)))
 (let ((?x1467 (- ?x698)))
 (let ((?x2451 (* 2.0 ?x1467)))
 (let ((?x2271 (* ?x1140 ?x2451)))
 (let ((?x2106 (+ ?x2271 ?x2352)))
 (let ((?x1087 (- ?x2106)))
 (let ((?x2576 (+ ?x1467 ?x1087)))
 (let ((?x1049 (/ ?x2576 scale)))
 (let ((?x773 (+ ?x1049 ?x2439)))
 (let ((?x1918 (- ?x773)))
 (let ((?x714 (* |g2[0]| ?x968)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1737 (* (/ 1.0 2.0) ?x968)))
 (let ((?x1196 (* 0.0 ?x1737)))
 (let ((?x1101 (+ ?x1196 ?x141)))
 (let ((?x1468 (* |h2[1,0]| ?x1101)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1383 (+ ?x1196 ?x83)))
 (let ((?x1416 (* |h2[0,0]| ?x1383)))
 (let ((?x479 (+ ?x1416 ?x1468)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1044 (+ ?x1196 ?x101)))
 (let ((?x1818 (+ ?x1044 ?x479)))
 (let ((?x2433 (+ ?x1818 ?x714)))
 (let ((?x1583 (+ ?x2433 ?x1918)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1524 (+ ?x131 ?x1583)))
 (let ((?x297 (* ?x1725 ?x1524)))
 (or (and (distinct ?x297 ?x1649) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (= 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1194 (- ?x2148)))
 (let ((?x3039 (+ ?x160 ?x1194)))
 (let ((?x682 (* ?x1140 ?x3039)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3346 (* ?x192 ?x682)))
 (let ((?x847 (* 2.0 ?x2148)))
 (let ((?x2943 (- ?x847)))
 (let ((?x1674 (+ ?x160 ?x2943)))
 (let ((?x1680 (+ ?x88 ?x1674)))
 (let ((?x1948 (* 1.0 ?x1680)))
 (let ((?x2774 (* f2 ?x1948)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x359 (+ ?x178 ?x2774)))
 (let ((?x1399 (* ?x64 ?x1948)))
 (let ((?x2590 (+ ?x1399 ?x359)))
 (let ((?x2498 (- ?x2590)))
 (let ((?x1772 (* 2.0 ?x2498)))
 (let ((?x2264 (* ?x1140 ?x1772)))
 (let ((?x1347 (+ ?x2264 ?x3346)))
 (let ((?x1132 (- ?x1347)))
 (let ((?x2417 (+ ?x2498 ?x1132)))
 (let ((?x750 (/ ?x2417 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x376 (+ ?x2439 ?x750)))
 (let ((?x2491 (- ?x376)))
 (let ((?x3322 (* |g2[0]| ?x1948)))
 (let ((?x2513 (* (/ 1.0 2.0) ?x1948)))
 (let ((?x480 (* 0.0 ?x2513)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2175 (+ ?x141 ?x480)))
 (let ((?x1884 (* |h2[1,0]| ?x2175)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2116 (+ ?x83 ?x480)))
 (let ((?x1160 (* |h2[0,0]| ?x2116)))
 (let ((?x396 (+ ?x1160 ?x1884)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2241 (+ ?x101 ?x480)))
 (let ((?x378 (+ ?x2241 ?x396)))
 (let ((?x3557 (+ ?x378 ?x3322)))
 (let ((?x287 (+ ?x3557 ?x2491)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2153 (+ ?x131 ?x287)))
 (let ((?x2520 (* ?x1725 ?x2153)))
 (or (and (distinct ?x2520 ?x1649) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (= 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1361 (* ?x165 ?x192)))
 (let ((?x1761 (- ?x1361)))
 (let ((?x1155 (+ ?x191 ?x1761)))
 (let ((?x496 (- ?x1155)))
 (let ((?x2315 (* ?x129 ?x496)))
 (let ((?x1096 (* ?x127 ?x192)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x2573 (* ?x165 ?x2588)))
 (let ((?x3327 (+ ?x2573 ?x1096)))
 (let ((?x637 (- ?x3327)))
 (let ((?x3500 (+ ?x2587 ?x637)))
 (let ((?x2902 (/ ?x3500 scale)))
 (let ((?x3332 (+ ?x2902 ?x2315)))
 (let ((?x393 (- ?x3332)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x3497 (+ ?x417 ?x393)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x473 (+ ?x131 ?x3497)))
 (let ((?x3016 (* ?x1725 ?x473)))
 (or (and (distinct ?x3016 ?x1649) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
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
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1362 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1718 (+ ?x1362 ?x767)))
 (let ((?x1893 (* 2.0 ?x1718)))
 (let ((?x931 (- ?x1893)))
 (let ((?x1602 (+ ?x160 ?x931)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1217 (+ ?x88 ?x1602)))
 (let ((?x2128 (* ?x1725 ?x1217)))
 (let ((?x421 (* |g2[0]| ?x2128)))
 (let ((?x1588 (+ ?x421 ?x1689)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x1487 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1688 (+ ?x1487 ?x2133)))
 (let ((?x1001 (* 2.0 ?x1688)))
 (let ((?x520 (- ?x1001)))
 (let ((?x2427 (+ ?x245 ?x520)))
 (let ((?x244 (- ?x67)))
 (let ((?x1220 (+ ?x244 ?x2427)))
 (let ((?x1542 (* ?x1725 ?x1220)))
 (let ((?x1998 (* |g2[1]| ?x1542)))
 (let ((?x1354 (* ?x1220 ?x2128)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x1751 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2624 (+ ?x1751 ?x2411)))
 (let ((?x2609 (* 2.0 ?x2624)))
 (let ((?x1670 (- ?x2609)))
 (let ((?x2179 (+ ?x223 ?x1670)))
 (let ((?x215 (- ?x214)))
 (let ((?x455 (+ ?x215 ?x2179)))
 (let ((?x1456 (* ?x1725 ?x455)))
 (let ((?x2622 (+ ?x1456 ?x1354)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2546 (* ?x213 ?x2622)))
 (let ((?x2466 (+ ?x2546 ?x1998)))
 (let ((?x1649 (+ ?x2466 ?x1588)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x1649) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (< 0.0 ?x1006))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let (($x1843 (= 0.0 ?x1006)))
 (not $x1843)))))
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
 (let ((?x2946 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1006 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x767 (/ ?x127 ?x1006)))
 (let ((?x1390 (+ ?x767 ?x2946)))
 (let ((?x667 (* 2.0 ?x1390)))
 (let ((?x2948 (- ?x667)))
 (let ((?x2887 (+ ?x160 ?x2948)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1207 (+ ?x88 ?x2887)))
 (let ((?x871 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1725 (* ?x871 exp!2)))
 (let ((?x1420 (* ?x1725 ?x1207)))
 (let ((?x1157 (* |g2[0]| ?x1420)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1689 (* ?x267 ?x1725)))
 (let ((?x1482 (+ ?x1689 ?x1157)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2953 (* 0.0 ?x245)))
 (let ((?x1653 (* ?x245 ?x165)))
 (let ((?x2133 (/ ?x1653 ?x1006)))
 (let ((?x2949 (+ ?x2133 ?x2953)))
 (let ((?x1626 (* 2.0 ?x2949)))
 (let ((?x1424 (- ?x1626)))
 (let ((?x906 (+ ?x245 ?x1424)))
 (let ((?x244 (- ?x67)))
 (let ((?x1554 (+ ?x244 ?x906)))
 (let ((?x2388 (* ?x1725 ?x1554)))
 (let ((?x2408 (* |g2[1]| ?x2388)))
 (let ((?x548 (* ?x1554 ?x1420)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x713 (* 0.0 ?x223)))
 (let ((?x442 (- ?x127)))
 (let ((?x538 (* ?x1653 ?x442)))
 (let ((?x1166 (/ 1.0 (* ?x1006 ?x1006))))
 (let ((?x2231 (* ?x1166 ?x538)))
 (let ((?x1126 (* ?x245 ?x127)))
 (let ((?x2273 (* ?x223 ?x165)))
 (let ((?x1061 (+ ?x2273 ?x1126)))
 (let ((?x804 (/ ?x1061 ?x1006)))
 (let ((?x2411 (+ ?x804 ?x2231)))
 (let ((?x2363 (+ ?x2411 ?x713)))
 (let ((?x2612 (* 2.0 ?x2363)))
 (let ((?x2951 (- ?x2612)))
 (let ((?x2266 (+ ?x223 ?x2951)))
 (let ((?x215 (- ?x214)))
 (let ((?x2952 (+ ?x215 ?x2266)))
 (let ((?x2945 (* ?x1725 ?x2952)))
 (let ((?x2032 (+ ?x2945 ?x548)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1257 (* ?x213 ?x2032)))
 (let ((?x2942 (+ ?x1257 ?x2408)))
 (let ((?x2933 (+ ?x2942 ?x1482)))
 (let ((?x1140 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2148 (* ?x160 ?x1140)))
 (let ((?x1757 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2558 (* 0.0 ?x1757)))
 (let ((?x1851 (+ ?x2558 ?x2148)))
 (let ((?x992 (- ?x1851)))
 (let ((?x2278 (+ ?x160 ?x992)))
 (let ((?x747 (* ?x1140 ?x2278)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2446 (* ?x192 ?x747)))
 (let ((?x1005 (* 2.0 ?x1851)))
 (let ((?x1164 (- ?x1005)))
 (let ((?x1694 (+ ?x160 ?x1164)))
 (let ((?x1970 (+ ?x88 ?x1694)))
 (let ((?x793 (* 1.0 ?x1970)))
 (let ((?x2406 (* f2 ?x793)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2360 (+ ?x178 ?x2406)))
 (let ((?x1455 (* ?x64 ?x793)))
 (let ((?x822 (+ ?x1455 ?x2360)))
 (let ((?x2587 (- ?x822)))
 (let ((?x2588 (* 2.0 ?x2587)))
 (let ((?x1512 (* ?x1140 ?x2588)))
 (let ((?x1812 (+ ?x1512 ?x2446)))
 (let ((?x2567 (- ?x1812)))
 (let ((?x956 (+ ?x2587 ?x2567)))
 (let ((?x375 (/ ?x956 scale)))
 (let ((?x1535 (* ?x1140 ?x192)))
 (let ((?x2635 (- ?x1535)))
 (let ((?x1427 (+ ?x191 ?x2635)))
 (let ((?x888 (- ?x1427)))
 (let ((?x2439 (* ?x129 ?x888)))
 (let ((?x477 (+ ?x2439 ?x375)))
 (let ((?x885 (- ?x477)))
 (let ((?x529 (* |g2[0]| ?x793)))
 (let ((?x1127 (* (/ 1.0 2.0) ?x793)))
 (let ((?x976 (* 0.0 ?x1127)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x539 (+ ?x141 ?x976)))
 (let ((?x1187 (* |h2[1,0]| ?x539)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x640 (+ ?x83 ?x976)))
 (let ((?x478 (* |h2[0,0]| ?x640)))
 (let ((?x1454 (+ ?x478 ?x1187)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x850 (+ ?x101 ?x976)))
 (let ((?x818 (+ ?x850 ?x1454)))
 (let ((?x417 (+ ?x818 ?x529)))
 (let ((?x1098 (+ ?x417 ?x885)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1981 (+ ?x131 ?x1098)))
 (let ((?x2139 (* ?x1725 ?x1981)))
 (or (and (distinct ?x2139 ?x2933) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
