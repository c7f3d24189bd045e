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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1099 (- ?x273)))
 (let ((?x1511 (+ ?x160 ?x1099)))
 (let ((?x1628 (* ?x96 ?x1511)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1447 (* ?x192 ?x1628)))
 (let ((?x2394 (* 2.0 ?x273)))
 (let ((?x1069 (- ?x2394)))
 (let ((?x1072 (+ ?x160 ?x1069)))
 (let ((?x1371 (+ ?x88 ?x1072)))
 (let ((?x989 (* 1.0 ?x1371)))
 (let ((?x2442 (* f2 ?x989)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x378 (+ ?x178 ?x2442)))
 (let ((?x1092 (* ?x64 ?x989)))
 (let ((?x315 (+ ?x1092 ?x378)))
 (let ((?x2371 (- ?x315)))
 (let ((?x1112 (* 2.0 ?x2371)))
 (let ((?x1047 (* ?x96 ?x1112)))
 (let ((?x2035 (+ ?x1047 ?x1447)))
 (let ((?x2451 (- ?x2035)))
 (let ((?x1527 (+ ?x2371 ?x2451)))
 (let ((?x2467 (/ ?x1527 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x1947 (+ ?x202 ?x2467)))
 (let ((?x1544 (- ?x1947)))
 (let ((?x1361 (* |g2[0]| ?x989)))
 (let ((?x457 (* (/ 1.0 2.0) ?x989)))
 (let ((?x2440 (* 0.0 ?x457)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1243 (+ ?x141 ?x2440)))
 (let ((?x1546 (* |h2[1,0]| ?x1243)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1093 (+ ?x83 ?x2440)))
 (let ((?x1145 (* |h2[0,0]| ?x1093)))
 (let ((?x2184 (+ ?x1145 ?x1546)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2299 (+ ?x101 ?x2440)))
 (let ((?x2478 (+ ?x2299 ?x2184)))
 (let ((?x1655 (+ ?x2478 ?x1361)))
 (let ((?x2069 (+ ?x1655 ?x1544)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1427 (+ ?x131 ?x2069)))
 (let ((?x1736 (* ?x211 ?x1427)))
 (or (and (distinct ?x1736 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x467 (* ?x165 ?x192)))
 (let ((?x2221 (- ?x467)))
 (let ((?x1270 (+ ?x191 ?x2221)))
 (let ((?x2229 (- ?x1270)))
 (let ((?x2026 (* ?x129 ?x2229)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1044 (* ?x127 ?x192)))
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
 (let ((?x1384 (* ?x165 ?x585)))
 (let ((?x2444 (+ ?x1384 ?x1044)))
 (let ((?x2407 (- ?x2444)))
 (let ((?x2108 (+ ?x940 ?x2407)))
 (let ((?x2121 (/ ?x2108 scale)))
 (let ((?x2170 (+ ?x2121 ?x2026)))
 (let ((?x282 (- ?x2170)))
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
 (let ((?x298 (+ ?x935 ?x282)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2405 (+ ?x131 ?x298)))
 (let ((?x2025 (* ?x211 ?x2405)))
 (or (and (distinct ?x2025 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (= 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2575 (+ ?x127 ?x1178)))
 (let ((?x934 (- ?x2575)))
 (let ((?x2101 (+ ?x160 ?x934)))
 (let ((?x2152 (* ?x1555 ?x2101)))
 (let ((?x1291 (* ?x2152 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1255 (* 2.0 ?x2575)))
 (let ((?x446 (- ?x1255)))
 (let ((?x2406 (+ ?x160 ?x446)))
 (let ((?x767 (+ ?x88 ?x2406)))
 (let ((?x2349 (* ?x767 1.0)))
 (let ((?x1436 (* f2 ?x2349)))
 (let ((?x1332 (+ ?x1436 ?x178)))
 (let ((?x1774 (* ?x64 ?x2349)))
 (let ((?x309 (+ ?x1774 ?x1332)))
 (let ((?x1714 (- ?x309)))
 (let ((?x822 (* 2.0 ?x1714)))
 (let ((?x2452 (* ?x1555 ?x822)))
 (let ((?x2339 (+ ?x2452 ?x1291)))
 (let ((?x2582 (- ?x2339)))
 (let ((?x1773 (+ ?x1714 ?x2582)))
 (let ((?x1707 (/ ?x1773 scale)))
 (let ((?x745 (+ ?x1707 ?x2382)))
 (let ((?x490 (- ?x745)))
 (let ((?x2173 (* |g2[0]| ?x2349)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2436 (* (/ 1.0 2.0) ?x2349)))
 (let ((?x1566 (* 0.0 ?x2436)))
 (let ((?x1267 (+ ?x1566 ?x141)))
 (let ((?x1980 (* |h2[1,0]| ?x1267)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2634 (+ ?x1566 ?x83)))
 (let ((?x1333 (* |h2[0,0]| ?x2634)))
 (let ((?x2149 (+ ?x1333 ?x1980)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1719 (+ ?x1566 ?x101)))
 (let ((?x413 (+ ?x1719 ?x2149)))
 (let ((?x2607 (+ ?x413 ?x2173)))
 (let ((?x1448 (+ ?x2607 ?x490)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1032 (+ ?x131 ?x1448)))
 (let ((?x1224 (* ?x497 ?x1032)))
 (or (and (distinct ?x1224 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (= 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1558 (- ?x2238)))
 (let ((?x1108 (+ ?x160 ?x1558)))
 (let ((?x2773 (* ?x1555 ?x1108)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3493 (* ?x192 ?x2773)))
 (let ((?x2811 (* 2.0 ?x2238)))
 (let ((?x2944 (- ?x2811)))
 (let ((?x2117 (+ ?x160 ?x2944)))
 (let ((?x1870 (+ ?x88 ?x2117)))
 (let ((?x2314 (* 1.0 ?x1870)))
 (let ((?x3347 (* f2 ?x2314)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1284 (+ ?x178 ?x3347)))
 (let ((?x2529 (* ?x64 ?x2314)))
 (let ((?x1054 (+ ?x2529 ?x1284)))
 (let ((?x570 (- ?x1054)))
 (let ((?x2797 (* 2.0 ?x570)))
 (let ((?x1539 (* ?x1555 ?x2797)))
 (let ((?x2260 (+ ?x1539 ?x3493)))
 (let ((?x2255 (- ?x2260)))
 (let ((?x1240 (+ ?x570 ?x2255)))
 (let ((?x2336 (/ ?x1240 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2632 (+ ?x2382 ?x2336)))
 (let ((?x1282 (- ?x2632)))
 (let ((?x731 (* |g2[0]| ?x2314)))
 (let ((?x853 (* (/ 1.0 2.0) ?x2314)))
 (let ((?x2728 (* 0.0 ?x853)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1561 (+ ?x141 ?x2728)))
 (let ((?x2732 (* |h2[1,0]| ?x1561)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1620 (+ ?x83 ?x2728)))
 (let ((?x542 (* |h2[0,0]| ?x1620)))
 (let ((?x432 (+ ?x542 ?x2732)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2814 (+ ?x101 ?x2728)))
 (let ((?x1858 (+ ?x2814 ?x432)))
 (let ((?x3063 (+ ?x1858 ?x731)))
 (let ((?x2791 (+ ?x3063 ?x1282)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2585 (+ ?x131 ?x2791)))
 (let ((?x2088 (* ?x497 ?x2585)))
 (or (and (distinct ?x2088 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (= 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x467 (* ?x165 ?x192)))
 (let ((?x2221 (- ?x467)))
 (let ((?x1270 (+ ?x191 ?x2221)))
 (let ((?x2229 (- ?x1270)))
 (let ((?x2026 (* ?x129 ?x2229)))
 (let ((?x1044 (* ?x127 ?x192)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x2658 (* ?x165 ?x2060)))
 (let ((?x705 (+ ?x2658 ?x1044)))
 (let ((?x1456 (- ?x705)))
 (let ((?x3636 (+ ?x556 ?x1456)))
 (let ((?x1104 (/ ?x3636 scale)))
 (let ((?x3060 (+ ?x1104 ?x2026)))
 (let ((?x2397 (- ?x3060)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x3543 (+ ?x2448 ?x2397)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1630 (+ ?x131 ?x3543)))
 (let ((?x3116 (* ?x497 ?x1630)))
 (or (and (distinct ?x3116 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568))))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2293 (/ ?x1514 exp!1)))
 (let ((?x1555 (* ?x2293 exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1099 (- ?x273)))
 (let ((?x1511 (+ ?x160 ?x1099)))
 (let ((?x1628 (* ?x96 ?x1511)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1447 (* ?x192 ?x1628)))
 (let ((?x2394 (* 2.0 ?x273)))
 (let ((?x1069 (- ?x2394)))
 (let ((?x1072 (+ ?x160 ?x1069)))
 (let ((?x1371 (+ ?x88 ?x1072)))
 (let ((?x989 (* 1.0 ?x1371)))
 (let ((?x2442 (* f2 ?x989)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x378 (+ ?x178 ?x2442)))
 (let ((?x1092 (* ?x64 ?x989)))
 (let ((?x315 (+ ?x1092 ?x378)))
 (let ((?x2371 (- ?x315)))
 (let ((?x1112 (* 2.0 ?x2371)))
 (let ((?x1047 (* ?x96 ?x1112)))
 (let ((?x2035 (+ ?x1047 ?x1447)))
 (let ((?x2451 (- ?x2035)))
 (let ((?x1527 (+ ?x2371 ?x2451)))
 (let ((?x2467 (/ ?x1527 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x1947 (+ ?x202 ?x2467)))
 (let ((?x1544 (- ?x1947)))
 (let ((?x1361 (* |g2[0]| ?x989)))
 (let ((?x457 (* (/ 1.0 2.0) ?x989)))
 (let ((?x2440 (* 0.0 ?x457)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1243 (+ ?x141 ?x2440)))
 (let ((?x1546 (* |h2[1,0]| ?x1243)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1093 (+ ?x83 ?x2440)))
 (let ((?x1145 (* |h2[0,0]| ?x1093)))
 (let ((?x2184 (+ ?x1145 ?x1546)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2299 (+ ?x101 ?x2440)))
 (let ((?x2478 (+ ?x2299 ?x2184)))
 (let ((?x1655 (+ ?x2478 ?x1361)))
 (let ((?x2069 (+ ?x1655 ?x1544)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1427 (+ ?x131 ?x2069)))
 (let ((?x1736 (* ?x211 ?x1427)))
 (or (and (distinct ?x1736 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x467 (* ?x165 ?x192)))
 (let ((?x2221 (- ?x467)))
 (let ((?x1270 (+ ?x191 ?x2221)))
 (let ((?x2229 (- ?x1270)))
 (let ((?x2026 (* ?x129 ?x2229)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1044 (* ?x127 ?x192)))
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
 (let ((?x1384 (* ?x165 ?x585)))
 (let ((?x2444 (+ ?x1384 ?x1044)))
 (let ((?x2407 (- ?x2444)))
 (let ((?x2108 (+ ?x940 ?x2407)))
 (let ((?x2121 (/ ?x2108 scale)))
 (let ((?x2170 (+ ?x2121 ?x2026)))
 (let ((?x282 (- ?x2170)))
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
 (let ((?x298 (+ ?x935 ?x282)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2405 (+ ?x131 ?x298)))
 (let ((?x2025 (* ?x211 ?x2405)))
 (or (and (distinct ?x2025 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (= 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2575 (+ ?x127 ?x1178)))
 (let ((?x934 (- ?x2575)))
 (let ((?x2101 (+ ?x160 ?x934)))
 (let ((?x2152 (* ?x1555 ?x2101)))
 (let ((?x1291 (* ?x2152 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1255 (* 2.0 ?x2575)))
 (let ((?x446 (- ?x1255)))
 (let ((?x2406 (+ ?x160 ?x446)))
 (let ((?x767 (+ ?x88 ?x2406)))
 (let ((?x2349 (* ?x767 1.0)))
 (let ((?x1436 (* f2 ?x2349)))
 (let ((?x1332 (+ ?x1436 ?x178)))
 (let ((?x1774 (* ?x64 ?x2349)))
 (let ((?x309 (+ ?x1774 ?x1332)))
 (let ((?x1714 (- ?x309)))
 (let ((?x822 (* 2.0 ?x1714)))
 (let ((?x2452 (* ?x1555 ?x822)))
 (let ((?x2339 (+ ?x2452 ?x1291)))
 (let ((?x2582 (- ?x2339)))
 (let ((?x1773 (+ ?x1714 ?x2582)))
 (let ((?x1707 (/ ?x1773 scale)))
 (let ((?x745 (+ ?x1707 ?x2382)))
 (let ((?x490 (- ?x745)))
 (let ((?x2173 (* |g2[0]| ?x2349)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2436 (* (/ 1.0 2.0) ?x2349)))
 (let ((?x1566 (* 0.0 ?x2436)))
 (let ((?x1267 (+ ?x1566 ?x141)))
 (let ((?x1980 (* |h2[1,0]| ?x1267)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2634 (+ ?x1566 ?x83)))
 (let ((?x1333 (* |h2[0,0]| ?x2634)))
 (let ((?x2149 (+ ?x1333 ?x1980)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1719 (+ ?x1566 ?x101)))
 (let ((?x413 (+ ?x1719 ?x2149)))
 (let ((?x2607 (+ ?x413 ?x2173)))
 (let ((?x1448 (+ ?x2607 ?x490)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1032 (+ ?x131 ?x1448)))
 (let ((?x1224 (* ?x497 ?x1032)))
 (or (and (distinct ?x1224 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (= 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1558 (- ?x2238)))
 (let ((?x1108 (+ ?x160 ?x1558)))
 (let ((?x2773 (* ?x1555 ?x1108)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3493 (* ?x192 ?x2773)))
 (let ((?x2811 (* 2.0 ?x2238)))
 (let ((?x2944 (- ?x2811)))
 (let ((?x2117 (+ ?x160 ?x2944)))
 (let ((?x1870 (+ ?x88 ?x2117)))
 (let ((?x2314 (* 1.0 ?x1870)))
 (let ((?x3347 (* f2 ?x2314)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1284 (+ ?x178 ?x3347)))
 (let ((?x2529 (* ?x64 ?x2314)))
 (let ((?x1054 (+ ?x2529 ?x1284)))
 (let ((?x570 (- ?x1054)))
 (let ((?x2797 (* 2.0 ?x570)))
 (let ((?x1539 (* ?x1555 ?x2797)))
 (let ((?x2260 (+ ?x1539 ?x3493)))
 (let ((?x2255 (- ?x2260)))
 (let ((?x1240 (+ ?x570 ?x2255)))
 (let ((?x2336 (/ ?x1240 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2632 (+ ?x2382 ?x2336)))
 (let ((?x1282 (- ?x2632)))
 (let ((?x731 (* |g2[0]| ?x2314)))
 (let ((?x853 (* (/ 1.0 2.0) ?x2314)))
 (let ((?x2728 (* 0.0 ?x853)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1561 (+ ?x141 ?x2728)))
 (let ((?x2732 (* |h2[1,0]| ?x1561)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1620 (+ ?x83 ?x2728)))
 (let ((?x542 (* |h2[0,0]| ?x1620)))
 (let ((?x432 (+ ?x542 ?x2732)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2814 (+ ?x101 ?x2728)))
 (let ((?x1858 (+ ?x2814 ?x432)))
 (let ((?x3063 (+ ?x1858 ?x731)))
 (let ((?x2791 (+ ?x3063 ?x1282)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2585 (+ ?x131 ?x2791)))
 (let ((?x2088 (* ?x497 ?x2585)))
 (or (and (distinct ?x2088 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (= 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x467 (* ?x165 ?x192)))
 (let ((?x2221 (- ?x467)))
 (let ((?x1270 (+ ?x191 ?x2221)))
 (let ((?x2229 (- ?x1270)))
 (let ((?x2026 (* ?x129 ?x2229)))
 (let ((?x1044 (* ?x127 ?x192)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x2658 (* ?x165 ?x2060)))
 (let ((?x705 (+ ?x2658 ?x1044)))
 (let ((?x1456 (- ?x705)))
 (let ((?x3636 (+ ?x556 ?x1456)))
 (let ((?x1104 (/ ?x3636 scale)))
 (let ((?x3060 (+ ?x1104 ?x2026)))
 (let ((?x2397 (- ?x3060)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x3543 (+ ?x2448 ?x2397)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1630 (+ ?x131 ?x3543)))
 (let ((?x3116 (* ?x497 ?x1630)))
 (or (and (distinct ?x3116 ?x1308) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
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
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x1443 (* (/ 1.0 2.0) ?x160)))
 (let ((?x993 (+ ?x1443 ?x1049)))
 (let ((?x1278 (* 2.0 ?x993)))
 (let ((?x1177 (- ?x1278)))
 (let ((?x1471 (+ ?x160 ?x1177)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1016 (+ ?x88 ?x1471)))
 (let ((?x594 (* ?x497 ?x1016)))
 (let ((?x1521 (* |g2[0]| ?x594)))
 (let ((?x1690 (+ ?x1521 ?x1100)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x1564 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1306 (+ ?x1564 ?x1233)))
 (let ((?x357 (* 2.0 ?x1306)))
 (let ((?x691 (- ?x357)))
 (let ((?x1973 (+ ?x245 ?x691)))
 (let ((?x244 (- ?x67)))
 (let ((?x1930 (+ ?x244 ?x1973)))
 (let ((?x2045 (* ?x497 ?x1930)))
 (let ((?x372 (* |g2[1]| ?x2045)))
 (let ((?x2236 (* ?x1930 ?x594)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1702 (* (/ 1.0 2.0) ?x223)))
 (let ((?x2427 (+ ?x1702 ?x2540)))
 (let ((?x2599 (* 2.0 ?x2427)))
 (let ((?x2057 (- ?x2599)))
 (let ((?x1602 (+ ?x223 ?x2057)))
 (let ((?x215 (- ?x214)))
 (let ((?x400 (+ ?x215 ?x1602)))
 (let ((?x1802 (* ?x497 ?x400)))
 (let ((?x2002 (+ ?x1802 ?x2236)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2498 (* ?x213 ?x2002)))
 (let ((?x1616 (+ ?x2498 ?x372)))
 (let ((?x1308 (+ ?x1616 ?x1690)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x1308) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (< 0.0 ?x1009))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let (($x2568 (= 0.0 ?x1009)))
 (not $x2568)))))
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
 (let ((?x2947 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1009 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1049 (/ ?x127 ?x1009)))
 (let ((?x2522 (+ ?x1049 ?x2947)))
 (let ((?x2344 (* 2.0 ?x2522)))
 (let ((?x2949 (- ?x2344)))
 (let ((?x2888 (+ ?x160 ?x2949)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2084 (+ ?x88 ?x2888)))
 (let ((?x1482 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x497 (* ?x1482 exp!2)))
 (let ((?x2555 (* ?x497 ?x2084)))
 (let ((?x1989 (* |g2[0]| ?x2555)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1100 (* ?x267 ?x497)))
 (let ((?x2557 (+ ?x1100 ?x1989)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2954 (* 0.0 ?x245)))
 (let ((?x971 (* ?x245 ?x165)))
 (let ((?x1233 (/ ?x971 ?x1009)))
 (let ((?x2950 (+ ?x1233 ?x2954)))
 (let ((?x2010 (* 2.0 ?x2950)))
 (let ((?x1825 (- ?x2010)))
 (let ((?x2288 (+ ?x245 ?x1825)))
 (let ((?x244 (- ?x67)))
 (let ((?x1908 (+ ?x244 ?x2288)))
 (let ((?x1418 (* ?x497 ?x1908)))
 (let ((?x449 (* |g2[1]| ?x1418)))
 (let ((?x1180 (* ?x1908 ?x2555)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2357 (* 0.0 ?x223)))
 (let ((?x668 (- ?x127)))
 (let ((?x1126 (* ?x971 ?x668)))
 (let ((?x314 (/ 1.0 (* ?x1009 ?x1009))))
 (let ((?x1974 (* ?x314 ?x1126)))
 (let ((?x1257 (* ?x245 ?x127)))
 (let ((?x2414 (* ?x223 ?x165)))
 (let ((?x1724 (+ ?x2414 ?x1257)))
 (let ((?x1052 (/ ?x1724 ?x1009)))
 (let ((?x2540 (+ ?x1052 ?x1974)))
 (let ((?x1234 (+ ?x2540 ?x2357)))
 (let ((?x1019 (* 2.0 ?x1234)))
 (let ((?x2952 (- ?x1019)))
 (let ((?x1478 (+ ?x223 ?x2952)))
 (let ((?x215 (- ?x214)))
 (let ((?x2953 (+ ?x215 ?x1478)))
 (let ((?x2946 (* ?x497 ?x2953)))
 (let ((?x1508 (+ ?x2946 ?x1180)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1269 (* ?x213 ?x1508)))
 (let ((?x2943 (+ ?x1269 ?x449)))
 (let ((?x2934 (+ ?x2943 ?x2557)))
 (let ((?x1555 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2238 (* ?x160 ?x1555)))
 (let ((?x1514 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1178 (* 0.0 ?x1514)))
 (let ((?x2399 (+ ?x1178 ?x2238)))
 (let ((?x1109 (- ?x2399)))
 (let ((?x1279 (+ ?x160 ?x1109)))
 (let ((?x537 (* ?x1555 ?x1279)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x583 (* ?x192 ?x537)))
 (let ((?x2136 (* 2.0 ?x2399)))
 (let ((?x2269 (- ?x2136)))
 (let ((?x325 (+ ?x160 ?x2269)))
 (let ((?x1470 (+ ?x88 ?x325)))
 (let ((?x2514 (* 1.0 ?x1470)))
 (let ((?x1141 (* f2 ?x2514)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x927 (+ ?x178 ?x1141)))
 (let ((?x632 (* ?x64 ?x2514)))
 (let ((?x1346 (+ ?x632 ?x927)))
 (let ((?x556 (- ?x1346)))
 (let ((?x2060 (* 2.0 ?x556)))
 (let ((?x885 (* ?x1555 ?x2060)))
 (let ((?x2596 (+ ?x885 ?x583)))
 (let ((?x2046 (- ?x2596)))
 (let ((?x1597 (+ ?x556 ?x2046)))
 (let ((?x591 (/ ?x1597 scale)))
 (let ((?x2501 (* ?x1555 ?x192)))
 (let ((?x1474 (- ?x2501)))
 (let ((?x2181 (+ ?x191 ?x1474)))
 (let ((?x2425 (- ?x2181)))
 (let ((?x2382 (* ?x129 ?x2425)))
 (let ((?x2064 (+ ?x2382 ?x591)))
 (let ((?x1217 (- ?x2064)))
 (let ((?x780 (* |g2[0]| ?x2514)))
 (let ((?x321 (* (/ 1.0 2.0) ?x2514)))
 (let ((?x944 (* 0.0 ?x321)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x716 (+ ?x141 ?x944)))
 (let ((?x1409 (* |h2[1,0]| ?x716)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1045 (+ ?x83 ?x944)))
 (let ((?x1460 (* |h2[0,0]| ?x1045)))
 (let ((?x624 (+ ?x1460 ?x1409)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x805 (+ ?x101 ?x944)))
 (let ((?x1095 (+ ?x805 ?x624)))
 (let ((?x2448 (+ ?x1095 ?x780)))
 (let ((?x704 (+ ?x2448 ?x1217)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1715 (+ ?x131 ?x704)))
 (let ((?x2446 (* ?x497 ?x1715)))
 (or (and (distinct ?x2446 ?x2934) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
