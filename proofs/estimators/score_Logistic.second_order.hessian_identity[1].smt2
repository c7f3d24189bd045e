; certjax: rule estimators.score_Logistic, obligation 'second_order.hessian_identity[1]', verdict unproved
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
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x183 (- ?x147)))
 (let ((?x184 (+ ?x160 ?x183)))
 (let ((?x185 (* ?x96 ?x184)))
 (let ((?x191 (* ?x185 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x172 (* f2 ?x60)))
 (let ((?x177 (+ ?x172 ?x114)))
 (let ((?x98 (* 0.0 ?x60)))
 (let ((?x178 (+ ?x98 ?x177)))
 (let ((?x179 (- ?x178)))
 (let ((?x181 (* 2.0 ?x179)))
 (let ((?x182 (* ?x96 ?x181)))
 (let ((?x192 (+ ?x182 ?x191)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x179 ?x193)))
 (let ((?x195 (/ ?x194 scale)))
 (let ((?x201 (+ ?x195 ?x200)))
 (let ((?x202 (- ?x201)))
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
 (let ((?x203 (+ ?x43 ?x202)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x204 (+ ?x131 ?x203)))
 (let ((?x210 (* ?x209 ?x204)))
 (or (and (distinct ?x210 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x807 (- ?x270)))
 (let ((?x2011 (+ ?x160 ?x807)))
 (let ((?x1421 (* ?x96 ?x2011)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1416 (* ?x190 ?x1421)))
 (let ((?x2238 (* 2.0 ?x270)))
 (let ((?x520 (- ?x2238)))
 (let ((?x601 (+ ?x160 ?x520)))
 (let ((?x1071 (+ ?x88 ?x601)))
 (let ((?x614 (* 1.0 ?x1071)))
 (let ((?x2114 (* f2 ?x614)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1055 (+ ?x114 ?x2114)))
 (let ((?x2065 (* 0.0 ?x614)))
 (let ((?x2200 (+ ?x2065 ?x1055)))
 (let ((?x2350 (- ?x2200)))
 (let ((?x346 (* 2.0 ?x2350)))
 (let ((?x1285 (* ?x96 ?x346)))
 (let ((?x1953 (+ ?x1285 ?x1416)))
 (let ((?x2233 (- ?x1953)))
 (let ((?x288 (+ ?x2350 ?x2233)))
 (let ((?x1942 (/ ?x288 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x2410 (+ ?x200 ?x1942)))
 (let ((?x1104 (- ?x2410)))
 (let ((?x1964 (* |g2[0]| ?x614)))
 (let ((?x1903 (* (/ 1.0 2.0) ?x614)))
 (let ((?x2064 (* 0.0 ?x1903)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1967 (+ ?x141 ?x2064)))
 (let ((?x2379 (* |h2[1,0]| ?x1967)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2004 (+ ?x83 ?x2064)))
 (let ((?x727 (* |h2[0,0]| ?x2004)))
 (let ((?x1888 (+ ?x727 ?x2379)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2359 (+ ?x101 ?x2064)))
 (let ((?x299 (+ ?x2359 ?x1888)))
 (let ((?x1949 (+ ?x299 ?x1964)))
 (let ((?x717 (+ ?x1949 ?x1104)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2399 (+ ?x131 ?x717)))
 (let ((?x1600 (* ?x209 ?x2399)))
 (or (and (distinct ?x1600 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1231 (* ?x165 ?x190)))
 (let ((?x1241 (- ?x1231)))
 (let ((?x1676 (+ ?x189 ?x1241)))
 (let ((?x2360 (- ?x1676)))
 (let ((?x2244 (* ?x129 ?x2360)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1832 (* ?x127 ?x190)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x2234 (* ?x165 ?x492)))
 (let ((?x1935 (+ ?x2234 ?x1832)))
 (let ((?x1973 (- ?x1935)))
 (let ((?x2462 (+ ?x462 ?x1973)))
 (let ((?x1596 (/ ?x2462 scale)))
 (let ((?x1955 (+ ?x1596 ?x2244)))
 (let ((?x395 (- ?x1955)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x2256 (+ ?x438 ?x395)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1753 (+ ?x131 ?x2256)))
 (let ((?x2138 (* ?x209 ?x1753)))
 (or (and (distinct ?x2138 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (= 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2455 (+ ?x127 ?x1403)))
 (let ((?x2408 (- ?x2455)))
 (let ((?x2058 (+ ?x160 ?x2408)))
 (let ((?x1240 (* ?x632 ?x2058)))
 (let ((?x2534 (* ?x1240 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x2547 (* 2.0 ?x2455)))
 (let ((?x517 (- ?x2547)))
 (let ((?x1109 (+ ?x160 ?x517)))
 (let ((?x716 (+ ?x88 ?x1109)))
 (let ((?x314 (* ?x716 1.0)))
 (let ((?x2342 (* f2 ?x314)))
 (let ((?x2348 (+ ?x2342 ?x114)))
 (let ((?x591 (* 0.0 ?x314)))
 (let ((?x337 (+ ?x591 ?x2348)))
 (let ((?x583 (- ?x337)))
 (let ((?x1296 (* 2.0 ?x583)))
 (let ((?x2007 (* ?x632 ?x1296)))
 (let ((?x1904 (+ ?x2007 ?x2534)))
 (let ((?x681 (- ?x1904)))
 (let ((?x828 (+ ?x583 ?x681)))
 (let ((?x1043 (/ ?x828 scale)))
 (let ((?x2427 (+ ?x1043 ?x1097)))
 (let ((?x1187 (- ?x2427)))
 (let ((?x1902 (* |g2[0]| ?x314)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1274 (* (/ 1.0 2.0) ?x314)))
 (let ((?x1616 (* 0.0 ?x1274)))
 (let ((?x966 (+ ?x1616 ?x141)))
 (let ((?x2197 (* |h2[1,0]| ?x966)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1852 (+ ?x1616 ?x83)))
 (let ((?x1900 (* |h2[0,0]| ?x1852)))
 (let ((?x556 (+ ?x1900 ?x2197)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1525 (+ ?x1616 ?x101)))
 (let ((?x360 (+ ?x1525 ?x556)))
 (let ((?x2215 (+ ?x360 ?x1902)))
 (let ((?x604 (+ ?x2215 ?x1187)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1914 (+ ?x131 ?x604)))
 (let ((?x914 (* ?x1838 ?x1914)))
 (or (and (distinct ?x914 ?x1372) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (= 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2839 (- ?x961)))
 (let ((?x1637 (+ ?x160 ?x2839)))
 (let ((?x1619 (* ?x632 ?x1637)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x3084 (* ?x190 ?x1619)))
 (let ((?x1990 (* 2.0 ?x961)))
 (let ((?x2748 (- ?x1990)))
 (let ((?x1823 (+ ?x160 ?x2748)))
 (let ((?x2184 (+ ?x88 ?x1823)))
 (let ((?x1116 (* 1.0 ?x2184)))
 (let ((?x2578 (* f2 ?x1116)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x904 (+ ?x114 ?x2578)))
 (let ((?x1639 (* 0.0 ?x1116)))
 (let ((?x2522 (+ ?x1639 ?x904)))
 (let ((?x483 (- ?x2522)))
 (let ((?x2258 (* 2.0 ?x483)))
 (let ((?x3301 (* ?x632 ?x2258)))
 (let ((?x2243 (+ ?x3301 ?x3084)))
 (let ((?x1032 (- ?x2243)))
 (let ((?x2407 (+ ?x483 ?x1032)))
 (let ((?x1173 (/ ?x2407 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x1958 (+ ?x1097 ?x1173)))
 (let ((?x2696 (- ?x1958)))
 (let ((?x3001 (* |g2[0]| ?x1116)))
 (let ((?x2109 (* (/ 1.0 2.0) ?x1116)))
 (let ((?x1281 (* 0.0 ?x2109)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2519 (+ ?x141 ?x1281)))
 (let ((?x2552 (* |h2[1,0]| ?x2519)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1004 (+ ?x83 ?x1281)))
 (let ((?x883 (* |h2[0,0]| ?x1004)))
 (let ((?x874 (+ ?x883 ?x2552)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1569 (+ ?x101 ?x1281)))
 (let ((?x920 (+ ?x1569 ?x874)))
 (let ((?x2274 (+ ?x920 ?x3001)))
 (let ((?x2437 (+ ?x2274 ?x2696)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x849 (+ ?x131 ?x2437)))
 (let ((?x1646 (* ?x1838 ?x849)))
 (or (and (distinct ?x1646 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (= 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1231 (* ?x165 ?x190)))
 (let ((?x1241 (- ?x1231)))
 (let ((?x1676 (+ ?x189 ?x1241)))
 (let ((?x2360 (- ?x1676)))
 (let ((?x2244 (* ?x129 ?x2360)))
 (let ((?x1832 (* ?x127 ?x190)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x279 (* ?x165 ?x1339)))
 (let ((?x3328 (+ ?x279 ?x1832)))
 (let ((?x509 (- ?x3328)))
 (let ((?x2577 (+ ?x2296 ?x509)))
 (let ((?x610 (/ ?x2577 scale)))
 (let ((?x1333 (+ ?x610 ?x2244)))
 (let ((?x2918 (- ?x1333)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x1068 (+ ?x865 ?x2918)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3267 (+ ?x131 ?x1068)))
 (let ((?x2372 (* ?x1838 ?x3267)))
 (or (and (distinct ?x2372 ?x1372) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537))))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x467 (/ ?x2199 exp!1)))
 (let ((?x632 (* ?x467 exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x147 (+ ?x127 ?x110)))
 (let ((?x183 (- ?x147)))
 (let ((?x184 (+ ?x160 ?x183)))
 (let ((?x185 (* ?x96 ?x184)))
 (let ((?x191 (* ?x185 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x135 (* 2.0 ?x147)))
 (let ((?x103 (- ?x135)))
 (let ((?x166 (+ ?x160 ?x103)))
 (let ((?x138 (+ ?x88 ?x166)))
 (let ((?x60 (* ?x138 1.0)))
 (let ((?x172 (* f2 ?x60)))
 (let ((?x177 (+ ?x172 ?x114)))
 (let ((?x98 (* 0.0 ?x60)))
 (let ((?x178 (+ ?x98 ?x177)))
 (let ((?x179 (- ?x178)))
 (let ((?x181 (* 2.0 ?x179)))
 (let ((?x182 (* ?x96 ?x181)))
 (let ((?x192 (+ ?x182 ?x191)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x179 ?x193)))
 (let ((?x195 (/ ?x194 scale)))
 (let ((?x201 (+ ?x195 ?x200)))
 (let ((?x202 (- ?x201)))
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
 (let ((?x203 (+ ?x43 ?x202)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x204 (+ ?x131 ?x203)))
 (let ((?x210 (* ?x209 ?x204)))
 (or (and (distinct ?x210 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x807 (- ?x270)))
 (let ((?x2011 (+ ?x160 ?x807)))
 (let ((?x1421 (* ?x96 ?x2011)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1416 (* ?x190 ?x1421)))
 (let ((?x2238 (* 2.0 ?x270)))
 (let ((?x520 (- ?x2238)))
 (let ((?x601 (+ ?x160 ?x520)))
 (let ((?x1071 (+ ?x88 ?x601)))
 (let ((?x614 (* 1.0 ?x1071)))
 (let ((?x2114 (* f2 ?x614)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1055 (+ ?x114 ?x2114)))
 (let ((?x2065 (* 0.0 ?x614)))
 (let ((?x2200 (+ ?x2065 ?x1055)))
 (let ((?x2350 (- ?x2200)))
 (let ((?x346 (* 2.0 ?x2350)))
 (let ((?x1285 (* ?x96 ?x346)))
 (let ((?x1953 (+ ?x1285 ?x1416)))
 (let ((?x2233 (- ?x1953)))
 (let ((?x288 (+ ?x2350 ?x2233)))
 (let ((?x1942 (/ ?x288 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x2410 (+ ?x200 ?x1942)))
 (let ((?x1104 (- ?x2410)))
 (let ((?x1964 (* |g2[0]| ?x614)))
 (let ((?x1903 (* (/ 1.0 2.0) ?x614)))
 (let ((?x2064 (* 0.0 ?x1903)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1967 (+ ?x141 ?x2064)))
 (let ((?x2379 (* |h2[1,0]| ?x1967)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2004 (+ ?x83 ?x2064)))
 (let ((?x727 (* |h2[0,0]| ?x2004)))
 (let ((?x1888 (+ ?x727 ?x2379)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2359 (+ ?x101 ?x2064)))
 (let ((?x299 (+ ?x2359 ?x1888)))
 (let ((?x1949 (+ ?x299 ?x1964)))
 (let ((?x717 (+ ?x1949 ?x1104)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2399 (+ ?x131 ?x717)))
 (let ((?x1600 (* ?x209 ?x2399)))
 (or (and (distinct ?x1600 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1231 (* ?x165 ?x190)))
 (let ((?x1241 (- ?x1231)))
 (let ((?x1676 (+ ?x189 ?x1241)))
 (let ((?x2360 (- ?x1676)))
 (let ((?x2244 (* ?x129 ?x2360)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1832 (* ?x127 ?x190)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x2234 (* ?x165 ?x492)))
 (let ((?x1935 (+ ?x2234 ?x1832)))
 (let ((?x1973 (- ?x1935)))
 (let ((?x2462 (+ ?x462 ?x1973)))
 (let ((?x1596 (/ ?x2462 scale)))
 (let ((?x1955 (+ ?x1596 ?x2244)))
 (let ((?x395 (- ?x1955)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x2256 (+ ?x438 ?x395)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1753 (+ ?x131 ?x2256)))
 (let ((?x2138 (* ?x209 ?x1753)))
 (or (and (distinct ?x2138 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x209 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x265 (* ?x264 ?x209)))
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
 (let ((?x224 (* ?x74 ?x29)))
 (let ((?x249 (/ ?x224 ?x41)))
 (let ((?x160 (- ?x74)))
 (let ((?x250 (+ ?x160 ?x249)))
 (let ((?x251 (* 2.0 ?x250)))
 (let ((?x252 (- ?x251)))
 (let ((?x253 (+ ?x160 ?x252)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x254 (+ ?x88 ?x253)))
 (let ((?x255 (* ?x209 ?x254)))
 (let ((?x262 (* |g2[0]| ?x255)))
 (let ((?x266 (+ ?x262 ?x265)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x230 (* ?x223 ?x29)))
 (let ((?x243 (/ ?x230 ?x41)))
 (let ((?x242 (- ?x223)))
 (let ((?x244 (+ ?x242 ?x243)))
 (let ((?x245 (* 2.0 ?x244)))
 (let ((?x246 (- ?x245)))
 (let ((?x247 (+ ?x242 ?x246)))
 (let ((?x241 (- ?x67)))
 (let ((?x248 (+ ?x241 ?x247)))
 (let ((?x259 (* ?x209 ?x248)))
 (let ((?x260 (* |g2[1]| ?x259)))
 (let ((?x256 (* ?x248 ?x255)))
 (let ((?x231 (- ?x224)))
 (let ((?x232 (* ?x230 ?x231)))
 (let ((?x229 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x233 (* ?x229 ?x232)))
 (let ((?x225 (* ?x223 ?x224)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x221 (* ?x219 ?x29)))
 (let ((?x226 (+ ?x221 ?x225)))
 (let ((?x227 (/ ?x226 ?x41)))
 (let ((?x234 (+ ?x227 ?x233)))
 (let ((?x220 (- ?x219)))
 (let ((?x235 (+ ?x220 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x220 ?x237)))
 (let ((?x212 (- ?x211)))
 (let ((?x239 (+ ?x212 ?x238)))
 (let ((?x240 (* ?x209 ?x239)))
 (let ((?x257 (+ ?x240 ?x256)))
 (let ((?x258 (* f2 ?x257)))
 (let ((?x261 (+ ?x258 ?x260)))
 (let ((?x267 (+ ?x261 ?x266)))
 (let ((?x96 (/ 1.0 exp!4)))
 (let ((?x270 (* ?x160 ?x96)))
 (let ((?x102 (/ (* ?x96 exp!1) exp!2)))
 (let ((?x110 (* 0.0 ?x102)))
 (let ((?x268 (+ ?x110 ?x270)))
 (let ((?x496 (- ?x268)))
 (let ((?x595 (+ ?x160 ?x496)))
 (let ((?x475 (* ?x96 ?x595)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x596 (* ?x190 ?x475)))
 (let ((?x269 (* 2.0 ?x268)))
 (let ((?x552 (- ?x269)))
 (let ((?x1101 (+ ?x160 ?x552)))
 (let ((?x1102 (+ ?x88 ?x1101)))
 (let ((?x1112 (* 1.0 ?x1102)))
 (let ((?x442 (* f2 ?x1112)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x461 (+ ?x114 ?x442)))
 (let ((?x460 (* 0.0 ?x1112)))
 (let ((?x446 (+ ?x460 ?x461)))
 (let ((?x462 (- ?x446)))
 (let ((?x492 (* 2.0 ?x462)))
 (let ((?x594 (* ?x96 ?x492)))
 (let ((?x504 (+ ?x594 ?x596)))
 (let ((?x597 (- ?x504)))
 (let ((?x508 (+ ?x462 ?x597)))
 (let ((?x598 (/ ?x508 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x512 (+ ?x200 ?x598)))
 (let ((?x599 (- ?x512)))
 (let ((?x455 (* |g2[0]| ?x1112)))
 (let ((?x1113 (* (/ 1.0 2.0) ?x1112)))
 (let ((?x1110 (* 0.0 ?x1113)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x427 (+ ?x141 ?x1110)))
 (let ((?x429 (* |h2[1,0]| ?x427)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x500 (+ ?x83 ?x1110)))
 (let ((?x451 (* |h2[0,0]| ?x500)))
 (let ((?x433 (+ ?x451 ?x429)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1111 (+ ?x101 ?x1110)))
 (let ((?x435 (+ ?x1111 ?x433)))
 (let ((?x438 (+ ?x435 ?x455)))
 (let ((?x516 (+ ?x438 ?x599)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x600 (+ ?x131 ?x516)))
 (let ((?x578 (* ?x209 ?x600)))
 (or (and (distinct ?x578 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (= 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2455 (+ ?x127 ?x1403)))
 (let ((?x2408 (- ?x2455)))
 (let ((?x2058 (+ ?x160 ?x2408)))
 (let ((?x1240 (* ?x632 ?x2058)))
 (let ((?x2534 (* ?x1240 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x2547 (* 2.0 ?x2455)))
 (let ((?x517 (- ?x2547)))
 (let ((?x1109 (+ ?x160 ?x517)))
 (let ((?x716 (+ ?x88 ?x1109)))
 (let ((?x314 (* ?x716 1.0)))
 (let ((?x2342 (* f2 ?x314)))
 (let ((?x2348 (+ ?x2342 ?x114)))
 (let ((?x591 (* 0.0 ?x314)))
 (let ((?x337 (+ ?x591 ?x2348)))
 (let ((?x583 (- ?x337)))
 (let ((?x1296 (* 2.0 ?x583)))
 (let ((?x2007 (* ?x632 ?x1296)))
 (let ((?x1904 (+ ?x2007 ?x2534)))
 (let ((?x681 (- ?x1904)))
 (let ((?x828 (+ ?x583 ?x681)))
 (let ((?x1043 (/ ?x828 scale)))
 (let ((?x2427 (+ ?x1043 ?x1097)))
 (let ((?x1187 (- ?x2427)))
 (let ((?x1902 (* |g2[0]| ?x314)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1274 (* (/ 1.0 2.0) ?x314)))
 (let ((?x1616 (* 0.0 ?x1274)))
 (let ((?x966 (+ ?x1616 ?x141)))
 (let ((?x2197 (* |h2[1,0]| ?x966)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1852 (+ ?x1616 ?x83)))
 (let ((?x1900 (* |h2[0,0]| ?x1852)))
 (let ((?x556 (+ ?x1900 ?x2197)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1525 (+ ?x1616 ?x101)))
 (let ((?x360 (+ ?x1525 ?x556)))
 (let ((?x2215 (+ ?x360 ?x1902)))
 (let ((?x604 (+ ?x2215 ?x1187)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1914 (+ ?x131 ?x604)))
 (let ((?x914 (* ?x1838 ?x1914)))
 (or (and (distinct ?x914 ?x1372) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (= 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2839 (- ?x961)))
 (let ((?x1637 (+ ?x160 ?x2839)))
 (let ((?x1619 (* ?x632 ?x1637)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x3084 (* ?x190 ?x1619)))
 (let ((?x1990 (* 2.0 ?x961)))
 (let ((?x2748 (- ?x1990)))
 (let ((?x1823 (+ ?x160 ?x2748)))
 (let ((?x2184 (+ ?x88 ?x1823)))
 (let ((?x1116 (* 1.0 ?x2184)))
 (let ((?x2578 (* f2 ?x1116)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x904 (+ ?x114 ?x2578)))
 (let ((?x1639 (* 0.0 ?x1116)))
 (let ((?x2522 (+ ?x1639 ?x904)))
 (let ((?x483 (- ?x2522)))
 (let ((?x2258 (* 2.0 ?x483)))
 (let ((?x3301 (* ?x632 ?x2258)))
 (let ((?x2243 (+ ?x3301 ?x3084)))
 (let ((?x1032 (- ?x2243)))
 (let ((?x2407 (+ ?x483 ?x1032)))
 (let ((?x1173 (/ ?x2407 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x1958 (+ ?x1097 ?x1173)))
 (let ((?x2696 (- ?x1958)))
 (let ((?x3001 (* |g2[0]| ?x1116)))
 (let ((?x2109 (* (/ 1.0 2.0) ?x1116)))
 (let ((?x1281 (* 0.0 ?x2109)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2519 (+ ?x141 ?x1281)))
 (let ((?x2552 (* |h2[1,0]| ?x2519)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1004 (+ ?x83 ?x1281)))
 (let ((?x883 (* |h2[0,0]| ?x1004)))
 (let ((?x874 (+ ?x883 ?x2552)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1569 (+ ?x101 ?x1281)))
 (let ((?x920 (+ ?x1569 ?x874)))
 (let ((?x2274 (+ ?x920 ?x3001)))
 (let ((?x2437 (+ ?x2274 ?x2696)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x849 (+ ?x131 ?x2437)))
 (let ((?x1646 (* ?x1838 ?x849)))
 (or (and (distinct ?x1646 ?x1372) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (= 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1231 (* ?x165 ?x190)))
 (let ((?x1241 (- ?x1231)))
 (let ((?x1676 (+ ?x189 ?x1241)))
 (let ((?x2360 (- ?x1676)))
 (let ((?x2244 (* ?x129 ?x2360)))
 (let ((?x1832 (* ?x127 ?x190)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x279 (* ?x165 ?x1339)))
 (let ((?x3328 (+ ?x279 ?x1832)))
 (let ((?x509 (- ?x3328)))
 (let ((?x2577 (+ ?x2296 ?x509)))
 (let ((?x610 (/ ?x2577 scale)))
 (let ((?x1333 (+ ?x610 ?x2244)))
 (let ((?x2918 (- ?x1333)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x1068 (+ ?x865 ?x2918)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x3267 (+ ?x131 ?x1068)))
 (let ((?x2372 (* ?x1838 ?x3267)))
 (or (and (distinct ?x2372 ?x1372) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
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
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x615 (* (/ 1.0 2.0) ?x160)))
 (let ((?x2446 (+ ?x615 ?x2303)))
 (let ((?x1702 (* 2.0 ?x2446)))
 (let ((?x1138 (- ?x1702)))
 (let ((?x2095 (+ ?x160 ?x1138)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x726 (+ ?x88 ?x2095)))
 (let ((?x327 (* ?x1838 ?x726)))
 (let ((?x1143 (* |g2[0]| ?x327)))
 (let ((?x577 (+ ?x1143 ?x1036)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x1248 (* (/ 1.0 2.0) ?x242)))
 (let ((?x1105 (+ ?x1248 ?x1459)))
 (let ((?x808 (* 2.0 ?x1105)))
 (let ((?x2186 (- ?x808)))
 (let ((?x2343 (+ ?x242 ?x2186)))
 (let ((?x241 (- ?x67)))
 (let ((?x2093 (+ ?x241 ?x2343)))
 (let ((?x2449 (* ?x1838 ?x2093)))
 (let ((?x2366 (* |g2[1]| ?x2449)))
 (let ((?x1583 (* ?x2093 ?x327)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x1544 (* (/ 1.0 2.0) ?x220)))
 (let ((?x2503 (+ ?x1544 ?x1445)))
 (let ((?x1244 (* 2.0 ?x2503)))
 (let ((?x448 (- ?x1244)))
 (let ((?x1123 (+ ?x220 ?x448)))
 (let ((?x212 (- ?x211)))
 (let ((?x285 (+ ?x212 ?x1123)))
 (let ((?x1878 (* ?x1838 ?x285)))
 (let ((?x2423 (+ ?x1878 ?x1583)))
 (let ((?x1969 (* f2 ?x2423)))
 (let ((?x740 (+ ?x1969 ?x2366)))
 (let ((?x1372 (+ ?x740 ?x577)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x1372) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (< 0.0 ?x1272))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let (($x1537 (= 0.0 ?x1272)))
 (not $x1537)))))
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
 (let ((?x2751 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1272 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2303 (/ ?x127 ?x1272)))
 (let ((?x670 (+ ?x2303 ?x2751)))
 (let ((?x1435 (* 2.0 ?x670)))
 (let ((?x2753 (- ?x1435)))
 (let ((?x2692 (+ ?x160 ?x2753)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1375 (+ ?x88 ?x2692)))
 (let ((?x2185 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1838 (* ?x2185 exp!2)))
 (let ((?x1912 (* ?x1838 ?x1375)))
 (let ((?x422 (* |g2[0]| ?x1912)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1036 (* ?x264 ?x1838)))
 (let ((?x2145 (+ ?x1036 ?x422)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2758 (* 0.0 ?x242)))
 (let ((?x1968 (* ?x242 ?x165)))
 (let ((?x1459 (/ ?x1968 ?x1272)))
 (let ((?x2754 (+ ?x1459 ?x2758)))
 (let ((?x2477 (* 2.0 ?x2754)))
 (let ((?x2147 (- ?x2477)))
 (let ((?x987 (+ ?x242 ?x2147)))
 (let ((?x241 (- ?x67)))
 (let ((?x1910 (+ ?x241 ?x987)))
 (let ((?x1436 (* ?x1838 ?x1910)))
 (let ((?x1907 (* |g2[1]| ?x1436)))
 (let ((?x1593 (* ?x1910 ?x1912)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1006 (* 0.0 ?x220)))
 (let ((?x1783 (- ?x127)))
 (let ((?x1542 (* ?x1968 ?x1783)))
 (let ((?x1455 (/ 1.0 (* ?x1272 ?x1272))))
 (let ((?x1527 (* ?x1455 ?x1542)))
 (let ((?x757 (* ?x242 ?x127)))
 (let ((?x421 (* ?x220 ?x165)))
 (let ((?x630 (+ ?x421 ?x757)))
 (let ((?x790 (/ ?x630 ?x1272)))
 (let ((?x1445 (+ ?x790 ?x1527)))
 (let ((?x356 (+ ?x1445 ?x1006)))
 (let ((?x2390 (* 2.0 ?x356)))
 (let ((?x2756 (- ?x2390)))
 (let ((?x1754 (+ ?x220 ?x2756)))
 (let ((?x212 (- ?x211)))
 (let ((?x2757 (+ ?x212 ?x1754)))
 (let ((?x2750 (* ?x1838 ?x2757)))
 (let ((?x1515 (+ ?x2750 ?x1593)))
 (let ((?x401 (* f2 ?x1515)))
 (let ((?x2747 (+ ?x401 ?x1907)))
 (let ((?x2738 (+ ?x2747 ?x2145)))
 (let ((?x632 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x961 (* ?x160 ?x632)))
 (let ((?x2199 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1403 (* 0.0 ?x2199)))
 (let ((?x2220 (+ ?x1403 ?x961)))
 (let ((?x1884 (- ?x2220)))
 (let ((?x969 (+ ?x160 ?x1884)))
 (let ((?x990 (* ?x632 ?x969)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2365 (* ?x190 ?x990)))
 (let ((?x2080 (* 2.0 ?x2220)))
 (let ((?x872 (- ?x2080)))
 (let ((?x654 (+ ?x160 ?x872)))
 (let ((?x399 (+ ?x88 ?x654)))
 (let ((?x350 (* 1.0 ?x399)))
 (let ((?x1364 (* f2 ?x350)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1205 (+ ?x114 ?x1364)))
 (let ((?x2394 (* 0.0 ?x350)))
 (let ((?x2416 (+ ?x2394 ?x1205)))
 (let ((?x2296 (- ?x2416)))
 (let ((?x1339 (* 2.0 ?x2296)))
 (let ((?x562 (* ?x632 ?x1339)))
 (let ((?x310 (+ ?x562 ?x2365)))
 (let ((?x1666 (- ?x310)))
 (let ((?x1355 (+ ?x2296 ?x1666)))
 (let ((?x388 (/ ?x1355 scale)))
 (let ((?x1872 (* ?x632 ?x190)))
 (let ((?x2460 (- ?x1872)))
 (let ((?x902 (+ ?x189 ?x2460)))
 (let ((?x420 (- ?x902)))
 (let ((?x1097 (* ?x129 ?x420)))
 (let ((?x411 (+ ?x1097 ?x388)))
 (let ((?x952 (- ?x411)))
 (let ((?x541 (* |g2[0]| ?x350)))
 (let ((?x934 (* (/ 1.0 2.0) ?x350)))
 (let ((?x1253 (* 0.0 ?x934)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1345 (+ ?x141 ?x1253)))
 (let ((?x2328 (* |h2[1,0]| ?x1345)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1548 (+ ?x83 ?x1253)))
 (let ((?x737 (* |h2[0,0]| ?x1548)))
 (let ((?x1693 (+ ?x737 ?x2328)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2252 (+ ?x101 ?x1253)))
 (let ((?x852 (+ ?x2252 ?x1693)))
 (let ((?x865 (+ ?x852 ?x541)))
 (let ((?x590 (+ ?x865 ?x952)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1197 (+ ?x131 ?x590)))
 (let ((?x1041 (* ?x1838 ?x1197)))
 (or (and (distinct ?x1041 ?x2738) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
