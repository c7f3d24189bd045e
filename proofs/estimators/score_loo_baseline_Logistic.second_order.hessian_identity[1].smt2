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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1244 (- ?x273)))
 (let ((?x2221 (+ ?x160 ?x1244)))
 (let ((?x2155 (* ?x96 ?x2221)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1424 (* ?x192 ?x2155)))
 (let ((?x2436 (* 2.0 ?x273)))
 (let ((?x680 (- ?x2436)))
 (let ((?x662 (+ ?x160 ?x680)))
 (let ((?x1342 (+ ?x88 ?x662)))
 (let ((?x1269 (* 1.0 ?x1342)))
 (let ((?x2434 (* f2 ?x1269)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1133 (+ ?x178 ?x2434)))
 (let ((?x2470 (* ?x64 ?x1269)))
 (let ((?x886 (+ ?x2470 ?x1133)))
 (let ((?x2363 (- ?x886)))
 (let ((?x372 (* 2.0 ?x2363)))
 (let ((?x630 (* ?x96 ?x372)))
 (let ((?x988 (+ ?x630 ?x1424)))
 (let ((?x2027 (- ?x988)))
 (let ((?x1078 (+ ?x2363 ?x2027)))
 (let ((?x2417 (/ ?x1078 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x1595 (+ ?x202 ?x2417)))
 (let ((?x1455 (- ?x1595)))
 (let ((?x1481 (* |g2[0]| ?x1269)))
 (let ((?x2448 (* (/ 1.0 2.0) ?x1269)))
 (let ((?x2432 (* 0.0 ?x2448)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2425 (+ ?x141 ?x2432)))
 (let ((?x1631 (* |h2[1,0]| ?x2425)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1077 (+ ?x83 ?x2432)))
 (let ((?x2485 (* |h2[0,0]| ?x1077)))
 (let ((?x1519 (+ ?x2485 ?x1631)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x787 (+ ?x101 ?x2432)))
 (let ((?x604 (+ ?x787 ?x1519)))
 (let ((?x1647 (+ ?x604 ?x1481)))
 (let ((?x676 (+ ?x1647 ?x1455)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2059 (+ ?x131 ?x676)))
 (let ((?x1728 (* ?x211 ?x2059)))
 (or (and (distinct ?x1728 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1890 (* ?x165 ?x192)))
 (let ((?x1065 (- ?x1890)))
 (let ((?x583 (+ ?x191 ?x1065)))
 (let ((?x1243 (- ?x583)))
 (let ((?x2124 (* ?x129 ?x1243)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2459 (* ?x127 ?x192)))
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
 (let ((?x2212 (* ?x165 ?x938)))
 (let ((?x2314 (+ ?x2212 ?x2459)))
 (let ((?x1444 (- ?x2314)))
 (let ((?x1999 (+ ?x937 ?x1444)))
 (let ((?x1349 (/ ?x1999 scale)))
 (let ((?x2353 (+ ?x1349 ?x2124)))
 (let ((?x610 (- ?x2353)))
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
 (let ((?x2378 (+ ?x304 ?x610)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2455 (+ ?x131 ?x2378)))
 (let ((?x2502 (* ?x211 ?x2455)))
 (or (and (distinct ?x2502 ?x270) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (= 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1793 (+ ?x127 ?x1513)))
 (let ((?x1603 (- ?x1793)))
 (let ((?x971 (+ ?x160 ?x1603)))
 (let ((?x872 (* ?x462 ?x971)))
 (let ((?x634 (* ?x872 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x528 (* 2.0 ?x1793)))
 (let ((?x1597 (- ?x528)))
 (let ((?x781 (+ ?x160 ?x1597)))
 (let ((?x991 (+ ?x88 ?x781)))
 (let ((?x1013 (* ?x991 1.0)))
 (let ((?x877 (* f2 ?x1013)))
 (let ((?x2565 (+ ?x877 ?x178)))
 (let ((?x986 (* ?x64 ?x1013)))
 (let ((?x1139 (+ ?x986 ?x2565)))
 (let ((?x2182 (- ?x1139)))
 (let ((?x1040 (* 2.0 ?x2182)))
 (let ((?x2542 (* ?x462 ?x1040)))
 (let ((?x2321 (+ ?x2542 ?x634)))
 (let ((?x287 (- ?x2321)))
 (let ((?x1462 (+ ?x2182 ?x287)))
 (let ((?x1665 (/ ?x1462 scale)))
 (let ((?x286 (+ ?x1665 ?x1284)))
 (let ((?x495 (- ?x286)))
 (let ((?x1760 (* |g2[0]| ?x1013)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1485 (* (/ 1.0 2.0) ?x1013)))
 (let ((?x2357 (* 0.0 ?x1485)))
 (let ((?x990 (+ ?x2357 ?x141)))
 (let ((?x1460 (* |h2[1,0]| ?x990)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x510 (+ ?x2357 ?x83)))
 (let ((?x1971 (* |h2[0,0]| ?x510)))
 (let ((?x2619 (+ ?x1971 ?x1460)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x488 (+ ?x2357 ?x101)))
 (let ((?x2372 (+ ?x488 ?x2619)))
 (let ((?x850 (+ ?x2372 ?x1760)))
 (let ((?x1313 (+ ?x850 ?x495)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2453 (+ ?x131 ?x1313)))
 (let ((?x2241 (* ?x1475 ?x2453)))
 (or (and (distinct ?x2241 ?x2181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (= 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1493 (- ?x2567)))
 (let ((?x1743 (+ ?x160 ?x1493)))
 (let ((?x1409 (* ?x462 ?x1743)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2828 (* ?x192 ?x1409)))
 (let ((?x300 (* 2.0 ?x2567)))
 (let ((?x2952 (- ?x300)))
 (let ((?x1851 (+ ?x160 ?x2952)))
 (let ((?x2504 (+ ?x88 ?x1851)))
 (let ((?x3491 (* 1.0 ?x2504)))
 (let ((?x2375 (* f2 ?x3491)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x535 (+ ?x178 ?x2375)))
 (let ((?x1847 (* ?x64 ?x3491)))
 (let ((?x2803 (+ ?x1847 ?x535)))
 (let ((?x1616 (- ?x2803)))
 (let ((?x2856 (* 2.0 ?x1616)))
 (let ((?x2852 (* ?x462 ?x2856)))
 (let ((?x1992 (+ ?x2852 ?x2828)))
 (let ((?x1477 (- ?x1992)))
 (let ((?x2053 (+ ?x1616 ?x1477)))
 (let ((?x2010 (/ ?x2053 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1003 (+ ?x1284 ?x2010)))
 (let ((?x3049 (- ?x1003)))
 (let ((?x2550 (* |g2[0]| ?x3491)))
 (let ((?x3082 (* (/ 1.0 2.0) ?x3491)))
 (let ((?x2806 (* 0.0 ?x3082)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1707 (+ ?x141 ?x2806)))
 (let ((?x347 (* |h2[1,0]| ?x1707)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2305 (+ ?x83 ?x2806)))
 (let ((?x1915 (* |h2[0,0]| ?x2305)))
 (let ((?x1523 (+ ?x1915 ?x347)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2157 (+ ?x101 ?x2806)))
 (let ((?x1559 (+ ?x2157 ?x1523)))
 (let ((?x2385 (+ ?x1559 ?x2550)))
 (let ((?x2479 (+ ?x2385 ?x3049)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1800 (+ ?x131 ?x2479)))
 (let ((?x1996 (* ?x1475 ?x1800)))
 (or (and (distinct ?x1996 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (= 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1890 (* ?x165 ?x192)))
 (let ((?x1065 (- ?x1890)))
 (let ((?x583 (+ ?x191 ?x1065)))
 (let ((?x1243 (- ?x583)))
 (let ((?x2124 (* ?x129 ?x1243)))
 (let ((?x2459 (* ?x127 ?x192)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x3270 (* ?x165 ?x1500)))
 (let ((?x3005 (+ ?x3270 ?x2459)))
 (let ((?x2488 (- ?x3005)))
 (let ((?x2256 (+ ?x2228 ?x2488)))
 (let ((?x3460 (/ ?x2256 scale)))
 (let ((?x2843 (+ ?x3460 ?x2124)))
 (let ((?x3568 (- ?x2843)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x1026 (+ ?x820 ?x3568)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2915 (+ ?x131 ?x1026)))
 (let ((?x1510 (* ?x1475 ?x2915)))
 (or (and (distinct ?x1510 ?x2181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195))))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1682 (/ ?x383 exp!1)))
 (let ((?x462 (* ?x1682 exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1244 (- ?x273)))
 (let ((?x2221 (+ ?x160 ?x1244)))
 (let ((?x2155 (* ?x96 ?x2221)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1424 (* ?x192 ?x2155)))
 (let ((?x2436 (* 2.0 ?x273)))
 (let ((?x680 (- ?x2436)))
 (let ((?x662 (+ ?x160 ?x680)))
 (let ((?x1342 (+ ?x88 ?x662)))
 (let ((?x1269 (* 1.0 ?x1342)))
 (let ((?x2434 (* f2 ?x1269)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1133 (+ ?x178 ?x2434)))
 (let ((?x2470 (* ?x64 ?x1269)))
 (let ((?x886 (+ ?x2470 ?x1133)))
 (let ((?x2363 (- ?x886)))
 (let ((?x372 (* 2.0 ?x2363)))
 (let ((?x630 (* ?x96 ?x372)))
 (let ((?x988 (+ ?x630 ?x1424)))
 (let ((?x2027 (- ?x988)))
 (let ((?x1078 (+ ?x2363 ?x2027)))
 (let ((?x2417 (/ ?x1078 scale)))
 (let ((?x198 (* ?x96 ?x192)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (+ ?x191 ?x199)))
 (let ((?x201 (- ?x200)))
 (let ((?x202 (* ?x129 ?x201)))
 (let ((?x1595 (+ ?x202 ?x2417)))
 (let ((?x1455 (- ?x1595)))
 (let ((?x1481 (* |g2[0]| ?x1269)))
 (let ((?x2448 (* (/ 1.0 2.0) ?x1269)))
 (let ((?x2432 (* 0.0 ?x2448)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2425 (+ ?x141 ?x2432)))
 (let ((?x1631 (* |h2[1,0]| ?x2425)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1077 (+ ?x83 ?x2432)))
 (let ((?x2485 (* |h2[0,0]| ?x1077)))
 (let ((?x1519 (+ ?x2485 ?x1631)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x787 (+ ?x101 ?x2432)))
 (let ((?x604 (+ ?x787 ?x1519)))
 (let ((?x1647 (+ ?x604 ?x1481)))
 (let ((?x676 (+ ?x1647 ?x1455)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2059 (+ ?x131 ?x676)))
 (let ((?x1728 (* ?x211 ?x2059)))
 (or (and (distinct ?x1728 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1890 (* ?x165 ?x192)))
 (let ((?x1065 (- ?x1890)))
 (let ((?x583 (+ ?x191 ?x1065)))
 (let ((?x1243 (- ?x583)))
 (let ((?x2124 (* ?x129 ?x1243)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2459 (* ?x127 ?x192)))
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
 (let ((?x2212 (* ?x165 ?x938)))
 (let ((?x2314 (+ ?x2212 ?x2459)))
 (let ((?x1444 (- ?x2314)))
 (let ((?x1999 (+ ?x937 ?x1444)))
 (let ((?x1349 (/ ?x1999 scale)))
 (let ((?x2353 (+ ?x1349 ?x2124)))
 (let ((?x610 (- ?x2353)))
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
 (let ((?x2378 (+ ?x304 ?x610)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2455 (+ ?x131 ?x2378)))
 (let ((?x2502 (* ?x211 ?x2455)))
 (or (and (distinct ?x2502 ?x270) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (= 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1793 (+ ?x127 ?x1513)))
 (let ((?x1603 (- ?x1793)))
 (let ((?x971 (+ ?x160 ?x1603)))
 (let ((?x872 (* ?x462 ?x971)))
 (let ((?x634 (* ?x872 ?x192)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x528 (* 2.0 ?x1793)))
 (let ((?x1597 (- ?x528)))
 (let ((?x781 (+ ?x160 ?x1597)))
 (let ((?x991 (+ ?x88 ?x781)))
 (let ((?x1013 (* ?x991 1.0)))
 (let ((?x877 (* f2 ?x1013)))
 (let ((?x2565 (+ ?x877 ?x178)))
 (let ((?x986 (* ?x64 ?x1013)))
 (let ((?x1139 (+ ?x986 ?x2565)))
 (let ((?x2182 (- ?x1139)))
 (let ((?x1040 (* 2.0 ?x2182)))
 (let ((?x2542 (* ?x462 ?x1040)))
 (let ((?x2321 (+ ?x2542 ?x634)))
 (let ((?x287 (- ?x2321)))
 (let ((?x1462 (+ ?x2182 ?x287)))
 (let ((?x1665 (/ ?x1462 scale)))
 (let ((?x286 (+ ?x1665 ?x1284)))
 (let ((?x495 (- ?x286)))
 (let ((?x1760 (* |g2[0]| ?x1013)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1485 (* (/ 1.0 2.0) ?x1013)))
 (let ((?x2357 (* 0.0 ?x1485)))
 (let ((?x990 (+ ?x2357 ?x141)))
 (let ((?x1460 (* |h2[1,0]| ?x990)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x510 (+ ?x2357 ?x83)))
 (let ((?x1971 (* |h2[0,0]| ?x510)))
 (let ((?x2619 (+ ?x1971 ?x1460)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x488 (+ ?x2357 ?x101)))
 (let ((?x2372 (+ ?x488 ?x2619)))
 (let ((?x850 (+ ?x2372 ?x1760)))
 (let ((?x1313 (+ ?x850 ?x495)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2453 (+ ?x131 ?x1313)))
 (let ((?x2241 (* ?x1475 ?x2453)))
 (or (and (distinct ?x2241 ?x2181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (= 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x1493 (- ?x2567)))
 (let ((?x1743 (+ ?x160 ?x1493)))
 (let ((?x1409 (* ?x462 ?x1743)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x2828 (* ?x192 ?x1409)))
 (let ((?x300 (* 2.0 ?x2567)))
 (let ((?x2952 (- ?x300)))
 (let ((?x1851 (+ ?x160 ?x2952)))
 (let ((?x2504 (+ ?x88 ?x1851)))
 (let ((?x3491 (* 1.0 ?x2504)))
 (let ((?x2375 (* f2 ?x3491)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x535 (+ ?x178 ?x2375)))
 (let ((?x1847 (* ?x64 ?x3491)))
 (let ((?x2803 (+ ?x1847 ?x535)))
 (let ((?x1616 (- ?x2803)))
 (let ((?x2856 (* 2.0 ?x1616)))
 (let ((?x2852 (* ?x462 ?x2856)))
 (let ((?x1992 (+ ?x2852 ?x2828)))
 (let ((?x1477 (- ?x1992)))
 (let ((?x2053 (+ ?x1616 ?x1477)))
 (let ((?x2010 (/ ?x2053 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1003 (+ ?x1284 ?x2010)))
 (let ((?x3049 (- ?x1003)))
 (let ((?x2550 (* |g2[0]| ?x3491)))
 (let ((?x3082 (* (/ 1.0 2.0) ?x3491)))
 (let ((?x2806 (* 0.0 ?x3082)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1707 (+ ?x141 ?x2806)))
 (let ((?x347 (* |h2[1,0]| ?x1707)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2305 (+ ?x83 ?x2806)))
 (let ((?x1915 (* |h2[0,0]| ?x2305)))
 (let ((?x1523 (+ ?x1915 ?x347)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2157 (+ ?x101 ?x2806)))
 (let ((?x1559 (+ ?x2157 ?x1523)))
 (let ((?x2385 (+ ?x1559 ?x2550)))
 (let ((?x2479 (+ ?x2385 ?x3049)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1800 (+ ?x131 ?x2479)))
 (let ((?x1996 (* ?x1475 ?x1800)))
 (or (and (distinct ?x1996 ?x2181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (= 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1890 (* ?x165 ?x192)))
 (let ((?x1065 (- ?x1890)))
 (let ((?x583 (+ ?x191 ?x1065)))
 (let ((?x1243 (- ?x583)))
 (let ((?x2124 (* ?x129 ?x1243)))
 (let ((?x2459 (* ?x127 ?x192)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x3270 (* ?x165 ?x1500)))
 (let ((?x3005 (+ ?x3270 ?x2459)))
 (let ((?x2488 (- ?x3005)))
 (let ((?x2256 (+ ?x2228 ?x2488)))
 (let ((?x3460 (/ ?x2256 scale)))
 (let ((?x2843 (+ ?x3460 ?x2124)))
 (let ((?x3568 (- ?x2843)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x1026 (+ ?x820 ?x3568)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2915 (+ ?x131 ?x1026)))
 (let ((?x1510 (* ?x1475 ?x2915)))
 (or (and (distinct ?x1510 ?x2181) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
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
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x2322 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2306 (+ ?x2322 ?x1666)))
 (let ((?x1141 (* 2.0 ?x2306)))
 (let ((?x617 (- ?x1141)))
 (let ((?x1234 (+ ?x160 ?x617)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1612 (+ ?x88 ?x1234)))
 (let ((?x1236 (* ?x1475 ?x1612)))
 (let ((?x503 (* |g2[0]| ?x1236)))
 (let ((?x1369 (+ ?x503 ?x696)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x1571 (* (/ 1.0 2.0) ?x245)))
 (let ((?x1925 (+ ?x1571 ?x917)))
 (let ((?x1711 (* 2.0 ?x1925)))
 (let ((?x339 (- ?x1711)))
 (let ((?x1979 (+ ?x245 ?x339)))
 (let ((?x244 (- ?x67)))
 (let ((?x880 (+ ?x244 ?x1979)))
 (let ((?x779 (* ?x1475 ?x880)))
 (let ((?x1627 (* |g2[1]| ?x779)))
 (let ((?x2623 (* ?x880 ?x1236)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x532 (* (/ 1.0 2.0) ?x223)))
 (let ((?x900 (+ ?x532 ?x1768)))
 (let ((?x2596 (* 2.0 ?x900)))
 (let ((?x906 (- ?x2596)))
 (let ((?x983 (+ ?x223 ?x906)))
 (let ((?x215 (- ?x214)))
 (let ((?x1134 (+ ?x215 ?x983)))
 (let ((?x1565 (* ?x1475 ?x1134)))
 (let ((?x2352 (+ ?x1565 ?x2623)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x2519 (* ?x213 ?x2352)))
 (let ((?x2555 (+ ?x2519 ?x1627)))
 (let ((?x2181 (+ ?x2555 ?x1369)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2181) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (< 0.0 ?x2106))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let (($x2195 (= 0.0 ?x2106)))
 (not $x2195)))))
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
 (let ((?x2955 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x2106 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1666 (/ ?x127 ?x2106)))
 (let ((?x1712 (+ ?x1666 ?x2955)))
 (let ((?x1015 (* 2.0 ?x1712)))
 (let ((?x2957 (- ?x1015)))
 (let ((?x2896 (+ ?x160 ?x2957)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1788 (+ ?x88 ?x2896)))
 (let ((?x759 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1475 (* ?x759 exp!2)))
 (let ((?x1279 (* ?x1475 ?x1788)))
 (let ((?x1281 (* |g2[0]| ?x1279)))
 (let ((?x266 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x267 (* (/ 1.0 2.0) ?x266)))
 (let ((?x696 (* ?x267 ?x1475)))
 (let ((?x1938 (+ ?x696 ?x1281)))
 (let ((?x214 (* 0.0 ?x129)))
 (let ((?x225 (/ (- 1.0) scale)))
 (let ((?x226 (+ ?x225 ?x214)))
 (let ((?x245 (- ?x226)))
 (let ((?x2962 (* 0.0 ?x245)))
 (let ((?x727 (* ?x245 ?x165)))
 (let ((?x917 (/ ?x727 ?x2106)))
 (let ((?x2958 (+ ?x917 ?x2962)))
 (let ((?x1899 (* 2.0 ?x2958)))
 (let ((?x438 (- ?x1899)))
 (let ((?x1014 (+ ?x245 ?x438)))
 (let ((?x244 (- ?x67)))
 (let ((?x1881 (+ ?x244 ?x1014)))
 (let ((?x1496 (* ?x1475 ?x1881)))
 (let ((?x2580 (* |g2[1]| ?x1496)))
 (let ((?x2366 (* ?x1881 ?x1279)))
 (let ((?x217 (/ 1.0 (* ?x75 scale))))
 (let ((?x219 (* ?x217 (- 2.0))))
 (let ((?x220 (* 0.0 ?x219)))
 (let ((?x221 (+ ?x214 ?x220)))
 (let ((?x222 (+ ?x129 ?x221)))
 (let ((?x223 (- ?x222)))
 (let ((?x1524 (* 0.0 ?x223)))
 (let ((?x1312 (- ?x127)))
 (let ((?x2151 (* ?x727 ?x1312)))
 (let ((?x2303 (/ 1.0 (* ?x2106 ?x2106))))
 (let ((?x2067 (* ?x2303 ?x2151)))
 (let ((?x1047 (* ?x245 ?x127)))
 (let ((?x463 (* ?x223 ?x165)))
 (let ((?x2521 (+ ?x463 ?x1047)))
 (let ((?x340 (/ ?x2521 ?x2106)))
 (let ((?x1768 (+ ?x340 ?x2067)))
 (let ((?x1967 (+ ?x1768 ?x1524)))
 (let ((?x373 (* 2.0 ?x1967)))
 (let ((?x2960 (- ?x373)))
 (let ((?x2257 (+ ?x223 ?x2960)))
 (let ((?x215 (- ?x214)))
 (let ((?x2961 (+ ?x215 ?x2257)))
 (let ((?x2954 (* ?x1475 ?x2961)))
 (let ((?x1046 (+ ?x2954 ?x2366)))
 (let ((?x64 (- b)))
 (let ((?x213 (+ f2 ?x64)))
 (let ((?x1018 (* ?x213 ?x1046)))
 (let ((?x2951 (+ ?x1018 ?x2580)))
 (let ((?x2942 (+ ?x2951 ?x1938)))
 (let ((?x462 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x2567 (* ?x160 ?x462)))
 (let ((?x383 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1513 (* 0.0 ?x383)))
 (let ((?x1465 (+ ?x1513 ?x2567)))
 (let ((?x1202 (- ?x1465)))
 (let ((?x450 (+ ?x160 ?x1202)))
 (let ((?x932 (* ?x462 ?x450)))
 (let ((?x189 (* f2 1.0)))
 (let ((?x188 (* ?x64 1.0)))
 (let ((?x190 (+ ?x188 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (* 2.0 ?x191)))
 (let ((?x1115 (* ?x192 ?x932)))
 (let ((?x1086 (* 2.0 ?x1465)))
 (let ((?x1709 (- ?x1086)))
 (let ((?x335 (+ ?x160 ?x1709)))
 (let ((?x2576 (+ ?x88 ?x335)))
 (let ((?x1311 (* 1.0 ?x2576)))
 (let ((?x1335 (* f2 ?x1311)))
 (let ((?x178 (* |g2[1]| 1.0)))
 (let ((?x1763 (+ ?x178 ?x1335)))
 (let ((?x2402 (* ?x64 ?x1311)))
 (let ((?x718 (+ ?x2402 ?x1763)))
 (let ((?x2228 (- ?x718)))
 (let ((?x1500 (* 2.0 ?x2228)))
 (let ((?x1856 (* ?x462 ?x1500)))
 (let ((?x563 (+ ?x1856 ?x1115)))
 (let ((?x2335 (- ?x563)))
 (let ((?x367 (+ ?x2228 ?x2335)))
 (let ((?x1964 (/ ?x367 scale)))
 (let ((?x840 (* ?x462 ?x192)))
 (let ((?x2243 (- ?x840)))
 (let ((?x1497 (+ ?x191 ?x2243)))
 (let ((?x1605 (- ?x1497)))
 (let ((?x1284 (* ?x129 ?x1605)))
 (let ((?x1370 (+ ?x1284 ?x1964)))
 (let ((?x821 (- ?x1370)))
 (let ((?x2244 (* |g2[0]| ?x1311)))
 (let ((?x2551 (* (/ 1.0 2.0) ?x1311)))
 (let ((?x1237 (* 0.0 ?x2551)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x399 (+ ?x141 ?x1237)))
 (let ((?x520 (* |h2[1,0]| ?x399)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1087 (+ ?x83 ?x1237)))
 (let ((?x2134 (* |h2[0,0]| ?x1087)))
 (let ((?x579 (+ ?x2134 ?x520)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2559 (+ ?x101 ?x1237)))
 (let ((?x1277 (+ ?x2559 ?x579)))
 (let ((?x820 (+ ?x1277 ?x2244)))
 (let ((?x811 (+ ?x820 ?x821)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x799 (+ ?x131 ?x811)))
 (let ((?x1002 (* ?x1475 ?x799)))
 (or (and (distinct ?x1002 ?x2942) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
