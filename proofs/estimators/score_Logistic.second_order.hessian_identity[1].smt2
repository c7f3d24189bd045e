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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x450 (- ?x270)))
 (let ((?x2390 (+ ?x160 ?x450)))
 (let ((?x373 (* ?x96 ?x2390)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2256 (* ?x190 ?x373)))
 (let ((?x2392 (* 2.0 ?x270)))
 (let ((?x520 (- ?x2392)))
 (let ((?x601 (+ ?x160 ?x520)))
 (let ((?x2023 (+ ?x88 ?x601)))
 (let ((?x375 (* 1.0 ?x2023)))
 (let ((?x2126 (* f2 ?x375)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x960 (+ ?x114 ?x2126)))
 (let ((?x1335 (* 0.0 ?x375)))
 (let ((?x639 (+ ?x1335 ?x960)))
 (let ((?x2218 (- ?x639)))
 (let ((?x661 (* 2.0 ?x2218)))
 (let ((?x724 (* ?x96 ?x661)))
 (let ((?x1900 (+ ?x724 ?x2256)))
 (let ((?x2245 (- ?x1900)))
 (let ((?x2232 (+ ?x2218 ?x2245)))
 (let ((?x1277 (/ ?x2232 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x1934 (+ ?x200 ?x1277)))
 (let ((?x2363 (- ?x1934)))
 (let ((?x1981 (* |g2[0]| ?x375)))
 (let ((?x2165 (* (/ 1.0 2.0) ?x375)))
 (let ((?x2185 (* 0.0 ?x2165)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x313 (+ ?x141 ?x2185)))
 (let ((?x2327 (* |h2[1,0]| ?x313)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2356 (+ ?x83 ?x2185)))
 (let ((?x1447 (* |h2[0,0]| ?x2356)))
 (let ((?x1071 (+ ?x1447 ?x2327)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x272 (+ ?x101 ?x2185)))
 (let ((?x1266 (+ ?x272 ?x1071)))
 (let ((?x1961 (+ ?x1266 ?x1981)))
 (let ((?x2348 (+ ?x1961 ?x2363)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2412 (+ ?x131 ?x2348)))
 (let ((?x1685 (* ?x209 ?x2412)))
 (or (and (distinct ?x1685 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2168 (* ?x165 ?x190)))
 (let ((?x1700 (- ?x2168)))
 (let ((?x1689 (+ ?x189 ?x1700)))
 (let ((?x2092 (- ?x1689)))
 (let ((?x2202 (* ?x129 ?x2092)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2364 (* ?x127 ?x190)))
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
 (let ((?x824 (* ?x165 ?x492)))
 (let ((?x1954 (+ ?x824 ?x2364)))
 (let ((?x2096 (- ?x1954)))
 (let ((?x1629 (+ ?x462 ?x2096)))
 (let ((?x2369 (/ ?x1629 scale)))
 (let ((?x1739 (+ ?x2369 ?x2202)))
 (let ((?x808 (- ?x1739)))
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
 (let ((?x2006 (+ ?x438 ?x808)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1413 (+ ?x131 ?x2006)))
 (let ((?x2047 (* ?x209 ?x1413)))
 (or (and (distinct ?x2047 ?x267) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (= 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x1375 (+ ?x127 ?x956)))
 (let ((?x2486 (- ?x1375)))
 (let ((?x1482 (+ ?x160 ?x2486)))
 (let ((?x1395 (* ?x2428 ?x1482)))
 (let ((?x721 (* ?x1395 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1091 (* 2.0 ?x1375)))
 (let ((?x1589 (- ?x1091)))
 (let ((?x1024 (+ ?x160 ?x1589)))
 (let ((?x2453 (+ ?x88 ?x1024)))
 (let ((?x1698 (* ?x2453 1.0)))
 (let ((?x1093 (* f2 ?x1698)))
 (let ((?x1458 (+ ?x1093 ?x114)))
 (let ((?x856 (* 0.0 ?x1698)))
 (let ((?x1252 (+ ?x856 ?x1458)))
 (let ((?x2526 (- ?x1252)))
 (let ((?x1931 (* 2.0 ?x2526)))
 (let ((?x2478 (* ?x2428 ?x1931)))
 (let ((?x1957 (+ ?x2478 ?x721)))
 (let ((?x1363 (- ?x1957)))
 (let ((?x1408 (+ ?x2526 ?x1363)))
 (let ((?x1713 (/ ?x1408 scale)))
 (let ((?x875 (+ ?x1713 ?x1562)))
 (let ((?x1353 (- ?x875)))
 (let ((?x304 (* |g2[0]| ?x1698)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1569 (* (/ 1.0 2.0) ?x1698)))
 (let ((?x1593 (* 0.0 ?x1569)))
 (let ((?x1119 (+ ?x1593 ?x141)))
 (let ((?x2107 (* |h2[1,0]| ?x1119)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1211 (+ ?x1593 ?x83)))
 (let ((?x623 (* |h2[0,0]| ?x1211)))
 (let ((?x700 (+ ?x623 ?x2107)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2142 (+ ?x1593 ?x101)))
 (let ((?x2046 (+ ?x2142 ?x700)))
 (let ((?x1944 (+ ?x2046 ?x304)))
 (let ((?x642 (+ ?x1944 ?x1353)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x880 (+ ?x131 ?x642)))
 (let ((?x893 (* ?x895 ?x880)))
 (or (and (distinct ?x893 ?x1677) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (= 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x3168 (- ?x1046)))
 (let ((?x3296 (+ ?x160 ?x3168)))
 (let ((?x2545 (* ?x2428 ?x3296)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2735 (* ?x190 ?x2545)))
 (let ((?x1087 (* 2.0 ?x1046)))
 (let ((?x2744 (- ?x1087)))
 (let ((?x2138 (+ ?x160 ?x2744)))
 (let ((?x2978 (+ ?x88 ?x2138)))
 (let ((?x1518 (* 1.0 ?x2978)))
 (let ((?x2524 (* f2 ?x1518)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x314 (+ ?x114 ?x2524)))
 (let ((?x2671 (* 0.0 ?x1518)))
 (let ((?x3353 (+ ?x2671 ?x314)))
 (let ((?x2720 (- ?x3353)))
 (let ((?x2578 (* 2.0 ?x2720)))
 (let ((?x1717 (* ?x2428 ?x2578)))
 (let ((?x1507 (+ ?x1717 ?x2735)))
 (let ((?x1304 (- ?x1507)))
 (let ((?x2045 (+ ?x2720 ?x1304)))
 (let ((?x2454 (/ ?x2045 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1849 (+ ?x1562 ?x2454)))
 (let ((?x2851 (- ?x1849)))
 (let ((?x2298 (* |g2[0]| ?x1518)))
 (let ((?x1645 (* (/ 1.0 2.0) ?x1518)))
 (let ((?x2761 (* 0.0 ?x1645)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2584 (+ ?x141 ?x2761)))
 (let ((?x2936 (* |h2[1,0]| ?x2584)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2005 (+ ?x83 ?x2761)))
 (let ((?x1175 (* |h2[0,0]| ?x2005)))
 (let ((?x2289 (+ ?x1175 ?x2936)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2095 (+ ?x101 ?x2761)))
 (let ((?x1958 (+ ?x2095 ?x2289)))
 (let ((?x2679 (+ ?x1958 ?x2298)))
 (let ((?x2890 (+ ?x2679 ?x2851)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2080 (+ ?x131 ?x2890)))
 (let ((?x2141 (* ?x895 ?x2080)))
 (or (and (distinct ?x2141 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (= 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2168 (* ?x165 ?x190)))
 (let ((?x1700 (- ?x2168)))
 (let ((?x1689 (+ ?x189 ?x1700)))
 (let ((?x2092 (- ?x1689)))
 (let ((?x2202 (* ?x129 ?x2092)))
 (let ((?x2364 (* ?x127 ?x190)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x378 (* ?x165 ?x2409)))
 (let ((?x1523 (+ ?x378 ?x2364)))
 (let ((?x484 (- ?x1523)))
 (let ((?x3449 (+ ?x360 ?x484)))
 (let ((?x1532 (/ ?x3449 scale)))
 (let ((?x3437 (+ ?x1532 ?x2202)))
 (let ((?x2247 (- ?x3437)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x2052 (+ ?x1383 ?x2247)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2839 (+ ?x131 ?x2052)))
 (let ((?x3064 (* ?x895 ?x2839)))
 (or (and (distinct ?x3064 ?x1677) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
(assert
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748))))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x142 (/ 1.0 exp!1)))
 (let ((?x165 (* ?x142 exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x2022 (/ ?x2451 exp!1)))
 (let ((?x2428 (* ?x2022 exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x450 (- ?x270)))
 (let ((?x2390 (+ ?x160 ?x450)))
 (let ((?x373 (* ?x96 ?x2390)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2256 (* ?x190 ?x373)))
 (let ((?x2392 (* 2.0 ?x270)))
 (let ((?x520 (- ?x2392)))
 (let ((?x601 (+ ?x160 ?x520)))
 (let ((?x2023 (+ ?x88 ?x601)))
 (let ((?x375 (* 1.0 ?x2023)))
 (let ((?x2126 (* f2 ?x375)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x960 (+ ?x114 ?x2126)))
 (let ((?x1335 (* 0.0 ?x375)))
 (let ((?x639 (+ ?x1335 ?x960)))
 (let ((?x2218 (- ?x639)))
 (let ((?x661 (* 2.0 ?x2218)))
 (let ((?x724 (* ?x96 ?x661)))
 (let ((?x1900 (+ ?x724 ?x2256)))
 (let ((?x2245 (- ?x1900)))
 (let ((?x2232 (+ ?x2218 ?x2245)))
 (let ((?x1277 (/ ?x2232 scale)))
 (let ((?x196 (* ?x96 ?x190)))
 (let ((?x197 (- ?x196)))
 (let ((?x198 (+ ?x189 ?x197)))
 (let ((?x199 (- ?x198)))
 (let ((?x200 (* ?x129 ?x199)))
 (let ((?x1934 (+ ?x200 ?x1277)))
 (let ((?x2363 (- ?x1934)))
 (let ((?x1981 (* |g2[0]| ?x375)))
 (let ((?x2165 (* (/ 1.0 2.0) ?x375)))
 (let ((?x2185 (* 0.0 ?x2165)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x313 (+ ?x141 ?x2185)))
 (let ((?x2327 (* |h2[1,0]| ?x313)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2356 (+ ?x83 ?x2185)))
 (let ((?x1447 (* |h2[0,0]| ?x2356)))
 (let ((?x1071 (+ ?x1447 ?x2327)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x272 (+ ?x101 ?x2185)))
 (let ((?x1266 (+ ?x272 ?x1071)))
 (let ((?x1961 (+ ?x1266 ?x1981)))
 (let ((?x2348 (+ ?x1961 ?x2363)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2412 (+ ?x131 ?x2348)))
 (let ((?x1685 (* ?x209 ?x2412)))
 (or (and (distinct ?x1685 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x2168 (* ?x165 ?x190)))
 (let ((?x1700 (- ?x2168)))
 (let ((?x1689 (+ ?x189 ?x1700)))
 (let ((?x2092 (- ?x1689)))
 (let ((?x2202 (* ?x129 ?x2092)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x2364 (* ?x127 ?x190)))
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
 (let ((?x824 (* ?x165 ?x492)))
 (let ((?x1954 (+ ?x824 ?x2364)))
 (let ((?x2096 (- ?x1954)))
 (let ((?x1629 (+ ?x462 ?x2096)))
 (let ((?x2369 (/ ?x1629 scale)))
 (let ((?x1739 (+ ?x2369 ?x2202)))
 (let ((?x808 (- ?x1739)))
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
 (let ((?x2006 (+ ?x438 ?x808)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1413 (+ ?x131 ?x2006)))
 (let ((?x2047 (* ?x209 ?x1413)))
 (or (and (distinct ?x2047 ?x267) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (= 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x1375 (+ ?x127 ?x956)))
 (let ((?x2486 (- ?x1375)))
 (let ((?x1482 (+ ?x160 ?x2486)))
 (let ((?x1395 (* ?x2428 ?x1482)))
 (let ((?x721 (* ?x1395 ?x190)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x1091 (* 2.0 ?x1375)))
 (let ((?x1589 (- ?x1091)))
 (let ((?x1024 (+ ?x160 ?x1589)))
 (let ((?x2453 (+ ?x88 ?x1024)))
 (let ((?x1698 (* ?x2453 1.0)))
 (let ((?x1093 (* f2 ?x1698)))
 (let ((?x1458 (+ ?x1093 ?x114)))
 (let ((?x856 (* 0.0 ?x1698)))
 (let ((?x1252 (+ ?x856 ?x1458)))
 (let ((?x2526 (- ?x1252)))
 (let ((?x1931 (* 2.0 ?x2526)))
 (let ((?x2478 (* ?x2428 ?x1931)))
 (let ((?x1957 (+ ?x2478 ?x721)))
 (let ((?x1363 (- ?x1957)))
 (let ((?x1408 (+ ?x2526 ?x1363)))
 (let ((?x1713 (/ ?x1408 scale)))
 (let ((?x875 (+ ?x1713 ?x1562)))
 (let ((?x1353 (- ?x875)))
 (let ((?x304 (* |g2[0]| ?x1698)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x1569 (* (/ 1.0 2.0) ?x1698)))
 (let ((?x1593 (* 0.0 ?x1569)))
 (let ((?x1119 (+ ?x1593 ?x141)))
 (let ((?x2107 (* |h2[1,0]| ?x1119)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x1211 (+ ?x1593 ?x83)))
 (let ((?x623 (* |h2[0,0]| ?x1211)))
 (let ((?x700 (+ ?x623 ?x2107)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2142 (+ ?x1593 ?x101)))
 (let ((?x2046 (+ ?x2142 ?x700)))
 (let ((?x1944 (+ ?x2046 ?x304)))
 (let ((?x642 (+ ?x1944 ?x1353)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x880 (+ ?x131 ?x642)))
 (let ((?x893 (* ?x895 ?x880)))
 (or (and (distinct ?x893 ?x1677) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (= 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x3168 (- ?x1046)))
 (let ((?x3296 (+ ?x160 ?x3168)))
 (let ((?x2545 (* ?x2428 ?x3296)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2735 (* ?x190 ?x2545)))
 (let ((?x1087 (* 2.0 ?x1046)))
 (let ((?x2744 (- ?x1087)))
 (let ((?x2138 (+ ?x160 ?x2744)))
 (let ((?x2978 (+ ?x88 ?x2138)))
 (let ((?x1518 (* 1.0 ?x2978)))
 (let ((?x2524 (* f2 ?x1518)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x314 (+ ?x114 ?x2524)))
 (let ((?x2671 (* 0.0 ?x1518)))
 (let ((?x3353 (+ ?x2671 ?x314)))
 (let ((?x2720 (- ?x3353)))
 (let ((?x2578 (* 2.0 ?x2720)))
 (let ((?x1717 (* ?x2428 ?x2578)))
 (let ((?x1507 (+ ?x1717 ?x2735)))
 (let ((?x1304 (- ?x1507)))
 (let ((?x2045 (+ ?x2720 ?x1304)))
 (let ((?x2454 (/ ?x2045 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1849 (+ ?x1562 ?x2454)))
 (let ((?x2851 (- ?x1849)))
 (let ((?x2298 (* |g2[0]| ?x1518)))
 (let ((?x1645 (* (/ 1.0 2.0) ?x1518)))
 (let ((?x2761 (* 0.0 ?x1645)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2584 (+ ?x141 ?x2761)))
 (let ((?x2936 (* |h2[1,0]| ?x2584)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x2005 (+ ?x83 ?x2761)))
 (let ((?x1175 (* |h2[0,0]| ?x2005)))
 (let ((?x2289 (+ ?x1175 ?x2936)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x2095 (+ ?x101 ?x2761)))
 (let ((?x1958 (+ ?x2095 ?x2289)))
 (let ((?x2679 (+ ?x1958 ?x2298)))
 (let ((?x2890 (+ ?x2679 ?x2851)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2080 (+ ?x131 ?x2890)))
 (let ((?x2141 (* ?x895 ?x2080)))
 (or (and (distinct ?x2141 ?x1677) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (= 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x2168 (* ?x165 ?x190)))
 (let ((?x1700 (- ?x2168)))
 (let ((?x1689 (+ ?x189 ?x1700)))
 (let ((?x2092 (- ?x1689)))
 (let ((?x2202 (* ?x129 ?x2092)))
 (let ((?x2364 (* ?x127 ?x190)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x378 (* ?x165 ?x2409)))
 (let ((?x1523 (+ ?x378 ?x2364)))
 (let ((?x484 (- ?x1523)))
 (let ((?x3449 (+ ?x360 ?x484)))
 (let ((?x1532 (/ ?x3449 scale)))
 (let ((?x3437 (+ ?x1532 ?x2202)))
 (let ((?x2247 (- ?x3437)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x2052 (+ ?x1383 ?x2247)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x2839 (+ ?x131 ?x2052)))
 (let ((?x3064 (* ?x895 ?x2839)))
 (or (and (distinct ?x3064 ?x1677) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
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
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x1070 (* (/ 1.0 2.0) ?x160)))
 (let ((?x1773 (+ ?x1070 ?x928)))
 (let ((?x2466 (* 2.0 ?x1773)))
 (let ((?x1385 (- ?x2466)))
 (let ((?x573 (+ ?x160 ?x1385)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x529 (+ ?x88 ?x573)))
 (let ((?x2262 (* ?x895 ?x529)))
 (let ((?x1084 (* |g2[0]| ?x2262)))
 (let ((?x1802 (+ ?x1084 ?x1205)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x626 (* (/ 1.0 2.0) ?x242)))
 (let ((?x813 (+ ?x626 ?x1302)))
 (let ((?x583 (* 2.0 ?x813)))
 (let ((?x1257 (- ?x583)))
 (let ((?x1919 (+ ?x242 ?x1257)))
 (let ((?x241 (- ?x67)))
 (let ((?x1305 (+ ?x241 ?x1919)))
 (let ((?x2397 (* ?x895 ?x1305)))
 (let ((?x372 (* |g2[1]| ?x2397)))
 (let ((?x1499 (* ?x1305 ?x2262)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x809 (* (/ 1.0 2.0) ?x220)))
 (let ((?x1005 (+ ?x809 ?x2446)))
 (let ((?x1299 (* 2.0 ?x1005)))
 (let ((?x776 (- ?x1299)))
 (let ((?x1228 (+ ?x220 ?x776)))
 (let ((?x212 (- ?x211)))
 (let ((?x345 (+ ?x212 ?x1228)))
 (let ((?x2403 (* ?x895 ?x345)))
 (let ((?x652 (+ ?x2403 ?x1499)))
 (let ((?x2470 (* f2 ?x652)))
 (let ((?x2178 (+ ?x2470 ?x372)))
 (let ((?x1677 (+ ?x2178 ?x1802)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x1677) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |g2[0]| () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (< 0.0 ?x1582))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
(assert
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let (($x1748 (= 0.0 ?x1582)))
 (not $x1748)))))
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
 (let ((?x2747 (* 0.0 ?x160)))
 (let ((?x165 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1582 (+ 1.0 ?x165)))
 (let ((?x127 (* ?x160 ?x165)))
 (let ((?x928 (/ ?x127 ?x1582)))
 (let ((?x2197 (+ ?x928 ?x2747)))
 (let ((?x1844 (* 2.0 ?x2197)))
 (let ((?x2749 (- ?x1844)))
 (let ((?x2688 (+ ?x160 ?x2749)))
 (let ((?x33 (/ 1.0 scale)))
 (let ((?x88 (- ?x33)))
 (let ((?x1656 (+ ?x88 ?x2688)))
 (let ((?x1783 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x895 (* ?x1783 exp!2)))
 (let ((?x2351 (* ?x895 ?x1656)))
 (let ((?x1774 (* |g2[0]| ?x2351)))
 (let ((?x263 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x264 (* (/ 1.0 2.0) ?x263)))
 (let ((?x1205 (* ?x264 ?x895)))
 (let ((?x1315 (+ ?x1205 ?x1774)))
 (let ((?x211 (* 0.0 ?x129)))
 (let ((?x222 (/ (- 1.0) scale)))
 (let ((?x223 (+ ?x222 ?x211)))
 (let ((?x242 (- ?x223)))
 (let ((?x2754 (* 0.0 ?x242)))
 (let ((?x2509 (* ?x242 ?x165)))
 (let ((?x1302 (/ ?x2509 ?x1582)))
 (let ((?x2750 (+ ?x1302 ?x2754)))
 (let ((?x1968 (* 2.0 ?x2750)))
 (let ((?x2148 (- ?x1968)))
 (let ((?x2236 (+ ?x242 ?x2148)))
 (let ((?x241 (- ?x67)))
 (let ((?x1010 (+ ?x241 ?x2236)))
 (let ((?x2083 (* ?x895 ?x1010)))
 (let ((?x889 (* |g2[1]| ?x2083)))
 (let ((?x768 (* ?x1010 ?x2351)))
 (let ((?x214 (/ 1.0 (* ?x75 scale))))
 (let ((?x216 (* ?x214 (- 2.0))))
 (let ((?x217 (* 0.0 ?x216)))
 (let ((?x218 (+ ?x211 ?x217)))
 (let ((?x219 (+ ?x129 ?x218)))
 (let ((?x220 (- ?x219)))
 (let ((?x1131 (* 0.0 ?x220)))
 (let ((?x1415 (- ?x127)))
 (let ((?x554 (* ?x2509 ?x1415)))
 (let ((?x2007 (/ 1.0 (* ?x1582 ?x1582))))
 (let ((?x2179 (* ?x2007 ?x554)))
 (let ((?x1019 (* ?x242 ?x127)))
 (let ((?x1198 (* ?x220 ?x165)))
 (let ((?x825 (+ ?x1198 ?x1019)))
 (let ((?x383 (/ ?x825 ?x1582)))
 (let ((?x2446 (+ ?x383 ?x2179)))
 (let ((?x1250 (+ ?x2446 ?x1131)))
 (let ((?x801 (* 2.0 ?x1250)))
 (let ((?x2752 (- ?x801)))
 (let ((?x1533 (+ ?x220 ?x2752)))
 (let ((?x212 (- ?x211)))
 (let ((?x2753 (+ ?x212 ?x1533)))
 (let ((?x2746 (* ?x895 ?x2753)))
 (let ((?x2272 (+ ?x2746 ?x768)))
 (let ((?x1468 (* f2 ?x2272)))
 (let ((?x2743 (+ ?x1468 ?x889)))
 (let ((?x2734 (+ ?x2743 ?x1315)))
 (let ((?x2428 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1046 (* ?x160 ?x2428)))
 (let ((?x2451 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x956 (* 0.0 ?x2451)))
 (let ((?x2498 (+ ?x956 ?x1046)))
 (let ((?x1359 (- ?x2498)))
 (let ((?x440 (+ ?x160 ?x1359)))
 (let ((?x1174 (* ?x2428 ?x440)))
 (let ((?x187 (* f2 1.0)))
 (let ((?x186 (* 0.0 1.0)))
 (let ((?x188 (+ ?x186 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (* 2.0 ?x189)))
 (let ((?x1730 (* ?x190 ?x1174)))
 (let ((?x305 (* 2.0 ?x2498)))
 (let ((?x2211 (- ?x305)))
 (let ((?x1146 (+ ?x160 ?x2211)))
 (let ((?x966 (+ ?x88 ?x1146)))
 (let ((?x1977 (* 1.0 ?x966)))
 (let ((?x1675 (* f2 ?x1977)))
 (let ((?x114 (* |g2[1]| 1.0)))
 (let ((?x782 (+ ?x114 ?x1675)))
 (let ((?x1088 (* 0.0 ?x1977)))
 (let ((?x678 (+ ?x1088 ?x782)))
 (let ((?x360 (- ?x678)))
 (let ((?x2409 (* 2.0 ?x360)))
 (let ((?x1674 (* ?x2428 ?x2409)))
 (let ((?x969 (+ ?x1674 ?x1730)))
 (let ((?x1596 (- ?x969)))
 (let ((?x632 (+ ?x360 ?x1596)))
 (let ((?x538 (/ ?x632 scale)))
 (let ((?x1278 (* ?x2428 ?x190)))
 (let ((?x2388 (- ?x1278)))
 (let ((?x363 (+ ?x189 ?x2388)))
 (let ((?x1618 (- ?x363)))
 (let ((?x1562 (* ?x129 ?x1618)))
 (let ((?x1181 (+ ?x1562 ?x538)))
 (let ((?x1614 (- ?x1181)))
 (let ((?x2317 (* |g2[0]| ?x1977)))
 (let ((?x1522 (* (/ 1.0 2.0) ?x1977)))
 (let ((?x2341 (* 0.0 ?x1522)))
 (let ((?x65 (+ (- 1.0) 1.0)))
 (let ((?x141 (* (/ 1.0 2.0) ?x65)))
 (let ((?x2027 (+ ?x141 ?x2341)))
 (let ((?x1099 (* |h2[1,0]| ?x2027)))
 (let ((?x83 (* 0.0 ?x141)))
 (let ((?x780 (+ ?x83 ?x2341)))
 (let ((?x1065 (* |h2[0,0]| ?x780)))
 (let ((?x2251 (+ ?x1065 ?x1099)))
 (let ((?x101 (* |h2[0,1]| ?x141)))
 (let ((?x1164 (+ ?x101 ?x2341)))
 (let ((?x2198 (+ ?x1164 ?x2251)))
 (let ((?x1383 (+ ?x2198 ?x2317)))
 (let ((?x1180 (+ ?x1383 ?x1614)))
 (let ((?x104 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x157 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x131 (+ ?x157 ?x104)))
 (let ((?x1041 (+ ?x131 ?x1180)))
 (let ((?x401 (* ?x895 ?x1041)))
 (or (and (distinct ?x401 ?x2734) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
