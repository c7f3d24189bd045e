; certjax: rule estimators.score_Logistic, obligation 'second_order.hessian_identity[0]', verdict proved
; 36 negated queries, one per branch region; expected: unsat
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x102 (+ ?x142 ?x170)))
 (let ((?x179 (- ?x102)))
 (let ((?x180 (+ ?x95 ?x179)))
 (let ((?x181 (* ?x127 ?x180)))
 (let ((?x187 (* ?x181 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x110 (* 2.0 ?x102)))
 (let ((?x147 (- ?x110)))
 (let ((?x135 (+ ?x95 ?x147)))
 (let ((?x103 (+ ?x131 ?x135)))
 (let ((?x116 (* ?x103 1.0)))
 (let ((?x43 (* f2 ?x116)))
 (let ((?x64 (+ ?x43 ?x98)))
 (let ((?x149 (* 0.0 ?x116)))
 (let ((?x172 (+ ?x149 ?x64)))
 (let ((?x80 (- ?x172)))
 (let ((?x177 (* 2.0 ?x80)))
 (let ((?x178 (* ?x127 ?x177)))
 (let ((?x188 (+ ?x178 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (+ ?x80 ?x189)))
 (let ((?x191 (/ ?x190 scale)))
 (let ((?x197 (+ ?x191 ?x196)))
 (let ((?x198 (- ?x197)))
 (let ((?x168 (* |g2[0]| ?x116)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x150 (* (/ 1.0 2.0) ?x116)))
 (let ((?x60 (* 0.0 ?x150)))
 (let ((?x83 (+ ?x60 ?x53)))
 (let ((?x123 (* |h2[1,0]| ?x83)))
 (let ((?x141 (+ ?x60 ?x124)))
 (let ((?x101 (* |h2[0,0]| ?x141)))
 (let ((?x92 (+ ?x101 ?x123)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x65 (+ ?x60 ?x109)))
 (let ((?x128 (+ ?x65 ?x92)))
 (let ((?x115 (+ ?x128 ?x168)))
 (let ((?x199 (+ ?x115 ?x198)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x200 (+ ?x136 ?x199)))
 (let ((?x206 (* ?x205 ?x200)))
 (or (and (distinct ?x206 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x435 (- ?x253)))
 (let ((?x1392 (+ ?x95 ?x435)))
 (let ((?x433 (* ?x127 ?x1392)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1389 (* ?x186 ?x433)))
 (let ((?x925 (* 2.0 ?x253)))
 (let ((?x311 (- ?x925)))
 (let ((?x496 (+ ?x95 ?x311)))
 (let ((?x461 (+ ?x131 ?x496)))
 (let ((?x930 (* 1.0 ?x461)))
 (let ((?x1399 (* f2 ?x930)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x396 (+ ?x98 ?x1399)))
 (let ((?x918 (* 0.0 ?x930)))
 (let ((?x919 (+ ?x918 ?x396)))
 (let ((?x1372 (- ?x919)))
 (let ((?x912 (* 2.0 ?x1372)))
 (let ((?x497 (* ?x127 ?x912)))
 (let ((?x488 (+ ?x497 ?x1389)))
 (let ((?x1387 (- ?x488)))
 (let ((?x1353 (+ ?x1372 ?x1387)))
 (let ((?x712 (/ ?x1353 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x478 (+ ?x196 ?x712)))
 (let ((?x471 (- ?x478)))
 (let ((?x549 (* |g2[0]| ?x930)))
 (let ((?x1374 (* (/ 1.0 2.0) ?x930)))
 (let ((?x489 (* 0.0 ?x1374)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x670 (+ ?x53 ?x489)))
 (let ((?x449 (* |h2[1,0]| ?x670)))
 (let ((?x1397 (+ ?x124 ?x489)))
 (let ((?x616 (* |h2[0,0]| ?x1397)))
 (let ((?x920 (+ ?x616 ?x449)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x643 (+ ?x109 ?x489)))
 (let ((?x1369 (+ ?x643 ?x920)))
 (let ((?x1396 (+ ?x1369 ?x549)))
 (let ((?x926 (+ ?x1396 ?x471)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x552 (+ ?x136 ?x926)))
 (let ((?x1361 (* ?x205 ?x552)))
 (or (and (distinct ?x1361 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x317 (* ?x160 ?x186)))
 (let ((?x504 (- ?x317)))
 (let ((?x799 (+ ?x185 ?x504)))
 (let ((?x566 (* 0.0 ?x799)))
 (let ((?x318 (* ?x99 ?x566)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x749 (* ?x142 ?x186)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x813 (* ?x160 ?x675)))
 (let ((?x858 (+ ?x813 ?x749)))
 (let ((?x599 (- ?x858)))
 (let ((?x837 (+ ?x678 ?x599)))
 (let ((?x1313 (/ ?x837 scale)))
 (let ((?x320 (+ ?x1313 ?x318)))
 (let ((?x1289 (- ?x320)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x1371 (+ ?x503 ?x1289)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1274 (+ ?x136 ?x1371)))
 (let ((?x777 (* ?x205 ?x1274)))
 (or (and (distinct ?x777 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (= 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x1509 (+ ?x142 ?x690)))
 (let ((?x312 (- ?x1509)))
 (let ((?x365 (+ ?x95 ?x312)))
 (let ((?x769 (* ?x1125 ?x365)))
 (let ((?x1172 (* ?x769 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x686 (* 2.0 ?x1509)))
 (let ((?x1504 (- ?x686)))
 (let ((?x1258 (+ ?x95 ?x1504)))
 (let ((?x591 (+ ?x131 ?x1258)))
 (let ((?x915 (* ?x591 1.0)))
 (let ((?x931 (* f2 ?x915)))
 (let ((?x1316 (+ ?x931 ?x98)))
 (let ((?x526 (* 0.0 ?x915)))
 (let ((?x258 (+ ?x526 ?x1316)))
 (let ((?x363 (- ?x258)))
 (let ((?x611 (* 2.0 ?x363)))
 (let ((?x1627 (* ?x1125 ?x611)))
 (let ((?x361 (+ ?x1627 ?x1172)))
 (let ((?x418 (- ?x361)))
 (let ((?x1670 (+ ?x363 ?x418)))
 (let ((?x409 (/ ?x1670 scale)))
 (let ((?x963 (+ ?x409 ?x1328)))
 (let ((?x304 (- ?x963)))
 (let ((?x937 (* |g2[0]| ?x915)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1344 (* (/ 1.0 2.0) ?x915)))
 (let ((?x1363 (* 0.0 ?x1344)))
 (let ((?x390 (+ ?x1363 ?x53)))
 (let ((?x576 (* |h2[1,0]| ?x390)))
 (let ((?x1553 (+ ?x1363 ?x124)))
 (let ((?x529 (* |h2[0,0]| ?x1553)))
 (let ((?x1642 (+ ?x529 ?x576)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x873 (+ ?x1363 ?x109)))
 (let ((?x834 (+ ?x873 ?x1642)))
 (let ((?x864 (+ ?x834 ?x937)))
 (let ((?x917 (+ ?x864 ?x304)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1430 (+ ?x136 ?x917)))
 (let ((?x345 (* ?x530 ?x1430)))
 (or (and (distinct ?x345 ?x261) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (= 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1517 (- ?x1185)))
 (let ((?x1071 (+ ?x95 ?x1517)))
 (let ((?x1126 (* ?x1125 ?x1071)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x2132 (* ?x186 ?x1126)))
 (let ((?x881 (* 2.0 ?x1185)))
 (let ((?x2127 (- ?x881)))
 (let ((?x2121 (+ ?x95 ?x2127)))
 (let ((?x2083 (+ ?x131 ?x2121)))
 (let ((?x1223 (* 1.0 ?x2083)))
 (let ((?x1330 (* f2 ?x1223)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x500 (+ ?x98 ?x1330)))
 (let ((?x573 (* 0.0 ?x1223)))
 (let ((?x2667 (+ ?x573 ?x500)))
 (let ((?x1073 (- ?x2667)))
 (let ((?x1511 (* 2.0 ?x1073)))
 (let ((?x1541 (* ?x1125 ?x1511)))
 (let ((?x1450 (+ ?x1541 ?x2132)))
 (let ((?x972 (- ?x1450)))
 (let ((?x1298 (+ ?x1073 ?x972)))
 (let ((?x424 (/ ?x1298 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x1087 (+ ?x1328 ?x424)))
 (let ((?x605 (- ?x1087)))
 (let ((?x1295 (* |g2[0]| ?x1223)))
 (let ((?x910 (* (/ 1.0 2.0) ?x1223)))
 (let ((?x2241 (* 0.0 ?x910)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x453 (+ ?x53 ?x2241)))
 (let ((?x850 (* |h2[1,0]| ?x453)))
 (let ((?x2105 (+ ?x124 ?x2241)))
 (let ((?x492 (* |h2[0,0]| ?x2105)))
 (let ((?x1231 (+ ?x492 ?x850)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1574 (+ ?x109 ?x2241)))
 (let ((?x368 (+ ?x1574 ?x1231)))
 (let ((?x279 (+ ?x368 ?x1295)))
 (let ((?x2669 (+ ?x279 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1905 (+ ?x136 ?x2669)))
 (let ((?x457 (* ?x530 ?x1905)))
 (or (and (distinct ?x457 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (= 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x317 (* ?x160 ?x186)))
 (let ((?x504 (- ?x317)))
 (let ((?x799 (+ ?x185 ?x504)))
 (let ((?x566 (* 0.0 ?x799)))
 (let ((?x318 (* ?x99 ?x566)))
 (let ((?x749 (* ?x142 ?x186)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x1023 (* ?x160 ?x841)))
 (let ((?x1395 (+ ?x1023 ?x749)))
 (let ((?x557 (- ?x1395)))
 (let ((?x2135 (+ ?x360 ?x557)))
 (let ((?x444 (/ ?x2135 scale)))
 (let ((?x1945 (+ ?x444 ?x318)))
 (let ((?x1114 (- ?x1945)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x890 (+ ?x1539 ?x1114)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x706 (+ ?x136 ?x890)))
 (let ((?x1343 (* ?x530 ?x706)))
 (or (and (distinct ?x1343 ?x261) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x721 (/ ?x1206 exp!1)))
 (let ((?x1125 (* ?x721 exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x102 (+ ?x142 ?x170)))
 (let ((?x179 (- ?x102)))
 (let ((?x180 (+ ?x95 ?x179)))
 (let ((?x181 (* ?x127 ?x180)))
 (let ((?x187 (* ?x181 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x110 (* 2.0 ?x102)))
 (let ((?x147 (- ?x110)))
 (let ((?x135 (+ ?x95 ?x147)))
 (let ((?x103 (+ ?x131 ?x135)))
 (let ((?x116 (* ?x103 1.0)))
 (let ((?x43 (* f2 ?x116)))
 (let ((?x64 (+ ?x43 ?x98)))
 (let ((?x149 (* 0.0 ?x116)))
 (let ((?x172 (+ ?x149 ?x64)))
 (let ((?x80 (- ?x172)))
 (let ((?x177 (* 2.0 ?x80)))
 (let ((?x178 (* ?x127 ?x177)))
 (let ((?x188 (+ ?x178 ?x187)))
 (let ((?x189 (- ?x188)))
 (let ((?x190 (+ ?x80 ?x189)))
 (let ((?x191 (/ ?x190 scale)))
 (let ((?x197 (+ ?x191 ?x196)))
 (let ((?x198 (- ?x197)))
 (let ((?x168 (* |g2[0]| ?x116)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x150 (* (/ 1.0 2.0) ?x116)))
 (let ((?x60 (* 0.0 ?x150)))
 (let ((?x83 (+ ?x60 ?x53)))
 (let ((?x123 (* |h2[1,0]| ?x83)))
 (let ((?x141 (+ ?x60 ?x124)))
 (let ((?x101 (* |h2[0,0]| ?x141)))
 (let ((?x92 (+ ?x101 ?x123)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x65 (+ ?x60 ?x109)))
 (let ((?x128 (+ ?x65 ?x92)))
 (let ((?x115 (+ ?x128 ?x168)))
 (let ((?x199 (+ ?x115 ?x198)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x200 (+ ?x136 ?x199)))
 (let ((?x206 (* ?x205 ?x200)))
 (or (and (distinct ?x206 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x435 (- ?x253)))
 (let ((?x1392 (+ ?x95 ?x435)))
 (let ((?x433 (* ?x127 ?x1392)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1389 (* ?x186 ?x433)))
 (let ((?x925 (* 2.0 ?x253)))
 (let ((?x311 (- ?x925)))
 (let ((?x496 (+ ?x95 ?x311)))
 (let ((?x461 (+ ?x131 ?x496)))
 (let ((?x930 (* 1.0 ?x461)))
 (let ((?x1399 (* f2 ?x930)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x396 (+ ?x98 ?x1399)))
 (let ((?x918 (* 0.0 ?x930)))
 (let ((?x919 (+ ?x918 ?x396)))
 (let ((?x1372 (- ?x919)))
 (let ((?x912 (* 2.0 ?x1372)))
 (let ((?x497 (* ?x127 ?x912)))
 (let ((?x488 (+ ?x497 ?x1389)))
 (let ((?x1387 (- ?x488)))
 (let ((?x1353 (+ ?x1372 ?x1387)))
 (let ((?x712 (/ ?x1353 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x478 (+ ?x196 ?x712)))
 (let ((?x471 (- ?x478)))
 (let ((?x549 (* |g2[0]| ?x930)))
 (let ((?x1374 (* (/ 1.0 2.0) ?x930)))
 (let ((?x489 (* 0.0 ?x1374)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x670 (+ ?x53 ?x489)))
 (let ((?x449 (* |h2[1,0]| ?x670)))
 (let ((?x1397 (+ ?x124 ?x489)))
 (let ((?x616 (* |h2[0,0]| ?x1397)))
 (let ((?x920 (+ ?x616 ?x449)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x643 (+ ?x109 ?x489)))
 (let ((?x1369 (+ ?x643 ?x920)))
 (let ((?x1396 (+ ?x1369 ?x549)))
 (let ((?x926 (+ ?x1396 ?x471)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x552 (+ ?x136 ?x926)))
 (let ((?x1361 (* ?x205 ?x552)))
 (or (and (distinct ?x1361 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x317 (* ?x160 ?x186)))
 (let ((?x504 (- ?x317)))
 (let ((?x799 (+ ?x185 ?x504)))
 (let ((?x566 (* 0.0 ?x799)))
 (let ((?x318 (* ?x99 ?x566)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x749 (* ?x142 ?x186)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x813 (* ?x160 ?x675)))
 (let ((?x858 (+ ?x813 ?x749)))
 (let ((?x599 (- ?x858)))
 (let ((?x837 (+ ?x678 ?x599)))
 (let ((?x1313 (/ ?x837 scale)))
 (let ((?x320 (+ ?x1313 ?x318)))
 (let ((?x1289 (- ?x320)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x1371 (+ ?x503 ?x1289)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1274 (+ ?x136 ?x1371)))
 (let ((?x777 (* ?x205 ?x1274)))
 (or (and (distinct ?x777 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x205 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x248 (* ?x247 ?x205)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x218 (* ?x129 ?x29)))
 (let ((?x234 (/ ?x218 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x235 (+ ?x95 ?x234)))
 (let ((?x236 (* 2.0 ?x235)))
 (let ((?x237 (- ?x236)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x239 (+ ?x131 ?x238)))
 (let ((?x240 (* ?x205 ?x239)))
 (let ((?x244 (* |g2[0]| ?x240)))
 (let ((?x249 (+ ?x244 ?x248)))
 (let ((?x241 (* ?x239 ?x240)))
 (let ((?x225 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x222 (- ?x218)))
 (let ((?x223 (* ?x218 ?x222)))
 (let ((?x226 (* ?x223 ?x225)))
 (let ((?x219 (* ?x129 ?x218)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x217 (* ?x215 ?x29)))
 (let ((?x220 (+ ?x217 ?x219)))
 (let ((?x221 (/ ?x220 ?x41)))
 (let ((?x227 (+ ?x221 ?x226)))
 (let ((?x216 (- ?x215)))
 (let ((?x228 (+ ?x216 ?x227)))
 (let ((?x229 (* 2.0 ?x228)))
 (let ((?x230 (- ?x229)))
 (let ((?x231 (+ ?x216 ?x230)))
 (let ((?x207 (- ?x75)))
 (let ((?x232 (+ ?x207 ?x231)))
 (let ((?x233 (* ?x205 ?x232)))
 (let ((?x242 (+ ?x233 ?x241)))
 (let ((?x243 (* f2 ?x242)))
 (let ((?x245 (+ ?x243 ?x244)))
 (let ((?x250 (+ ?x245 ?x249)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x253 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x251 (+ ?x170 ?x253)))
 (let ((?x383 (- ?x251)))
 (let ((?x303 (+ ?x95 ?x383)))
 (let ((?x379 (* ?x127 ?x303)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x380 (* ?x186 ?x379)))
 (let ((?x252 (* 2.0 ?x251)))
 (let ((?x284 (- ?x252)))
 (let ((?x469 (+ ?x95 ?x284)))
 (let ((?x285 (+ ?x131 ?x469)))
 (let ((?x470 (* 1.0 ?x285)))
 (let ((?x666 (* f2 ?x470)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x667 (+ ?x98 ?x666)))
 (let ((?x401 (* 0.0 ?x470)))
 (let ((?x677 (+ ?x401 ?x667)))
 (let ((?x678 (- ?x677)))
 (let ((?x675 (* 2.0 ?x678)))
 (let ((?x676 (* ?x127 ?x675)))
 (let ((?x660 (+ ?x676 ?x380)))
 (let ((?x682 (- ?x660)))
 (let ((?x693 (+ ?x678 ?x682)))
 (let ((?x694 (/ ?x693 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x691 (+ ?x196 ?x694)))
 (let ((?x692 (- ?x691)))
 (let ((?x502 (* |g2[0]| ?x470)))
 (let ((?x481 (* (/ 1.0 2.0) ?x470)))
 (let ((?x479 (* 0.0 ?x481)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x485 (+ ?x53 ?x479)))
 (let ((?x486 (* |h2[1,0]| ?x485)))
 (let ((?x483 (+ ?x124 ?x479)))
 (let ((?x484 (* |h2[0,0]| ?x483)))
 (let ((?x297 (+ ?x484 ?x486)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x482 (+ ?x109 ?x479)))
 (let ((?x298 (+ ?x482 ?x297)))
 (let ((?x503 (+ ?x298 ?x502)))
 (let ((?x301 (+ ?x503 ?x692)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x300 (+ ?x136 ?x301)))
 (let ((?x309 (* ?x205 ?x300)))
 (or (and (distinct ?x309 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (= 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x1509 (+ ?x142 ?x690)))
 (let ((?x312 (- ?x1509)))
 (let ((?x365 (+ ?x95 ?x312)))
 (let ((?x769 (* ?x1125 ?x365)))
 (let ((?x1172 (* ?x769 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x686 (* 2.0 ?x1509)))
 (let ((?x1504 (- ?x686)))
 (let ((?x1258 (+ ?x95 ?x1504)))
 (let ((?x591 (+ ?x131 ?x1258)))
 (let ((?x915 (* ?x591 1.0)))
 (let ((?x931 (* f2 ?x915)))
 (let ((?x1316 (+ ?x931 ?x98)))
 (let ((?x526 (* 0.0 ?x915)))
 (let ((?x258 (+ ?x526 ?x1316)))
 (let ((?x363 (- ?x258)))
 (let ((?x611 (* 2.0 ?x363)))
 (let ((?x1627 (* ?x1125 ?x611)))
 (let ((?x361 (+ ?x1627 ?x1172)))
 (let ((?x418 (- ?x361)))
 (let ((?x1670 (+ ?x363 ?x418)))
 (let ((?x409 (/ ?x1670 scale)))
 (let ((?x963 (+ ?x409 ?x1328)))
 (let ((?x304 (- ?x963)))
 (let ((?x937 (* |g2[0]| ?x915)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1344 (* (/ 1.0 2.0) ?x915)))
 (let ((?x1363 (* 0.0 ?x1344)))
 (let ((?x390 (+ ?x1363 ?x53)))
 (let ((?x576 (* |h2[1,0]| ?x390)))
 (let ((?x1553 (+ ?x1363 ?x124)))
 (let ((?x529 (* |h2[0,0]| ?x1553)))
 (let ((?x1642 (+ ?x529 ?x576)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x873 (+ ?x1363 ?x109)))
 (let ((?x834 (+ ?x873 ?x1642)))
 (let ((?x864 (+ ?x834 ?x937)))
 (let ((?x917 (+ ?x864 ?x304)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1430 (+ ?x136 ?x917)))
 (let ((?x345 (* ?x530 ?x1430)))
 (or (and (distinct ?x345 ?x261) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (= 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1517 (- ?x1185)))
 (let ((?x1071 (+ ?x95 ?x1517)))
 (let ((?x1126 (* ?x1125 ?x1071)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x2132 (* ?x186 ?x1126)))
 (let ((?x881 (* 2.0 ?x1185)))
 (let ((?x2127 (- ?x881)))
 (let ((?x2121 (+ ?x95 ?x2127)))
 (let ((?x2083 (+ ?x131 ?x2121)))
 (let ((?x1223 (* 1.0 ?x2083)))
 (let ((?x1330 (* f2 ?x1223)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x500 (+ ?x98 ?x1330)))
 (let ((?x573 (* 0.0 ?x1223)))
 (let ((?x2667 (+ ?x573 ?x500)))
 (let ((?x1073 (- ?x2667)))
 (let ((?x1511 (* 2.0 ?x1073)))
 (let ((?x1541 (* ?x1125 ?x1511)))
 (let ((?x1450 (+ ?x1541 ?x2132)))
 (let ((?x972 (- ?x1450)))
 (let ((?x1298 (+ ?x1073 ?x972)))
 (let ((?x424 (/ ?x1298 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x1087 (+ ?x1328 ?x424)))
 (let ((?x605 (- ?x1087)))
 (let ((?x1295 (* |g2[0]| ?x1223)))
 (let ((?x910 (* (/ 1.0 2.0) ?x1223)))
 (let ((?x2241 (* 0.0 ?x910)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x453 (+ ?x53 ?x2241)))
 (let ((?x850 (* |h2[1,0]| ?x453)))
 (let ((?x2105 (+ ?x124 ?x2241)))
 (let ((?x492 (* |h2[0,0]| ?x2105)))
 (let ((?x1231 (+ ?x492 ?x850)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1574 (+ ?x109 ?x2241)))
 (let ((?x368 (+ ?x1574 ?x1231)))
 (let ((?x279 (+ ?x368 ?x1295)))
 (let ((?x2669 (+ ?x279 ?x605)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1905 (+ ?x136 ?x2669)))
 (let ((?x457 (* ?x530 ?x1905)))
 (or (and (distinct ?x457 ?x261) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (= 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x317 (* ?x160 ?x186)))
 (let ((?x504 (- ?x317)))
 (let ((?x799 (+ ?x185 ?x504)))
 (let ((?x566 (* 0.0 ?x799)))
 (let ((?x318 (* ?x99 ?x566)))
 (let ((?x749 (* ?x142 ?x186)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x1023 (* ?x160 ?x841)))
 (let ((?x1395 (+ ?x1023 ?x749)))
 (let ((?x557 (- ?x1395)))
 (let ((?x2135 (+ ?x360 ?x557)))
 (let ((?x444 (/ ?x2135 scale)))
 (let ((?x1945 (+ ?x444 ?x318)))
 (let ((?x1114 (- ?x1945)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x890 (+ ?x1539 ?x1114)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x706 (+ ?x136 ?x890)))
 (let ((?x1343 (* ?x530 ?x706)))
 (or (and (distinct ?x1343 ?x261) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x968 (* (/ 1.0 2.0) ?x95)))
 (let ((?x636 (+ ?x968 ?x921)))
 (let ((?x256 (* 2.0 ?x636)))
 (let ((?x1091 (- ?x256)))
 (let ((?x268 (+ ?x95 ?x1091)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x399 (+ ?x131 ?x268)))
 (let ((?x996 (* ?x530 ?x399)))
 (let ((?x1218 (* |g2[0]| ?x996)))
 (let ((?x820 (+ ?x1218 ?x1691)))
 (let ((?x966 (* ?x399 ?x996)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1366 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1208 (+ ?x1366 ?x1322)))
 (let ((?x462 (* 2.0 ?x1208)))
 (let ((?x1659 (- ?x462)))
 (let ((?x1600 (+ ?x216 ?x1659)))
 (let ((?x207 (- ?x75)))
 (let ((?x806 (+ ?x207 ?x1600)))
 (let ((?x389 (* ?x530 ?x806)))
 (let ((?x1267 (+ ?x389 ?x966)))
 (let ((?x782 (* f2 ?x1267)))
 (let ((?x1084 (+ ?x782 ?x1218)))
 (let ((?x261 (+ ?x1084 ?x820)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x261) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (< 0.0 ?x655))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let (($x792 (= 0.0 ?x655)))
 (not $x792)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2138 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x655 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x921 (/ ?x142 ?x655)))
 (let ((?x2134 (+ ?x921 ?x2138)))
 (let ((?x1000 (* 2.0 ?x2134)))
 (let ((?x1112 (- ?x1000)))
 (let ((?x1568 (+ ?x95 ?x1112)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x998 (+ ?x131 ?x1568)))
 (let ((?x1341 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x530 (* ?x1341 exp!2)))
 (let ((?x2131 (* ?x530 ?x998)))
 (let ((?x2080 (* |g2[0]| ?x2131)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1691 (* ?x247 ?x530)))
 (let ((?x698 (+ ?x1691 ?x2080)))
 (let ((?x1008 (* ?x998 ?x2131)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1584 (* 0.0 ?x216)))
 (let ((?x421 (/ 1.0 (* ?x655 ?x655))))
 (let ((?x923 (- ?x142)))
 (let ((?x1669 (* ?x142 ?x923)))
 (let ((?x727 (* ?x1669 ?x421)))
 (let ((?x1031 (* ?x95 ?x142)))
 (let ((?x942 (* ?x216 ?x160)))
 (let ((?x922 (+ ?x942 ?x1031)))
 (let ((?x416 (/ ?x922 ?x655)))
 (let ((?x1322 (+ ?x416 ?x727)))
 (let ((?x1284 (+ ?x1322 ?x1584)))
 (let ((?x1624 (* 2.0 ?x1284)))
 (let ((?x2136 (- ?x1624)))
 (let ((?x410 (+ ?x216 ?x2136)))
 (let ((?x207 (- ?x75)))
 (let ((?x2137 (+ ?x207 ?x410)))
 (let ((?x2130 (* ?x530 ?x2137)))
 (let ((?x958 (+ ?x2130 ?x1008)))
 (let ((?x2133 (* f2 ?x958)))
 (let ((?x1433 (+ ?x2133 ?x2080)))
 (let ((?x596 (+ ?x1433 ?x698)))
 (let ((?x1125 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1185 (* ?x95 ?x1125)))
 (let ((?x1206 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x690 (* 0.0 ?x1206)))
 (let ((?x775 (+ ?x690 ?x1185)))
 (let ((?x1143 (- ?x775)))
 (let ((?x1310 (+ ?x95 ?x1143)))
 (let ((?x456 (* ?x1125 ?x1310)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x371 (* ?x186 ?x456)))
 (let ((?x1190 (* 2.0 ?x775)))
 (let ((?x546 (- ?x1190)))
 (let ((?x1461 (+ ?x95 ?x546)))
 (let ((?x584 (+ ?x131 ?x1461)))
 (let ((?x559 (* 1.0 ?x584)))
 (let ((?x404 (* f2 ?x559)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1643 (+ ?x98 ?x404)))
 (let ((?x1459 (* 0.0 ?x559)))
 (let ((?x1479 (+ ?x1459 ?x1643)))
 (let ((?x360 (- ?x1479)))
 (let ((?x841 (* 2.0 ?x360)))
 (let ((?x640 (* ?x1125 ?x841)))
 (let ((?x962 (+ ?x640 ?x371)))
 (let ((?x1688 (- ?x962)))
 (let ((?x366 (+ ?x360 ?x1688)))
 (let ((?x1376 (/ ?x366 scale)))
 (let ((?x593 (* ?x1125 ?x186)))
 (let ((?x673 (- ?x593)))
 (let ((?x629 (+ ?x185 ?x673)))
 (let ((?x272 (* 0.0 ?x629)))
 (let ((?x1328 (* ?x99 ?x272)))
 (let ((?x287 (+ ?x1328 ?x1376)))
 (let ((?x1510 (- ?x287)))
 (let ((?x756 (* |g2[0]| ?x559)))
 (let ((?x855 (* (/ 1.0 2.0) ?x559)))
 (let ((?x719 (* 0.0 ?x855)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x540 (+ ?x53 ?x719)))
 (let ((?x402 (* |h2[1,0]| ?x540)))
 (let ((?x904 (+ ?x124 ?x719)))
 (let ((?x505 (* |h2[0,0]| ?x904)))
 (let ((?x1266 (+ ?x505 ?x402)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x553 (+ ?x109 ?x719)))
 (let ((?x1467 (+ ?x553 ?x1266)))
 (let ((?x1539 (+ ?x1467 ?x756)))
 (let ((?x1107 (+ ?x1539 ?x1510)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1264 (+ ?x136 ?x1107)))
 (let ((?x1303 (* ?x530 ?x1264)))
 (or (and (distinct ?x1303 ?x596) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
