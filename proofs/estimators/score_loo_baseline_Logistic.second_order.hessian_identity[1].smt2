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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2430 (- ?x273)))
 (let ((?x2497 (+ ?x160 ?x2430)))
 (let ((?x1621 (* ?x96 ?x2497)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1999 (* ?x192 ?x1621)))
 (let ((?x2437 (* 2.0 ?x273)))
 (let ((?x680 (- ?x2437)))
 (let ((?x662 (+ ?x160 ?x680)))
 (let ((?x2418 (+ ?x88 ?x662)))
 (let ((?x608 (* 1.0 ?x2418)))
 (let ((?x2435 (* f2 ?x608)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2177 (+ ?x178 ?x2435)))
 (let ((?x2471 (* ?x64 ?x608)))
 (let ((?x1004 (+ ?x2471 ?x2177)))
 (let ((?x2505 (- ?x1004)))
 (let ((?x1519 (* 2.0 ?x2505)))
 (let ((?x1104 (* ?x96 ?x1519)))
 (let ((?x887 (+ ?x1104 ?x1999)))
 (let ((?x2028 (- ?x887)))
 (let ((?x910 (+ ?x2505 ?x2028)))
 (let ((?x283 (/ ?x910 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x2426 (+ ?x202 ?x283)))
 (let ((?x1403 (- ?x2426)))
 (let ((?x1428 (* |g2[0]| ?x608)))
 (let ((?x2449 (* (/ 1.0 2.0) ?x608)))
 (let ((?x1031 (* 0.0 ?x2449)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1055 (+ ?x141 ?x1031)))
 (let ((?x2209 (* |h2[1,0]| ?x1055)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2468 (+ ?x83 ?x1031)))
 (let ((?x444 (* |h2[0,0]| ?x2468)))
 (let ((?x1520 (+ ?x444 ?x2209)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2142 (+ ?x101 ?x1031)))
 (let ((?x1850 (+ ?x2142 ?x1520)))
 (let ((?x1648 (+ ?x1850 ?x1428)))
 (let ((?x2445 (+ ?x1648 ?x1403)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1383 (+ ?x131 ?x2445)))
 (let ((?x1539 (* ?x211 ?x1383)))
 (or (and (distinct ?x1539 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1457 (* ?x165 ?x192)))
 (let ((?x550 (- ?x1457)))
 (let ((?x976 (+ ?x191 ?x550)))
 (let ((?x291 (- ?x976)))
 (let ((?x2205 (* ?x129 ?x291)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1729 (* ?x127 ?x192)))
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
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x1952 (* ?x165 ?x938)))
 (let ((?x1136 (+ ?x1952 ?x1729)))
 (let ((?x657 (- ?x1136)))
 (let ((?x2372 (+ ?x937 ?x657)))
 (let ((?x1057 (/ ?x2372 scale)))
 (let ((?x1654 (+ ?x1057 ?x2205)))
 (let ((?x2508 (- ?x1654)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x1967 (+ ?x304 ?x2508)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1865 (+ ?x131 ?x1967)))
 (let ((?x2053 (* ?x211 ?x1865)))
 (or (and (distinct ?x2053 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (= 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x1661 (+ ?x127 ?x1870)))
 (let ((?x1487 (- ?x1661)))
 (let ((?x1605 (+ ?x160 ?x1487)))
 (let ((?x512 (* ?x2618 ?x1605)))
 (let ((?x1389 (* ?x512 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1064 (* 2.0 ?x1661)))
 (let ((?x2088 (- ?x1064)))
 (let ((?x2444 (+ ?x160 ?x2088)))
 (let ((?x571 (+ ?x88 ?x2444)))
 (let ((?x1957 (* ?x571 1.0)))
 (let ((?x1299 (* f2 ?x1957)))
 (let ((?x1070 (+ ?x1299 ?x178)))
 (let ((?x589 (* ?x64 ?x1957)))
 (let ((?x504 (+ ?x589 ?x1070)))
 (let ((?x799 (- ?x504)))
 (let ((?x1609 (* 2.0 ?x799)))
 (let ((?x1791 (* ?x2618 ?x1609)))
 (let ((?x2037 (+ ?x1791 ?x1389)))
 (let ((?x2300 (- ?x2037)))
 (let ((?x2211 (+ ?x799 ?x2300)))
 (let ((?x867 (/ ?x2211 scale)))
 (let ((?x1352 (+ ?x867 ?x1744)))
 (let ((?x1831 (- ?x1352)))
 (let ((?x1147 (* |g2[0]| ?x1957)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2407 (* (/ 1.0 2.0) ?x1957)))
 (let ((?x1906 (* 0.0 ?x2407)))
 (let ((?x1077 (+ ?x1906 ?x141)))
 (let ((?x1139 (* |h2[1,0]| ?x1077)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1524 (+ ?x1906 ?x83)))
 (let ((?x1362 (* |h2[0,0]| ?x1524)))
 (let ((?x493 (+ ?x1362 ?x1139)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1582 (+ ?x1906 ?x101)))
 (let ((?x783 (+ ?x1582 ?x493)))
 (let ((?x2598 (+ ?x783 ?x1147)))
 (let ((?x1543 (+ ?x2598 ?x1831)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1844 (+ ?x131 ?x1543)))
 (let ((?x1140 (* ?x2174 ?x1844)))
 (or (and (distinct ?x1140 ?x1698) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (= 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x456 (- ?x1103)))
 (let ((?x2583 (+ ?x160 ?x456)))
 (let ((?x2342 (* ?x2618 ?x2583)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3561 (* ?x192 ?x2342)))
 (let ((?x2938 (* 2.0 ?x1103)))
 (let ((?x2955 (- ?x2938)))
 (let ((?x2065 (+ ?x160 ?x2955)))
 (let ((?x2332 (+ ?x88 ?x2065)))
 (let ((?x501 (* 1.0 ?x2332)))
 (let ((?x1656 (* f2 ?x501)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x514 (+ ?x178 ?x1656)))
 (let ((?x2718 (* ?x64 ?x501)))
 (let ((?x3093 (+ ?x2718 ?x514)))
 (let ((?x570 (- ?x3093)))
 (let ((?x1932 (* 2.0 ?x570)))
 (let ((?x720 (* ?x2618 ?x1932)))
 (let ((?x3569 (+ ?x720 ?x3561)))
 (let ((?x1017 (- ?x3569)))
 (let ((?x2334 (+ ?x570 ?x1017)))
 (let ((?x995 (/ ?x2334 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x2607 (+ ?x1744 ?x995)))
 (let ((?x1815 (- ?x2607)))
 (let ((?x2094 (* |g2[0]| ?x501)))
 (let ((?x2820 (* (/ 1.0 2.0) ?x501)))
 (let ((?x429 (* 0.0 ?x2820)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x491 (+ ?x141 ?x429)))
 (let ((?x2823 (* |h2[1,0]| ?x491)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x889 (+ ?x83 ?x429)))
 (let ((?x631 (* |h2[0,0]| ?x889)))
 (let ((?x316 (+ ?x631 ?x2823)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2192 (+ ?x101 ?x429)))
 (let ((?x3396 (+ ?x2192 ?x316)))
 (let ((?x3322 (+ ?x3396 ?x2094)))
 (let ((?x985 (+ ?x3322 ?x1815)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1174 (+ ?x131 ?x985)))
 (let ((?x3520 (* ?x2174 ?x1174)))
 (or (and (distinct ?x3520 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (= 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1457 (* ?x165 ?x192)))
 (let ((?x550 (- ?x1457)))
 (let ((?x976 (+ ?x191 ?x550)))
 (let ((?x291 (- ?x976)))
 (let ((?x2205 (* ?x129 ?x291)))
 (let ((?x1729 (* ?x127 ?x192)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2548 (* ?x165 ?x849)))
 (let ((?x3059 (+ ?x2548 ?x1729)))
 (let ((?x1507 (- ?x3059)))
 (let ((?x3335 (+ ?x452 ?x1507)))
 (let ((?x1760 (/ ?x3335 scale)))
 (let ((?x3581 (+ ?x1760 ?x2205)))
 (let ((?x2813 (- ?x3581)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1525 (+ ?x2495 ?x2813)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1006 (+ ?x131 ?x1525)))
 (let ((?x2812 (* ?x2174 ?x1006)))
 (or (and (distinct ?x2812 ?x1698) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891))))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2261 (/ ?x1667 exp!1)))
 (let ((?x2618 (* ?x2261 exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2430 (- ?x273)))
 (let ((?x2497 (+ ?x160 ?x2430)))
 (let ((?x1621 (* ?x96 ?x2497)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1999 (* ?x192 ?x1621)))
 (let ((?x2437 (* 2.0 ?x273)))
 (let ((?x680 (- ?x2437)))
 (let ((?x662 (+ ?x160 ?x680)))
 (let ((?x2418 (+ ?x88 ?x662)))
 (let ((?x608 (* 1.0 ?x2418)))
 (let ((?x2435 (* f2 ?x608)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x2177 (+ ?x178 ?x2435)))
 (let ((?x2471 (* ?x64 ?x608)))
 (let ((?x1004 (+ ?x2471 ?x2177)))
 (let ((?x2505 (- ?x1004)))
 (let ((?x1519 (* 2.0 ?x2505)))
 (let ((?x1104 (* ?x96 ?x1519)))
 (let ((?x887 (+ ?x1104 ?x1999)))
 (let ((?x2028 (- ?x887)))
 (let ((?x910 (+ ?x2505 ?x2028)))
 (let ((?x283 (/ ?x910 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x2426 (+ ?x202 ?x283)))
 (let ((?x1403 (- ?x2426)))
 (let ((?x1428 (* |g2[0]| ?x608)))
 (let ((?x2449 (* (/ 1.0 2.0) ?x608)))
 (let ((?x1031 (* 0.0 ?x2449)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1055 (+ ?x141 ?x1031)))
 (let ((?x2209 (* |h2[1,0]| ?x1055)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2468 (+ ?x83 ?x1031)))
 (let ((?x444 (* |h2[0,0]| ?x2468)))
 (let ((?x1520 (+ ?x444 ?x2209)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2142 (+ ?x101 ?x1031)))
 (let ((?x1850 (+ ?x2142 ?x1520)))
 (let ((?x1648 (+ ?x1850 ?x1428)))
 (let ((?x2445 (+ ?x1648 ?x1403)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1383 (+ ?x131 ?x2445)))
 (let ((?x1539 (* ?x211 ?x1383)))
 (or (and (distinct ?x1539 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1457 (* ?x165 ?x192)))
 (let ((?x550 (- ?x1457)))
 (let ((?x976 (+ ?x191 ?x550)))
 (let ((?x291 (- ?x976)))
 (let ((?x2205 (* ?x129 ?x291)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1729 (* ?x127 ?x192)))
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
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x1952 (* ?x165 ?x938)))
 (let ((?x1136 (+ ?x1952 ?x1729)))
 (let ((?x657 (- ?x1136)))
 (let ((?x2372 (+ ?x937 ?x657)))
 (let ((?x1057 (/ ?x2372 scale)))
 (let ((?x1654 (+ ?x1057 ?x2205)))
 (let ((?x2508 (- ?x1654)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x1967 (+ ?x304 ?x2508)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1865 (+ ?x131 ?x1967)))
 (let ((?x2053 (* ?x211 ?x1865)))
 (or (and (distinct ?x2053 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x936 (- ?x271)))
 (let ((?x941 (+ ?x160 ?x936)))
 (let ((?x942 (* ?x96 ?x941)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x939 (* ?x192 ?x942)))
 (let ((?x272 (* 2.0 ?x271)))
 (let ((?x605 (- ?x272)))
 (let ((?x1208 (+ ?x160 ?x605)))
 (let ((?x1209 (+ ?x88 ?x1208)))
 (let ((?x1210 (* 1.0 ?x1209)))
 (let ((?x905 (* f2 ?x1210)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x908 (+ ?x178 ?x905)))
 (let ((?x907 (* ?x64 ?x1210)))
 (let ((?x909 (+ ?x907 ?x908)))
 (let ((?x937 (- ?x909)))
 (let ((?x938 (* 2.0 ?x937)))
 (let ((?x935 (* ?x96 ?x938)))
 (let ((?x940 (+ ?x935 ?x939)))
 (let ((?x585 (- ?x940)))
 (let ((?x685 (+ ?x937 ?x585)))
 (let ((?x683 (/ ?x685 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x684 (+ ?x202 ?x683)))
 (let ((?x788 (- ?x684)))
 (let ((?x739 (* |g2[0]| ?x1210)))
 (let ((?x1214 (* (/ 1.0 2.0) ?x1210)))
 (let ((?x1215 (* 0.0 ?x1214)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x606 (+ ?x141 ?x1215)))
 (let ((?x692 (* |h2[1,0]| ?x606)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1218 (+ ?x83 ?x1215)))
 (let ((?x601 (* |h2[0,0]| ?x1218)))
 (let ((?x693 (+ ?x601 ?x692)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1216 (+ ?x101 ?x1215)))
 (let ((?x569 (+ ?x1216 ?x693)))
 (let ((?x304 (+ ?x569 ?x739)))
 (let ((?x577 (+ ?x304 ?x788)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x578 (+ ?x131 ?x577)))
 (let ((?x679 (* ?x211 ?x578)))
 (or (and (distinct ?x679 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (= 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x1661 (+ ?x127 ?x1870)))
 (let ((?x1487 (- ?x1661)))
 (let ((?x1605 (+ ?x160 ?x1487)))
 (let ((?x512 (* ?x2618 ?x1605)))
 (let ((?x1389 (* ?x512 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1064 (* 2.0 ?x1661)))
 (let ((?x2088 (- ?x1064)))
 (let ((?x2444 (+ ?x160 ?x2088)))
 (let ((?x571 (+ ?x88 ?x2444)))
 (let ((?x1957 (* ?x571 1.0)))
 (let ((?x1299 (* f2 ?x1957)))
 (let ((?x1070 (+ ?x1299 ?x178)))
 (let ((?x589 (* ?x64 ?x1957)))
 (let ((?x504 (+ ?x589 ?x1070)))
 (let ((?x799 (- ?x504)))
 (let ((?x1609 (* 2.0 ?x799)))
 (let ((?x1791 (* ?x2618 ?x1609)))
 (let ((?x2037 (+ ?x1791 ?x1389)))
 (let ((?x2300 (- ?x2037)))
 (let ((?x2211 (+ ?x799 ?x2300)))
 (let ((?x867 (/ ?x2211 scale)))
 (let ((?x1352 (+ ?x867 ?x1744)))
 (let ((?x1831 (- ?x1352)))
 (let ((?x1147 (* |g2[0]| ?x1957)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2407 (* (/ 1.0 2.0) ?x1957)))
 (let ((?x1906 (* 0.0 ?x2407)))
 (let ((?x1077 (+ ?x1906 ?x141)))
 (let ((?x1139 (* |h2[1,0]| ?x1077)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1524 (+ ?x1906 ?x83)))
 (let ((?x1362 (* |h2[0,0]| ?x1524)))
 (let ((?x493 (+ ?x1362 ?x1139)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1582 (+ ?x1906 ?x101)))
 (let ((?x783 (+ ?x1582 ?x493)))
 (let ((?x2598 (+ ?x783 ?x1147)))
 (let ((?x1543 (+ ?x2598 ?x1831)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1844 (+ ?x131 ?x1543)))
 (let ((?x1140 (* ?x2174 ?x1844)))
 (or (and (distinct ?x1140 ?x1698) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (= 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x456 (- ?x1103)))
 (let ((?x2583 (+ ?x160 ?x456)))
 (let ((?x2342 (* ?x2618 ?x2583)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x3561 (* ?x192 ?x2342)))
 (let ((?x2938 (* 2.0 ?x1103)))
 (let ((?x2955 (- ?x2938)))
 (let ((?x2065 (+ ?x160 ?x2955)))
 (let ((?x2332 (+ ?x88 ?x2065)))
 (let ((?x501 (* 1.0 ?x2332)))
 (let ((?x1656 (* f2 ?x501)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x514 (+ ?x178 ?x1656)))
 (let ((?x2718 (* ?x64 ?x501)))
 (let ((?x3093 (+ ?x2718 ?x514)))
 (let ((?x570 (- ?x3093)))
 (let ((?x1932 (* 2.0 ?x570)))
 (let ((?x720 (* ?x2618 ?x1932)))
 (let ((?x3569 (+ ?x720 ?x3561)))
 (let ((?x1017 (- ?x3569)))
 (let ((?x2334 (+ ?x570 ?x1017)))
 (let ((?x995 (/ ?x2334 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x2607 (+ ?x1744 ?x995)))
 (let ((?x1815 (- ?x2607)))
 (let ((?x2094 (* |g2[0]| ?x501)))
 (let ((?x2820 (* (/ 1.0 2.0) ?x501)))
 (let ((?x429 (* 0.0 ?x2820)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x491 (+ ?x141 ?x429)))
 (let ((?x2823 (* |h2[1,0]| ?x491)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x889 (+ ?x83 ?x429)))
 (let ((?x631 (* |h2[0,0]| ?x889)))
 (let ((?x316 (+ ?x631 ?x2823)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2192 (+ ?x101 ?x429)))
 (let ((?x3396 (+ ?x2192 ?x316)))
 (let ((?x3322 (+ ?x3396 ?x2094)))
 (let ((?x985 (+ ?x3322 ?x1815)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1174 (+ ?x131 ?x985)))
 (let ((?x3520 (* ?x2174 ?x1174)))
 (or (and (distinct ?x3520 ?x1698) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (= 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1457 (* ?x165 ?x192)))
 (let ((?x550 (- ?x1457)))
 (let ((?x976 (+ ?x191 ?x550)))
 (let ((?x291 (- ?x976)))
 (let ((?x2205 (* ?x129 ?x291)))
 (let ((?x1729 (* ?x127 ?x192)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2548 (* ?x165 ?x849)))
 (let ((?x3059 (+ ?x2548 ?x1729)))
 (let ((?x1507 (- ?x3059)))
 (let ((?x3335 (+ ?x452 ?x1507)))
 (let ((?x1760 (/ ?x3335 scale)))
 (let ((?x3581 (+ ?x1760 ?x2205)))
 (let ((?x2813 (- ?x3581)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1525 (+ ?x2495 ?x2813)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1006 (+ ?x131 ?x1525)))
 (let ((?x2812 (* ?x2174 ?x1006)))
 (or (and (distinct ?x2812 ?x1698) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
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
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x516 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1163 (+ ?x516 ?x869)))
 (let ((?x2322 (* 2.0 ?x1163)))
 (let ((?x2307 (- ?x2322)))
 (let ((?x1435 (+ ?x160 ?x2307)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x299 (+ ?x88 ?x1435)))
 (let ((?x1715 (* ?x2174 ?x299)))
 (let ((?x1579 (* |g2[0]| ?x1715)))
 (let ((?x843 (+ ?x1579 ?x1658)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x1402 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1069 (+ ?x1402 ?x702)))
 (let ((?x997 (* 2.0 ?x1069)))
 (let ((?x733 (- ?x997)))
 (let ((?x1836 (+ ?x245 ?x733)))
 (let ((?x244 (- ?x67)))
 (let ((?x1456 (+ ?x244 ?x1836)))
 (let ((?x1411 (* ?x2174 ?x1456)))
 (let ((?x2272 (* |g2[1]| ?x1411)))
 (let ((?x703 (* ?x1456 ?x1715)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2581 (* (/ 1.0 2.0) ?x223)))
 (let ((?x1588 (+ ?x2581 ?x2310)))
 (let ((?x2603 (* 2.0 ?x1588)))
 (let ((?x1410 (- ?x2603)))
 (let ((?x669 (+ ?x223 ?x1410)))
 (let ((?x215 (- ?x214)))
 (let ((?x759 (+ ?x215 ?x669)))
 (let ((?x613 (* ?x2174 ?x759)))
 (let ((?x1593 (+ ?x613 ?x703)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2268 (* ?x213 ?x1593)))
 (let ((?x1941 (+ ?x2268 ?x2272)))
 (let ((?x1698 (+ ?x1941 ?x843)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x1698) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (< 0.0 ?x1879))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let (($x1891 (= 0.0 ?x1879)))
 (not $x1891)))))
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
 (let ((?x2958 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1879 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x869 (/ ?x127 ?x1879)))
 (let ((?x1703 (+ ?x869 ?x2958)))
 (let ((?x774 (* 2.0 ?x1703)))
 (let ((?x2960 (- ?x774)))
 (let ((?x2899 (+ ?x160 ?x2960)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2163 (+ ?x88 ?x2899)))
 (let ((?x1280 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x2174 (* ?x1280 exp!2)))
 (let ((?x639 (* ?x2174 ?x2163)))
 (let ((?x1526 (* |g2[0]| ?x639)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x1658 (* ?x267 ?x2174)))
 (let ((?x1936 (+ ?x1658 ?x1526)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2965 (* 0.0 ?x245)))
 (let ((?x1035 (* ?x245 ?x165)))
 (let ((?x702 (/ ?x1035 ?x1879)))
 (let ((?x2961 (+ ?x702 ?x2965)))
 (let ((?x682 (* 2.0 ?x2961)))
 (let ((?x1074 (- ?x682)))
 (let ((?x2613 (+ ?x245 ?x1074)))
 (let ((?x244 (- ?x67)))
 (let ((?x919 (+ ?x244 ?x2613)))
 (let ((?x1536 (* ?x2174 ?x919)))
 (let ((?x2367 (* |g2[1]| ?x1536)))
 (let ((?x1142 (* ?x919 ?x639)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x808 (* 0.0 ?x223)))
 (let ((?x2462 (- ?x127)))
 (let ((?x332 (* ?x1035 ?x2462)))
 (let ((?x515 (/ 1.0 (* ?x1879 ?x1879))))
 (let ((?x1595 (* ?x515 ?x332)))
 (let ((?x1304 (* ?x245 ?x127)))
 (let ((?x1129 (* ?x223 ?x165)))
 (let ((?x2434 (+ ?x1129 ?x1304)))
 (let ((?x2214 (/ ?x2434 ?x1879)))
 (let ((?x2310 (+ ?x2214 ?x1595)))
 (let ((?x2125 (+ ?x2310 ?x808)))
 (let ((?x1313 (* 2.0 ?x2125)))
 (let ((?x2963 (- ?x1313)))
 (let ((?x2343 (+ ?x223 ?x2963)))
 (let ((?x215 (- ?x214)))
 (let ((?x2964 (+ ?x215 ?x2343)))
 (let ((?x2957 (* ?x2174 ?x2964)))
 (let ((?x2492 (+ ?x2957 ?x1142)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1558 (* ?x213 ?x2492)))
 (let ((?x2954 (+ ?x1558 ?x2367)))
 (let ((?x2945 (+ ?x2954 ?x1936)))
 (let ((?x2618 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1103 (* ?x160 ?x2618)))
 (let ((?x1667 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1870 (* 0.0 ?x1667)))
 (let ((?x2324 (+ ?x1870 ?x1103)))
 (let ((?x770 (- ?x2324)))
 (let ((?x1880 (+ ?x160 ?x770)))
 (let ((?x576 (* ?x2618 ?x1880)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1281 (* ?x192 ?x576)))
 (let ((?x878 (* 2.0 ?x2324)))
 (let ((?x580 (- ?x878)))
 (let ((?x1574 (+ ?x160 ?x580)))
 (let ((?x2436 (+ ?x88 ?x1574)))
 (let ((?x2266 (* 1.0 ?x2436)))
 (let ((?x879 (* f2 ?x2266)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x875 (+ ?x178 ?x879)))
 (let ((?x602 (* ?x64 ?x2266)))
 (let ((?x367 (+ ?x602 ?x875)))
 (let ((?x452 (- ?x367)))
 (let ((?x849 (* 2.0 ?x452)))
 (let ((?x2020 (* ?x2618 ?x849)))
 (let ((?x494 (+ ?x2020 ?x1281)))
 (let ((?x2133 (- ?x494)))
 (let ((?x2353 (+ ?x452 ?x2133)))
 (let ((?x1436 (/ ?x2353 scale)))
 (let ((?x1873 (* ?x2618 ?x192)))
 (let ((?x1988 (- ?x1873)))
 (let ((?x503 (+ ?x191 ?x1988)))
 (let ((?x1842 (- ?x503)))
 (let ((?x1744 (* ?x129 ?x1842)))
 (let ((?x828 (+ ?x1744 ?x1436)))
 (let ((?x779 (- ?x828)))
 (let ((?x1086 (* |g2[0]| ?x2266)))
 (let ((?x1678 (* (/ 1.0 2.0) ?x2266)))
 (let ((?x805 (* 0.0 ?x1678)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x761 (+ ?x141 ?x805)))
 (let ((?x652 (* |h2[1,0]| ?x761)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1014 (+ ?x83 ?x805)))
 (let ((?x2104 (* |h2[0,0]| ?x1014)))
 (let ((?x430 (+ ?x2104 ?x652)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1904 (+ ?x101 ?x805)))
 (let ((?x1755 (+ ?x1904 ?x430)))
 (let ((?x2495 (+ ?x1755 ?x1086)))
 (let ((?x1657 (+ ?x2495 ?x779)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x960 (+ ?x131 ?x1657)))
 (let ((?x404 (* ?x2174 ?x960)))
 (or (and (distinct ?x404 ?x2945) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
