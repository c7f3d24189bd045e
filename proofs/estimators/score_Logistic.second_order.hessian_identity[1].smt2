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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x302 (- ?x270)))
 (let ((?x1231 (+ ?x160 ?x302)))
 (let ((?x1369 (* ?x96 ?x1231)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2258 (* ?x190 ?x1369)))
 (let ((?x2252 (* 2.0 ?x270)))
 (let ((?x520 (- ?x2252)))
 (let ((?x601 (+ ?x160 ?x520)))
 (let ((?x2234 (+ ?x88 ?x601)))
 (let ((?x376 (* 1.0 ?x2234)))
 (let ((?x2128 (* f2 ?x376)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x2081 (+ ?x114 ?x2128)))
 (let ((?x498 (* 0.0 ?x376)))
 (let ((?x1138 (+ ?x498 ?x2081)))
 (let ((?x2220 (- ?x1138)))
 (let ((?x662 (* 2.0 ?x2220)))
 (let ((?x984 (* ?x96 ?x662)))
 (let ((?x1936 (+ ?x984 ?x2258)))
 (let ((?x2247 (- ?x1936)))
 (let ((?x1313 (+ ?x2220 ?x2247)))
 (let ((?x1651 (/ ?x1313 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x2360 (+ ?x200 ?x1651)))
 (let ((?x2365 (- ?x2360)))
 (let ((?x1983 (* |g2[0]| ?x376)))
 (let ((?x2404 (* (/ 1.0 2.0) ?x376)))
 (let ((?x2187 (* 0.0 ?x2404)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2373 (+ ?x141 ?x2187)))
 (let ((?x2329 (* |h2[1,0]| ?x2373)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x724 (+ ?x83 ?x2187)))
 (let ((?x2347 (* |h2[0,0]| ?x724)))
 (let ((?x1902 (+ ?x2347 ?x2329)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1104 (+ ?x101 ?x2187)))
 (let ((?x642 (+ ?x1104 ?x1902)))
 (let ((?x1963 (+ ?x642 ?x1983)))
 (let ((?x2366 (+ ?x1963 ?x2365)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2414 (+ ?x131 ?x2366)))
 (let ((?x283 (* ?x209 ?x2414)))
 (or (and (distinct ?x283 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2244 (* ?x165 ?x190)))
 (let ((?x1575 (- ?x2244)))
 (let ((?x626 (+ ?x189 ?x1575)))
 (let ((?x1096 (- ?x626)))
 (let ((?x2276 (* ?x129 ?x1096)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1978 (* ?x127 ?x190)))
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
 (let ((?x2306 (* ?x165 ?x492)))
 (let ((?x1362 (+ ?x2306 ?x1978)))
 (let ((?x1326 (- ?x1362)))
 (let ((?x2463 (+ ?x462 ?x1326)))
 (let ((?x1446 (/ ?x2463 scale)))
 (let ((?x2000 (+ ?x1446 ?x2276)))
 (let ((?x789 (- ?x2000)))
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
 (let ((?x2168 (+ ?x438 ?x789)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2309 (+ ?x131 ?x2168)))
 (let ((?x1235 (* ?x209 ?x2309)))
 (or (and (distinct ?x1235 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (= 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x1665 (+ ?x127 ?x2218)))
 (let ((?x767 (- ?x1665)))
 (let ((?x315 (+ ?x160 ?x767)))
 (let ((?x831 (* ?x2070 ?x315)))
 (let ((?x1302 (* ?x831 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1094 (* 2.0 ?x1665)))
 (let ((?x1133 (- ?x1094)))
 (let ((?x849 (+ ?x160 ?x1133)))
 (let ((?x765 (+ ?x88 ?x849)))
 (let ((?x2416 (* ?x765 1.0)))
 (let ((?x1644 (* f2 ?x2416)))
 (let ((?x414 (+ ?x1644 ?x114)))
 (let ((?x1263 (* 0.0 ?x2416)))
 (let ((?x925 (+ ?x1263 ?x414)))
 (let ((?x2129 (- ?x925)))
 (let ((?x1917 (* 2.0 ?x2129)))
 (let ((?x1180 (* ?x2070 ?x1917)))
 (let ((?x1376 (+ ?x1180 ?x1302)))
 (let ((?x2271 (- ?x1376)))
 (let ((?x1707 (+ ?x2129 ?x2271)))
 (let ((?x731 (/ ?x1707 scale)))
 (let ((?x1361 (+ ?x731 ?x441)))
 (let ((?x1545 (- ?x1361)))
 (let ((?x1026 (* |g2[0]| ?x2416)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1835 (* (/ 1.0 2.0) ?x2416)))
 (let ((?x2024 (* 0.0 ?x1835)))
 (let ((?x407 (+ ?x2024 ?x141)))
 (let ((?x381 (* |h2[1,0]| ?x407)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2235 (+ ?x2024 ?x83)))
 (let ((?x685 (* |h2[0,0]| ?x2235)))
 (let ((?x1065 (+ ?x685 ?x381)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1171 (+ ?x2024 ?x101)))
 (let ((?x2336 (+ ?x1171 ?x1065)))
 (let ((?x1380 (+ ?x2336 ?x1026)))
 (let ((?x716 (+ ?x1380 ?x1545)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1425 (+ ?x131 ?x716)))
 (let ((?x584 (* ?x1291 ?x1425)))
 (or (and (distinct ?x584 ?x1341) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (= 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2543 (- ?x538)))
 (let ((?x2554 (+ ?x160 ?x2543)))
 (let ((?x1998 (* ?x2070 ?x2554)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x3227 (* ?x190 ?x1998)))
 (let ((?x1149 (* 2.0 ?x538)))
 (let ((?x2742 (- ?x1149)))
 (let ((?x1775 (+ ?x160 ?x2742)))
 (let ((?x2782 (+ ?x88 ?x1775)))
 (let ((?x1520 (* 1.0 ?x2782)))
 (let ((?x2614 (* f2 ?x1520)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1106 (+ ?x114 ?x2614)))
 (let ((?x2591 (* 0.0 ?x1520)))
 (let ((?x3337 (+ ?x2591 ?x1106)))
 (let ((?x2319 (- ?x3337)))
 (let ((?x1638 (* 2.0 ?x2319)))
 (let ((?x1119 (* ?x2070 ?x1638)))
 (let ((?x1905 (+ ?x1119 ?x3227)))
 (let ((?x2009 (- ?x1905)))
 (let ((?x2295 (+ ?x2319 ?x2009)))
 (let ((?x425 (/ ?x2295 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x2051 (+ ?x441 ?x425)))
 (let ((?x2596 (- ?x2051)))
 (let ((?x416 (* |g2[0]| ?x1520)))
 (let ((?x2446 (* (/ 1.0 2.0) ?x1520)))
 (let ((?x1645 (* 0.0 ?x2446)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2851 (+ ?x141 ?x1645)))
 (let ((?x893 (* |h2[1,0]| ?x2851)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x3057 (+ ?x83 ?x1645)))
 (let ((?x1089 (* |h2[0,0]| ?x3057)))
 (let ((?x1166 (+ ?x1089 ?x893)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x450 (+ ?x101 ?x1645)))
 (let ((?x2447 (+ ?x450 ?x1166)))
 (let ((?x721 (+ ?x2447 ?x416)))
 (let ((?x3336 (+ ?x721 ?x2596)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2589 (+ ?x131 ?x3336)))
 (let ((?x2188 (* ?x1291 ?x2589)))
 (or (and (distinct ?x2188 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (= 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2244 (* ?x165 ?x190)))
 (let ((?x1575 (- ?x2244)))
 (let ((?x626 (+ ?x189 ?x1575)))
 (let ((?x1096 (- ?x626)))
 (let ((?x2276 (* ?x129 ?x1096)))
 (let ((?x1978 (* ?x127 ?x190)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x2173 (* ?x165 ?x914)))
 (let ((?x692 (+ ?x2173 ?x1978)))
 (let ((?x2906 (- ?x692)))
 (let ((?x3055 (+ ?x945 ?x2906)))
 (let ((?x1517 (/ ?x3055 scale)))
 (let ((?x3008 (+ ?x1517 ?x2276)))
 (let ((?x1722 (- ?x3008)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x2071 (+ ?x1853 ?x1722)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2602 (+ ?x131 ?x2071)))
 (let ((?x2982 (* ?x1291 ?x2602)))
 (or (and (distinct ?x2982 ?x1341) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244))))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2104 (/ ?x871 exp!1)))
 (let ((?x2070 (* ?x2104 exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x302 (- ?x270)))
 (let ((?x1231 (+ ?x160 ?x302)))
 (let ((?x1369 (* ?x96 ?x1231)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2258 (* ?x190 ?x1369)))
 (let ((?x2252 (* 2.0 ?x270)))
 (let ((?x520 (- ?x2252)))
 (let ((?x601 (+ ?x160 ?x520)))
 (let ((?x2234 (+ ?x88 ?x601)))
 (let ((?x376 (* 1.0 ?x2234)))
 (let ((?x2128 (* f2 ?x376)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x2081 (+ ?x114 ?x2128)))
 (let ((?x498 (* 0.0 ?x376)))
 (let ((?x1138 (+ ?x498 ?x2081)))
 (let ((?x2220 (- ?x1138)))
 (let ((?x662 (* 2.0 ?x2220)))
 (let ((?x984 (* ?x96 ?x662)))
 (let ((?x1936 (+ ?x984 ?x2258)))
 (let ((?x2247 (- ?x1936)))
 (let ((?x1313 (+ ?x2220 ?x2247)))
 (let ((?x1651 (/ ?x1313 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x2360 (+ ?x200 ?x1651)))
 (let ((?x2365 (- ?x2360)))
 (let ((?x1983 (* |g2[0]| ?x376)))
 (let ((?x2404 (* (/ 1.0 2.0) ?x376)))
 (let ((?x2187 (* 0.0 ?x2404)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2373 (+ ?x141 ?x2187)))
 (let ((?x2329 (* |h2[1,0]| ?x2373)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x724 (+ ?x83 ?x2187)))
 (let ((?x2347 (* |h2[0,0]| ?x724)))
 (let ((?x1902 (+ ?x2347 ?x2329)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1104 (+ ?x101 ?x2187)))
 (let ((?x642 (+ ?x1104 ?x1902)))
 (let ((?x1963 (+ ?x642 ?x1983)))
 (let ((?x2366 (+ ?x1963 ?x2365)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2414 (+ ?x131 ?x2366)))
 (let ((?x283 (* ?x209 ?x2414)))
 (or (and (distinct ?x283 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2244 (* ?x165 ?x190)))
 (let ((?x1575 (- ?x2244)))
 (let ((?x626 (+ ?x189 ?x1575)))
 (let ((?x1096 (- ?x626)))
 (let ((?x2276 (* ?x129 ?x1096)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1978 (* ?x127 ?x190)))
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
 (let ((?x2306 (* ?x165 ?x492)))
 (let ((?x1362 (+ ?x2306 ?x1978)))
 (let ((?x1326 (- ?x1362)))
 (let ((?x2463 (+ ?x462 ?x1326)))
 (let ((?x1446 (/ ?x2463 scale)))
 (let ((?x2000 (+ ?x1446 ?x2276)))
 (let ((?x789 (- ?x2000)))
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
 (let ((?x2168 (+ ?x438 ?x789)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2309 (+ ?x131 ?x2168)))
 (let ((?x1235 (* ?x209 ?x2309)))
 (or (and (distinct ?x1235 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (= 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x1665 (+ ?x127 ?x2218)))
 (let ((?x767 (- ?x1665)))
 (let ((?x315 (+ ?x160 ?x767)))
 (let ((?x831 (* ?x2070 ?x315)))
 (let ((?x1302 (* ?x831 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1094 (* 2.0 ?x1665)))
 (let ((?x1133 (- ?x1094)))
 (let ((?x849 (+ ?x160 ?x1133)))
 (let ((?x765 (+ ?x88 ?x849)))
 (let ((?x2416 (* ?x765 1.0)))
 (let ((?x1644 (* f2 ?x2416)))
 (let ((?x414 (+ ?x1644 ?x114)))
 (let ((?x1263 (* 0.0 ?x2416)))
 (let ((?x925 (+ ?x1263 ?x414)))
 (let ((?x2129 (- ?x925)))
 (let ((?x1917 (* 2.0 ?x2129)))
 (let ((?x1180 (* ?x2070 ?x1917)))
 (let ((?x1376 (+ ?x1180 ?x1302)))
 (let ((?x2271 (- ?x1376)))
 (let ((?x1707 (+ ?x2129 ?x2271)))
 (let ((?x731 (/ ?x1707 scale)))
 (let ((?x1361 (+ ?x731 ?x441)))
 (let ((?x1545 (- ?x1361)))
 (let ((?x1026 (* |g2[0]| ?x2416)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1835 (* (/ 1.0 2.0) ?x2416)))
 (let ((?x2024 (* 0.0 ?x1835)))
 (let ((?x407 (+ ?x2024 ?x141)))
 (let ((?x381 (* |h2[1,0]| ?x407)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2235 (+ ?x2024 ?x83)))
 (let ((?x685 (* |h2[0,0]| ?x2235)))
 (let ((?x1065 (+ ?x685 ?x381)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1171 (+ ?x2024 ?x101)))
 (let ((?x2336 (+ ?x1171 ?x1065)))
 (let ((?x1380 (+ ?x2336 ?x1026)))
 (let ((?x716 (+ ?x1380 ?x1545)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1425 (+ ?x131 ?x716)))
 (let ((?x584 (* ?x1291 ?x1425)))
 (or (and (distinct ?x584 ?x1341) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (= 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x2543 (- ?x538)))
 (let ((?x2554 (+ ?x160 ?x2543)))
 (let ((?x1998 (* ?x2070 ?x2554)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x3227 (* ?x190 ?x1998)))
 (let ((?x1149 (* 2.0 ?x538)))
 (let ((?x2742 (- ?x1149)))
 (let ((?x1775 (+ ?x160 ?x2742)))
 (let ((?x2782 (+ ?x88 ?x1775)))
 (let ((?x1520 (* 1.0 ?x2782)))
 (let ((?x2614 (* f2 ?x1520)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1106 (+ ?x114 ?x2614)))
 (let ((?x2591 (* 0.0 ?x1520)))
 (let ((?x3337 (+ ?x2591 ?x1106)))
 (let ((?x2319 (- ?x3337)))
 (let ((?x1638 (* 2.0 ?x2319)))
 (let ((?x1119 (* ?x2070 ?x1638)))
 (let ((?x1905 (+ ?x1119 ?x3227)))
 (let ((?x2009 (- ?x1905)))
 (let ((?x2295 (+ ?x2319 ?x2009)))
 (let ((?x425 (/ ?x2295 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x2051 (+ ?x441 ?x425)))
 (let ((?x2596 (- ?x2051)))
 (let ((?x416 (* |g2[0]| ?x1520)))
 (let ((?x2446 (* (/ 1.0 2.0) ?x1520)))
 (let ((?x1645 (* 0.0 ?x2446)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2851 (+ ?x141 ?x1645)))
 (let ((?x893 (* |h2[1,0]| ?x2851)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x3057 (+ ?x83 ?x1645)))
 (let ((?x1089 (* |h2[0,0]| ?x3057)))
 (let ((?x1166 (+ ?x1089 ?x893)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x450 (+ ?x101 ?x1645)))
 (let ((?x2447 (+ ?x450 ?x1166)))
 (let ((?x721 (+ ?x2447 ?x416)))
 (let ((?x3336 (+ ?x721 ?x2596)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2589 (+ ?x131 ?x3336)))
 (let ((?x2188 (* ?x1291 ?x2589)))
 (or (and (distinct ?x2188 ?x1341) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (= 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2244 (* ?x165 ?x190)))
 (let ((?x1575 (- ?x2244)))
 (let ((?x626 (+ ?x189 ?x1575)))
 (let ((?x1096 (- ?x626)))
 (let ((?x2276 (* ?x129 ?x1096)))
 (let ((?x1978 (* ?x127 ?x190)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x2173 (* ?x165 ?x914)))
 (let ((?x692 (+ ?x2173 ?x1978)))
 (let ((?x2906 (- ?x692)))
 (let ((?x3055 (+ ?x945 ?x2906)))
 (let ((?x1517 (/ ?x3055 scale)))
 (let ((?x3008 (+ ?x1517 ?x2276)))
 (let ((?x1722 (- ?x3008)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x2071 (+ ?x1853 ?x1722)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2602 (+ ?x131 ?x2071)))
 (let ((?x2982 (* ?x1291 ?x2602)))
 (or (and (distinct ?x2982 ?x1341) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
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
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x1191 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1523 (+ ?x1191 ?x1776)))
 (let ((?x2141 (* 2.0 ?x1523)))
 (let ((?x1535 (- ?x2141)))
 (let ((?x1474 (+ ?x160 ?x1535)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x687 (+ ?x88 ?x1474)))
 (let ((?x2135 (* ?x1291 ?x687)))
 (let ((?x908 (* |g2[0]| ?x2135)))
 (let ((?x2488 (+ ?x908 ?x2073)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x775 (* (/ 1.0 2.0) ?x242)))
 (let ((?x702 (+ ?x775 ?x582)))
 (let ((?x1186 (* 2.0 ?x702)))
 (let ((?x589 (- ?x1186)))
 (let ((?x2155 (+ ?x242 ?x589)))
 (let ((?x241 (- ?x67)))
 (let ((?x819 (+ ?x241 ?x2155)))
 (let ((?x1312 (* ?x1291 ?x819)))
 (let ((?x1767 (* |g2[1]| ?x1312)))
 (let ((?x2467 (* ?x819 ?x2135)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x2286 (* (/ 1.0 2.0) ?x220)))
 (let ((?x542 (+ ?x2286 ?x1820)))
 (let ((?x1868 (* 2.0 ?x542)))
 (let ((?x1346 (- ?x1868)))
 (let ((?x1570 (+ ?x220 ?x1346)))
 (let ((?x212 (- ?x211)))
 (let ((?x799 (+ ?x212 ?x1570)))
 (let ((?x1215 (* ?x1291 ?x799)))
 (let ((?x2156 (+ ?x1215 ?x2467)))
 (let ((?x2374 (* f2 ?x2156)))
 (let ((?x793 (+ ?x2374 ?x1767)))
 (let ((?x1341 (+ ?x793 ?x2488)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x1341) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (< 0.0 ?x1706))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let (($x1244 (= 0.0 ?x1706)))
 (not $x1244)))))
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
 (let ((?x2745 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1706 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x1776 (/ ?x127 ?x1706)))
 (let ((?x568 (+ ?x1776 ?x2745)))
 (let ((?x1294 (* 2.0 ?x568)))
 (let ((?x2747 (- ?x1294)))
 (let ((?x2686 (+ ?x160 ?x2747)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x2074 (+ ?x88 ?x2686)))
 (let ((?x585 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1291 (* ?x585 exp!2)))
 (let ((?x2473 (* ?x1291 ?x2074)))
 (let ((?x936 (* |g2[0]| ?x2473)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x2073 (* ?x264 ?x1291)))
 (let ((?x2343 (+ ?x2073 ?x936)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2752 (* 0.0 ?x242)))
 (let ((?x296 (* ?x242 ?x165)))
 (let ((?x582 (/ ?x296 ?x1706)))
 (let ((?x2748 (+ ?x582 ?x2752)))
 (let ((?x1304 (* 2.0 ?x2748)))
 (let ((?x1088 (- ?x1304)))
 (let ((?x1841 (+ ?x242 ?x1088)))
 (let ((?x241 (- ?x67)))
 (let ((?x1571 (+ ?x241 ?x1841)))
 (let ((?x2302 (* ?x1291 ?x1571)))
 (let ((?x1118 (* |g2[1]| ?x2302)))
 (let ((?x741 (* ?x1571 ?x2473)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x399 (* 0.0 ?x220)))
 (let ((?x2158 (- ?x127)))
 (let ((?x1531 (* ?x296 ?x2158)))
 (let ((?x2489 (/ 1.0 (* ?x1706 ?x1706))))
 (let ((?x997 (* ?x2489 ?x1531)))
 (let ((?x1823 (* ?x242 ?x127)))
 (let ((?x780 (* ?x220 ?x165)))
 (let ((?x1786 (+ ?x780 ?x1823)))
 (let ((?x1404 (/ ?x1786 ?x1706)))
 (let ((?x1820 (+ ?x1404 ?x997)))
 (let ((?x636 (+ ?x1820 ?x399)))
 (let ((?x928 (* 2.0 ?x636)))
 (let ((?x2750 (- ?x928)))
 (let ((?x1498 (+ ?x220 ?x2750)))
 (let ((?x212 (- ?x211)))
 (let ((?x2751 (+ ?x212 ?x1498)))
 (let ((?x2744 (* ?x1291 ?x2751)))
 (let ((?x2480 (+ ?x2744 ?x741)))
 (let ((?x1988 (* f2 ?x2480)))
 (let ((?x2741 (+ ?x1988 ?x1118)))
 (let ((?x2732 (+ ?x2741 ?x2343)))
 (let ((?x2070 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x538 (* ?x160 ?x2070)))
 (let ((?x871 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2218 (* 0.0 ?x871)))
 (let ((?x2216 (+ ?x2218 ?x538)))
 (let ((?x1710 (- ?x2216)))
 (let ((?x1698 (+ ?x160 ?x1710)))
 (let ((?x865 (* ?x2070 ?x1698)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x507 (* ?x190 ?x865)))
 (let ((?x2089 (* 2.0 ?x2216)))
 (let ((?x934 (- ?x2089)))
 (let ((?x866 (+ ?x160 ?x934)))
 (let ((?x1919 (+ ?x88 ?x866)))
 (let ((?x2346 (* 1.0 ?x1919)))
 (let ((?x761 (* f2 ?x2346)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1126 (+ ?x114 ?x761)))
 (let ((?x733 (* 0.0 ?x2346)))
 (let ((?x495 (+ ?x733 ?x1126)))
 (let ((?x945 (- ?x495)))
 (let ((?x914 (* 2.0 ?x945)))
 (let ((?x982 (* ?x2070 ?x914)))
 (let ((?x2020 (+ ?x982 ?x507)))
 (let ((?x2094 (- ?x2020)))
 (let ((?x536 (+ ?x945 ?x2094)))
 (let ((?x1160 (/ ?x536 scale)))
 (let ((?x1469 (* ?x2070 ?x190)))
 (let ((?x1008 (- ?x1469)))
 (let ((?x670 (+ ?x189 ?x1008)))
 (let ((?x680 (- ?x670)))
 (let ((?x441 (* ?x129 ?x680)))
 (let ((?x295 (+ ?x441 ?x1160)))
 (let ((?x1870 (- ?x295)))
 (let ((?x2119 (* |g2[0]| ?x2346)))
 (let ((?x961 (* (/ 1.0 2.0) ?x2346)))
 (let ((?x371 (* 0.0 ?x961)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1753 (+ ?x141 ?x371)))
 (let ((?x826 (* |h2[1,0]| ?x1753)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2253 (+ ?x83 ?x371)))
 (let ((?x1808 (* |h2[0,0]| ?x2253)))
 (let ((?x290 (+ ?x1808 ?x826)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1241 (+ ?x101 ?x371)))
 (let ((?x2217 (+ ?x1241 ?x290)))
 (let ((?x1853 (+ ?x2217 ?x2119)))
 (let ((?x1734 (+ ?x1853 ?x1870)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1581 (+ ?x131 ?x1734)))
 (let ((?x1895 (* ?x1291 ?x1581)))
 (or (and (distinct ?x1895 ?x2732) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
