; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'second_order.hessian_identity[1]', verdict unproved
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
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
 (let ((?x971 (- ?x273)))
 (let ((?x634 (+ ?x160 ?x971)))
 (let ((?x1622 (* ?x96 ?x634)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1093 (* ?x192 ?x1622)))
 (let ((?x2388 (* 2.0 ?x273)))
 (let ((?x683 (- ?x2388)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x1087 (+ ?x88 ?x684)))
 (let ((?x695 (* 1.0 ?x1087)))
 (let ((?x2436 (* f2 ?x695)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1543 (+ ?x178 ?x2436)))
 (let ((?x374 (* ?x64 ?x695)))
 (let ((?x1851 (+ ?x374 ?x1543)))
 (let ((?x2365 (- ?x1851)))
 (let ((?x1539 (* 2.0 ?x2365)))
 (let ((?x1042 (* ?x96 ?x1539)))
 (let ((?x2354 (+ ?x1042 ?x1093)))
 (let ((?x2029 (- ?x2354)))
 (let ((?x1521 (+ ?x2365 ?x2029)))
 (let ((?x2419 (/ ?x1521 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x2390 (+ ?x202 ?x2419)))
 (let ((?x1412 (- ?x2390)))
 (let ((?x1426 (* |g2[0]| ?x695)))
 (let ((?x278 (* (/ 1.0 2.0) ?x695)))
 (let ((?x2178 (* 0.0 ?x278)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2058 (+ ?x141 ?x2178)))
 (let ((?x2498 (* |h2[1,0]| ?x2058)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2470 (+ ?x83 ?x2178)))
 (let ((?x857 (* |h2[0,0]| ?x2470)))
 (let ((?x674 (+ ?x857 ?x2498)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1443 (+ ?x101 ?x2178)))
 (let ((?x1004 (+ ?x1443 ?x674)))
 (let ((?x1649 (+ ?x1004 ?x1426)))
 (let ((?x1439 (+ ?x1649 ?x1412)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2446 (+ ?x131 ?x1439)))
 (let ((?x1730 (* ?x211 ?x2446)))
 (or (and (distinct ?x1730 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
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
 (let ((?x1892 (* ?x165 ?x192)))
 (let ((?x1226 (- ?x1892)))
 (let ((?x2376 (+ ?x191 ?x1226)))
 (let ((?x2507 (- ?x2376)))
 (let ((?x2126 (* ?x129 ?x2507)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2016 (* ?x127 ?x192)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x1579 (* ?x165 ?x304)))
 (let ((?x2032 (+ ?x1579 ?x2016)))
 (let ((?x2194 (- ?x2032)))
 (let ((?x1858 (+ ?x739 ?x2194)))
 (let ((?x2145 (/ ?x1858 scale)))
 (let ((?x2355 (+ ?x2145 ?x2126)))
 (let ((?x1304 (- ?x2355)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x2394 (+ ?x1292 ?x1304)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1956 (+ ?x131 ?x2394)))
 (let ((?x1688 (* ?x211 ?x1956)))
 (or (and (distinct ?x1688 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (= 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x688 (+ ?x127 ?x1327)))
 (let ((?x1836 (- ?x688)))
 (let ((?x1082 (+ ?x160 ?x1836)))
 (let ((?x1643 (* ?x1718 ?x1082)))
 (let ((?x1770 (* ?x1643 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1814 (* 2.0 ?x688)))
 (let ((?x405 (- ?x1814)))
 (let ((?x1867 (+ ?x160 ?x405)))
 (let ((?x2262 (+ ?x88 ?x1867)))
 (let ((?x956 (* ?x2262 1.0)))
 (let ((?x2257 (* f2 ?x956)))
 (let ((?x1401 (+ ?x2257 ?x178)))
 (let ((?x2179 (* ?x64 ?x956)))
 (let ((?x2491 (+ ?x2179 ?x1401)))
 (let ((?x1009 (- ?x2491)))
 (let ((?x772 (* 2.0 ?x1009)))
 (let ((?x2121 (* ?x1718 ?x772)))
 (let ((?x2348 (+ ?x2121 ?x1770)))
 (let ((?x598 (- ?x2348)))
 (let ((?x1129 (+ ?x1009 ?x598)))
 (let ((?x1005 (/ ?x1129 scale)))
 (let ((?x1242 (+ ?x1005 ?x2557)))
 (let ((?x1469 (- ?x1242)))
 (let ((?x1175 (* |g2[0]| ?x956)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1703 (* (/ 1.0 2.0) ?x956)))
 (let ((?x1325 (* 0.0 ?x1703)))
 (let ((?x911 (+ ?x1325 ?x141)))
 (let ((?x1662 (* |h2[1,0]| ?x911)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1419 (+ ?x1325 ?x83)))
 (let ((?x2594 (* |h2[0,0]| ?x1419)))
 (let ((?x318 (+ ?x2594 ?x1662)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2622 (+ ?x1325 ?x101)))
 (let ((?x2504 (+ ?x2622 ?x318)))
 (let ((?x554 (+ ?x2504 ?x1175)))
 (let ((?x1879 (+ ?x554 ?x1469)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x884 (+ ?x131 ?x1879)))
 (let ((?x473 (* ?x1777 ?x884)))
 (or (and (distinct ?x473 ?x2173) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (= 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x2198 (- ?x785)))
 (let ((?x1516 (+ ?x160 ?x2198)))
 (let ((?x2888 (* ?x1718 ?x1516)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3427 (* ?x192 ?x2888)))
 (let ((?x498 (* 2.0 ?x785)))
 (let ((?x2956 (- ?x498)))
 (let ((?x2467 (+ ?x160 ?x2956)))
 (let ((?x2002 (+ ?x88 ?x2467)))
 (let ((?x1932 (* 1.0 ?x2002)))
 (let ((?x2799 (* f2 ?x1932)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x482 (+ ?x178 ?x2799)))
 (let ((?x2618 (* ?x64 ?x1932)))
 (let ((?x958 (+ ?x2618 ?x482)))
 (let ((?x1044 (- ?x958)))
 (let ((?x2712 (* 2.0 ?x1044)))
 (let ((?x1980 (* ?x1718 ?x2712)))
 (let ((?x3313 (+ ?x1980 ?x3427)))
 (let ((?x1604 (- ?x3313)))
 (let ((?x1174 (+ ?x1044 ?x1604)))
 (let ((?x2876 (/ ?x1174 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x1244 (+ ?x2557 ?x2876)))
 (let ((?x462 (- ?x1244)))
 (let ((?x1609 (* |g2[0]| ?x1932)))
 (let ((?x1870 (* (/ 1.0 2.0) ?x1932)))
 (let ((?x723 (* 0.0 ?x1870)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2335 (+ ?x141 ?x723)))
 (let ((?x832 (* |h2[1,0]| ?x2335)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2726 (+ ?x83 ?x723)))
 (let ((?x1275 (* |h2[0,0]| ?x2726)))
 (let ((?x322 (+ ?x1275 ?x832)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2317 (+ ?x101 ?x723)))
 (let ((?x1559 (+ ?x2317 ?x322)))
 (let ((?x2718 (+ ?x1559 ?x1609)))
 (let ((?x1457 (+ ?x2718 ?x462)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2855 (+ ?x131 ?x1457)))
 (let ((?x626 (* ?x1777 ?x2855)))
 (or (and (distinct ?x626 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (= 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1892 (* ?x165 ?x192)))
 (let ((?x1226 (- ?x1892)))
 (let ((?x2376 (+ ?x191 ?x1226)))
 (let ((?x2507 (- ?x2376)))
 (let ((?x2126 (* ?x129 ?x2507)))
 (let ((?x2016 (* ?x127 ?x192)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1502 (* ?x165 ?x1450)))
 (let ((?x372 (+ ?x1502 ?x2016)))
 (let ((?x1751 (- ?x372)))
 (let ((?x3216 (+ ?x661 ?x1751)))
 (let ((?x2484 (/ ?x3216 scale)))
 (let ((?x3296 (+ ?x2484 ?x2126)))
 (let ((?x1902 (- ?x3296)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x3405 (+ ?x1177 ?x1902)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1110 (+ ?x131 ?x3405)))
 (let ((?x3094 (* ?x1777 ?x1110)))
 (or (and (distinct ?x3094 ?x2173) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330))))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1665 (/ ?x901 exp!1)))
 (let ((?x1718 (* ?x1665 exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x971 (- ?x273)))
 (let ((?x634 (+ ?x160 ?x971)))
 (let ((?x1622 (* ?x96 ?x634)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1093 (* ?x192 ?x1622)))
 (let ((?x2388 (* 2.0 ?x273)))
 (let ((?x683 (- ?x2388)))
 (let ((?x684 (+ ?x160 ?x683)))
 (let ((?x1087 (+ ?x88 ?x684)))
 (let ((?x695 (* 1.0 ?x1087)))
 (let ((?x2436 (* f2 ?x695)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1543 (+ ?x178 ?x2436)))
 (let ((?x374 (* ?x64 ?x695)))
 (let ((?x1851 (+ ?x374 ?x1543)))
 (let ((?x2365 (- ?x1851)))
 (let ((?x1539 (* 2.0 ?x2365)))
 (let ((?x1042 (* ?x96 ?x1539)))
 (let ((?x2354 (+ ?x1042 ?x1093)))
 (let ((?x2029 (- ?x2354)))
 (let ((?x1521 (+ ?x2365 ?x2029)))
 (let ((?x2419 (/ ?x1521 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x2390 (+ ?x202 ?x2419)))
 (let ((?x1412 (- ?x2390)))
 (let ((?x1426 (* |g2[0]| ?x695)))
 (let ((?x278 (* (/ 1.0 2.0) ?x695)))
 (let ((?x2178 (* 0.0 ?x278)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2058 (+ ?x141 ?x2178)))
 (let ((?x2498 (* |h2[1,0]| ?x2058)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2470 (+ ?x83 ?x2178)))
 (let ((?x857 (* |h2[0,0]| ?x2470)))
 (let ((?x674 (+ ?x857 ?x2498)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1443 (+ ?x101 ?x2178)))
 (let ((?x1004 (+ ?x1443 ?x674)))
 (let ((?x1649 (+ ?x1004 ?x1426)))
 (let ((?x1439 (+ ?x1649 ?x1412)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2446 (+ ?x131 ?x1439)))
 (let ((?x1730 (* ?x211 ?x2446)))
 (or (and (distinct ?x1730 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1892 (* ?x165 ?x192)))
 (let ((?x1226 (- ?x1892)))
 (let ((?x2376 (+ ?x191 ?x1226)))
 (let ((?x2507 (- ?x2376)))
 (let ((?x2126 (* ?x129 ?x2507)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2016 (* ?x127 ?x192)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x273 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x271 (+ ?x110 ?x273)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x1579 (* ?x165 ?x304)))
 (let ((?x2032 (+ ?x1579 ?x2016)))
 (let ((?x2194 (- ?x2032)))
 (let ((?x1858 (+ ?x739 ?x2194)))
 (let ((?x2145 (/ ?x1858 scale)))
 (let ((?x2355 (+ ?x2145 ?x2126)))
 (let ((?x1304 (- ?x2355)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x2394 (+ ?x1292 ?x1304)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1956 (+ ?x131 ?x2394)))
 (let ((?x1688 (* ?x211 ?x1956)))
 (or (and (distinct ?x1688 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x905 (- ?x271)))
 (let ((?x908 (+ ?x160 ?x905)))
 (let ((?x909 (* ?x96 ?x908)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x937 (* ?x192 ?x909)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x692 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x693 (+ ?x178 ?x692)))
 (let ((?x606 (* ?x64 ?x1210)))
 (let ((?x569 (+ ?x606 ?x693)))
 (let ((?x739 (- ?x569)))
 (let ((?x304 (* 2.0 ?x739)))
 (let ((?x907 (* ?x96 ?x304)))
 (let ((?x938 (+ ?x907 ?x937)))
 (let ((?x935 (- ?x938)))
 (let ((?x936 (+ ?x739 ?x935)))
 (let ((?x941 (/ ?x936 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x942 (+ ?x202 ?x941)))
 (let ((?x939 (- ?x942)))
 (let ((?x1291 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1260 (+ ?x141 ?x1215)))
 (let ((?x1282 (* |h2[1,0]| ?x1260)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x1293 (+ ?x601 ?x1282)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x1294 (+ ?x1216 ?x1293)))
 (let ((?x1292 (+ ?x1294 ?x1291)))
 (let ((?x940 (+ ?x1292 ?x939)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x585 (+ ?x131 ?x940)))
 (let ((?x685 (* ?x211 ?x585)))
 (or (and (distinct ?x685 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (= 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x688 (+ ?x127 ?x1327)))
 (let ((?x1836 (- ?x688)))
 (let ((?x1082 (+ ?x160 ?x1836)))
 (let ((?x1643 (* ?x1718 ?x1082)))
 (let ((?x1770 (* ?x1643 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1814 (* 2.0 ?x688)))
 (let ((?x405 (- ?x1814)))
 (let ((?x1867 (+ ?x160 ?x405)))
 (let ((?x2262 (+ ?x88 ?x1867)))
 (let ((?x956 (* ?x2262 1.0)))
 (let ((?x2257 (* f2 ?x956)))
 (let ((?x1401 (+ ?x2257 ?x178)))
 (let ((?x2179 (* ?x64 ?x956)))
 (let ((?x2491 (+ ?x2179 ?x1401)))
 (let ((?x1009 (- ?x2491)))
 (let ((?x772 (* 2.0 ?x1009)))
 (let ((?x2121 (* ?x1718 ?x772)))
 (let ((?x2348 (+ ?x2121 ?x1770)))
 (let ((?x598 (- ?x2348)))
 (let ((?x1129 (+ ?x1009 ?x598)))
 (let ((?x1005 (/ ?x1129 scale)))
 (let ((?x1242 (+ ?x1005 ?x2557)))
 (let ((?x1469 (- ?x1242)))
 (let ((?x1175 (* |g2[0]| ?x956)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1703 (* (/ 1.0 2.0) ?x956)))
 (let ((?x1325 (* 0.0 ?x1703)))
 (let ((?x911 (+ ?x1325 ?x141)))
 (let ((?x1662 (* |h2[1,0]| ?x911)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1419 (+ ?x1325 ?x83)))
 (let ((?x2594 (* |h2[0,0]| ?x1419)))
 (let ((?x318 (+ ?x2594 ?x1662)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2622 (+ ?x1325 ?x101)))
 (let ((?x2504 (+ ?x2622 ?x318)))
 (let ((?x554 (+ ?x2504 ?x1175)))
 (let ((?x1879 (+ ?x554 ?x1469)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x884 (+ ?x131 ?x1879)))
 (let ((?x473 (* ?x1777 ?x884)))
 (or (and (distinct ?x473 ?x2173) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (= 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x2198 (- ?x785)))
 (let ((?x1516 (+ ?x160 ?x2198)))
 (let ((?x2888 (* ?x1718 ?x1516)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3427 (* ?x192 ?x2888)))
 (let ((?x498 (* 2.0 ?x785)))
 (let ((?x2956 (- ?x498)))
 (let ((?x2467 (+ ?x160 ?x2956)))
 (let ((?x2002 (+ ?x88 ?x2467)))
 (let ((?x1932 (* 1.0 ?x2002)))
 (let ((?x2799 (* f2 ?x1932)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x482 (+ ?x178 ?x2799)))
 (let ((?x2618 (* ?x64 ?x1932)))
 (let ((?x958 (+ ?x2618 ?x482)))
 (let ((?x1044 (- ?x958)))
 (let ((?x2712 (* 2.0 ?x1044)))
 (let ((?x1980 (* ?x1718 ?x2712)))
 (let ((?x3313 (+ ?x1980 ?x3427)))
 (let ((?x1604 (- ?x3313)))
 (let ((?x1174 (+ ?x1044 ?x1604)))
 (let ((?x2876 (/ ?x1174 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x1244 (+ ?x2557 ?x2876)))
 (let ((?x462 (- ?x1244)))
 (let ((?x1609 (* |g2[0]| ?x1932)))
 (let ((?x1870 (* (/ 1.0 2.0) ?x1932)))
 (let ((?x723 (* 0.0 ?x1870)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2335 (+ ?x141 ?x723)))
 (let ((?x832 (* |h2[1,0]| ?x2335)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2726 (+ ?x83 ?x723)))
 (let ((?x1275 (* |h2[0,0]| ?x2726)))
 (let ((?x322 (+ ?x1275 ?x832)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2317 (+ ?x101 ?x723)))
 (let ((?x1559 (+ ?x2317 ?x322)))
 (let ((?x2718 (+ ?x1559 ?x1609)))
 (let ((?x1457 (+ ?x2718 ?x462)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2855 (+ ?x131 ?x1457)))
 (let ((?x626 (* ?x1777 ?x2855)))
 (or (and (distinct ?x626 ?x2173) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (= 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1892 (* ?x165 ?x192)))
 (let ((?x1226 (- ?x1892)))
 (let ((?x2376 (+ ?x191 ?x1226)))
 (let ((?x2507 (- ?x2376)))
 (let ((?x2126 (* ?x129 ?x2507)))
 (let ((?x2016 (* ?x127 ?x192)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1502 (* ?x165 ?x1450)))
 (let ((?x372 (+ ?x1502 ?x2016)))
 (let ((?x1751 (- ?x372)))
 (let ((?x3216 (+ ?x661 ?x1751)))
 (let ((?x2484 (/ ?x3216 scale)))
 (let ((?x3296 (+ ?x2484 ?x2126)))
 (let ((?x1902 (- ?x3296)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x3405 (+ ?x1177 ?x1902)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1110 (+ ?x131 ?x3405)))
 (let ((?x3094 (* ?x1777 ?x1110)))
 (or (and (distinct ?x3094 ?x2173) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
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
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1580 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2562 (+ ?x1580 ?x1356)))
 (let ((?x561 (* 2.0 ?x2562)))
 (let ((?x2353 (- ?x561)))
 (let ((?x2144 (+ ?x160 ?x2353)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x872 (+ ?x88 ?x2144)))
 (let ((?x1964 (* ?x1777 ?x872)))
 (let ((?x1816 (* |g2[0]| ?x1964)))
 (let ((?x351 (+ ?x1816 ?x1487)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x1479 (* (/ 1.0 2.0) ?x245)))
 (let ((?x665 (+ ?x1479 ?x344)))
 (let ((?x950 (* 2.0 ?x665)))
 (let ((?x1198 (- ?x950)))
 (let ((?x2621 (+ ?x245 ?x1198)))
 (let ((?x244 (- ?x67)))
 (let ((?x607 (+ ?x244 ?x2621)))
 (let ((?x2589 (* ?x1777 ?x607)))
 (let ((?x1433 (* |g2[1]| ?x2589)))
 (let ((?x2440 (* ?x607 ?x1964)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x769 (* (/ 1.0 2.0) ?x223)))
 (let ((?x913 (+ ?x769 ?x538)))
 (let ((?x2599 (* 2.0 ?x913)))
 (let ((?x1203 (- ?x2599)))
 (let ((?x456 (+ ?x223 ?x1203)))
 (let ((?x215 (- ?x214)))
 (let ((?x1560 (+ ?x215 ?x456)))
 (let ((?x1625 (* ?x1777 ?x1560)))
 (let ((?x2283 (+ ?x1625 ?x2440)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2333 (* ?x213 ?x2283)))
 (let ((?x1504 (+ ?x2333 ?x1433)))
 (let ((?x2173 (+ ?x1504 ?x351)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2173) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!39 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (< 0.0 ?x2076))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let (($x330 (= 0.0 ?x2076)))
 (not $x330)))))
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
 (let ((?x2959 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2076 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1356 (/ ?x127 ?x2076)))
 (let ((?x1876 (+ ?x1356 ?x2959)))
 (let ((?x2073 (* 2.0 ?x1876)))
 (let ((?x2961 (- ?x2073)))
 (let ((?x2900 (+ ?x160 ?x2961)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x704 (+ ?x88 ?x2900)))
 (let ((?x1682 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1777 (* ?x1682 exp!2)))
 (let ((?x1640 (* ?x1777 ?x704)))
 (let ((?x923 (* |g2[0]| ?x1640)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1487 (* ?x267 ?x1777)))
 (let ((?x651 (+ ?x1487 ?x923)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2966 (* 0.0 ?x245)))
 (let ((?x855 (* ?x245 ?x165)))
 (let ((?x344 (/ ?x855 ?x2076)))
 (let ((?x2962 (+ ?x344 ?x2966)))
 (let ((?x1725 (* 2.0 ?x2962)))
 (let ((?x1041 (- ?x1725)))
 (let ((?x1775 (+ ?x245 ?x1041)))
 (let ((?x244 (- ?x67)))
 (let ((?x679 (+ ?x244 ?x1775)))
 (let ((?x1126 (* ?x1777 ?x679)))
 (let ((?x2168 (* |g2[1]| ?x1126)))
 (let ((?x336 (* ?x679 ?x1640)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x2432 (* 0.0 ?x223)))
 (let ((?x873 (- ?x127)))
 (let ((?x1888 (* ?x855 ?x873)))
 (let ((?x1247 (/ 1.0 (* ?x2076 ?x2076))))
 (let ((?x829 (* ?x1247 ?x1888)))
 (let ((?x1092 (* ?x245 ?x127)))
 (let ((?x2634 (* ?x223 ?x165)))
 (let ((?x2157 (+ ?x2634 ?x1092)))
 (let ((?x1849 (/ ?x2157 ?x2076)))
 (let ((?x538 (+ ?x1849 ?x829)))
 (let ((?x639 (+ ?x538 ?x2432)))
 (let ((?x315 (* 2.0 ?x639)))
 (let ((?x2964 (- ?x315)))
 (let ((?x2111 (+ ?x223 ?x2964)))
 (let ((?x215 (- ?x214)))
 (let ((?x2965 (+ ?x215 ?x2111)))
 (let ((?x2958 (* ?x1777 ?x2965)))
 (let ((?x435 (+ ?x2958 ?x336)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2610 (* ?x213 ?x435)))
 (let ((?x2955 (+ ?x2610 ?x2168)))
 (let ((?x2946 (+ ?x2955 ?x651)))
 (let ((?x1718 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x785 (* ?x160 ?x1718)))
 (let ((?x901 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1327 (* 0.0 ?x901)))
 (let ((?x2133 (+ ?x1327 ?x785)))
 (let ((?x332 (- ?x2133)))
 (let ((?x2053 (+ ?x160 ?x332)))
 (let ((?x2357 (* ?x1718 ?x2053)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x308 (* ?x192 ?x2357)))
 (let ((?x514 (* 2.0 ?x2133)))
 (let ((?x947 (- ?x514)))
 (let ((?x424 (+ ?x160 ?x947)))
 (let ((?x1641 (+ ?x88 ?x424)))
 (let ((?x312 (* 1.0 ?x1641)))
 (let ((?x1003 (* f2 ?x312)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1766 (+ ?x178 ?x1003)))
 (let ((?x353 (* ?x64 ?x312)))
 (let ((?x1591 (+ ?x353 ?x1766)))
 (let ((?x661 (- ?x1591)))
 (let ((?x1450 (* 2.0 ?x661)))
 (let ((?x1804 (* ?x1718 ?x1450)))
 (let ((?x2147 (+ ?x1804 ?x308)))
 (let ((?x1754 (- ?x2147)))
 (let ((?x1815 (+ ?x661 ?x1754)))
 (let ((?x580 (/ ?x1815 scale)))
 (let ((?x490 (* ?x1718 ?x192)))
 (let ((?x1569 (- ?x490)))
 (let ((?x1743 (+ ?x191 ?x1569)))
 (let ((?x1201 (- ?x1743)))
 (let ((?x2557 (* ?x129 ?x1201)))
 (let ((?x2209 (+ ?x2557 ?x580)))
 (let ((?x2070 (- ?x2209)))
 (let ((?x1076 (* |g2[0]| ?x312)))
 (let ((?x681 (* (/ 1.0 2.0) ?x312)))
 (let ((?x1974 (* 0.0 ?x681)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x899 (+ ?x141 ?x1974)))
 (let ((?x2092 (* |h2[1,0]| ?x899)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1115 (+ ?x83 ?x1974)))
 (let ((?x2404 (* |h2[0,0]| ?x1115)))
 (let ((?x2113 (+ ?x2404 ?x2092)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1289 (+ ?x101 ?x1974)))
 (let ((?x371 (+ ?x1289 ?x2113)))
 (let ((?x1177 (+ ?x371 ?x1076)))
 (let ((?x2146 (+ ?x1177 ?x2070)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x603 (+ ?x131 ?x2146)))
 (let ((?x2163 (* ?x1777 ?x603)))
 (or (and (distinct ?x2163 ?x2946) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
