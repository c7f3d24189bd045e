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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x571 (- ?x253)))
 (let ((?x635 (+ ?x95 ?x571)))
 (let ((?x646 (* ?x127 ?x635)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1450 (* ?x186 ?x646)))
 (let ((?x1351 (* 2.0 ?x253)))
 (let ((?x311 (- ?x1351)))
 (let ((?x712 (+ ?x95 ?x311)))
 (let ((?x271 (+ ?x131 ?x712)))
 (let ((?x923 (* 1.0 ?x271)))
 (let ((?x1392 (* f2 ?x923)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x864 (+ ?x98 ?x1392)))
 (let ((?x630 (* 0.0 ?x923)))
 (let ((?x686 (+ ?x630 ?x864)))
 (let ((?x1388 (- ?x686)))
 (let ((?x1380 (* 2.0 ?x1388)))
 (let ((?x713 (* ?x127 ?x1380)))
 (let ((?x1376 (+ ?x713 ?x1450)))
 (let ((?x744 (- ?x1376)))
 (let ((?x912 (+ ?x1388 ?x744)))
 (let ((?x634 (/ ?x912 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x789 (+ ?x196 ?x634)))
 (let ((?x936 (- ?x789)))
 (let ((?x419 (* |g2[0]| ?x923)))
 (let ((?x619 (* (/ 1.0 2.0) ?x923)))
 (let ((?x690 (* 0.0 ?x619)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x642 (+ ?x53 ?x690)))
 (let ((?x782 (* |h2[1,0]| ?x642)))
 (let ((?x638 (+ ?x124 ?x690)))
 (let ((?x589 (* |h2[0,0]| ?x638)))
 (let ((?x913 (+ ?x589 ?x782)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x518 (+ ?x109 ?x690)))
 (let ((?x911 (+ ?x518 ?x913)))
 (let ((?x1389 (+ ?x911 ?x419)))
 (let ((?x387 (+ ?x1389 ?x936)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x611 (+ ?x136 ?x387)))
 (let ((?x568 (* ?x205 ?x611)))
 (or (and (distinct ?x568 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x916 (* ?x160 ?x186)))
 (let ((?x643 (- ?x916)))
 (let ((?x1179 (+ ?x185 ?x643)))
 (let ((?x702 (* 0.0 ?x1179)))
 (let ((?x730 (* ?x99 ?x702)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x725 (* ?x142 ?x186)))
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
 (let ((?x333 (* ?x160 ?x675)))
 (let ((?x829 (+ ?x333 ?x725)))
 (let ((?x1385 (- ?x829)))
 (let ((?x901 (+ ?x678 ?x1385)))
 (let ((?x1305 (/ ?x901 scale)))
 (let ((?x355 (+ ?x1305 ?x730)))
 (let ((?x1293 (- ?x355)))
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
 (let ((?x866 (+ ?x503 ?x1293)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x652 (+ ?x136 ?x866)))
 (let ((?x1304 (* ?x205 ?x652)))
 (or (and (distinct ?x1304 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (= 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x1300 (+ ?x142 ?x395)))
 (let ((?x1260 (- ?x1300)))
 (let ((?x396 (+ ?x95 ?x1260)))
 (let ((?x1340 (* ?x1608 ?x396)))
 (let ((?x972 (* ?x1340 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1396 (* 2.0 ?x1300)))
 (let ((?x1390 (- ?x1396)))
 (let ((?x1593 (+ ?x95 ?x1390)))
 (let ((?x1668 (+ ?x131 ?x1593)))
 (let ((?x1570 (* ?x1668 1.0)))
 (let ((?x323 (* f2 ?x1570)))
 (let ((?x1218 (+ ?x323 ?x98)))
 (let ((?x267 (* 0.0 ?x1570)))
 (let ((?x925 (+ ?x267 ?x1218)))
 (let ((?x394 (- ?x925)))
 (let ((?x1356 (* 2.0 ?x394)))
 (let ((?x1583 (* ?x1608 ?x1356)))
 (let ((?x603 (+ ?x1583 ?x972)))
 (let ((?x444 (- ?x603)))
 (let ((?x1548 (+ ?x394 ?x444)))
 (let ((?x1359 (/ ?x1548 scale)))
 (let ((?x406 (+ ?x1359 ?x672)))
 (let ((?x980 (- ?x406)))
 (let ((?x1400 (* |g2[0]| ?x1570)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1365 (* (/ 1.0 2.0) ?x1570)))
 (let ((?x1074 (* 0.0 ?x1365)))
 (let ((?x700 (+ ?x1074 ?x53)))
 (let ((?x1103 (* |h2[1,0]| ?x700)))
 (let ((?x283 (+ ?x1074 ?x124)))
 (let ((?x1307 (* |h2[0,0]| ?x283)))
 (let ((?x1621 (+ ?x1307 ?x1103)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x898 (+ ?x1074 ?x109)))
 (let ((?x1095 (+ ?x898 ?x1621)))
 (let ((?x1263 (+ ?x1095 ?x1400)))
 (let ((?x493 (+ ?x1263 ?x980)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x714 (+ ?x136 ?x493)))
 (let ((?x1280 (* ?x552 ?x714)))
 (or (and (distinct ?x1280 ?x1448) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (= 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1275 (- ?x426)))
 (let ((?x726 (+ ?x95 ?x1275)))
 (let ((?x949 (* ?x1608 ?x726)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x2025 (* ?x186 ?x949)))
 (let ((?x1164 (* 2.0 ?x426)))
 (let ((?x2130 (- ?x1164)))
 (let ((?x2124 (+ ?x95 ?x2130)))
 (let ((?x1309 (+ ?x131 ?x2124)))
 (let ((?x998 (* 1.0 ?x1309)))
 (let ((?x1526 (* f2 ?x998)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x400 (+ ?x98 ?x1526)))
 (let ((?x738 (* 0.0 ?x998)))
 (let ((?x2108 (+ ?x738 ?x400)))
 (let ((?x418 (- ?x2108)))
 (let ((?x446 (* 2.0 ?x418)))
 (let ((?x2138 (* ?x1608 ?x446)))
 (let ((?x1494 (+ ?x2138 ?x2025)))
 (let ((?x497 (- ?x1494)))
 (let ((?x950 (+ ?x418 ?x497)))
 (let ((?x381 (/ ?x950 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x604 (+ ?x672 ?x381)))
 (let ((?x306 (- ?x604)))
 (let ((?x1117 (* |g2[0]| ?x998)))
 (let ((?x765 (* (/ 1.0 2.0) ?x998)))
 (let ((?x824 (* 0.0 ?x765)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1685 (+ ?x53 ?x824)))
 (let ((?x559 (* |h2[1,0]| ?x1685)))
 (let ((?x424 (+ ?x124 ?x824)))
 (let ((?x1199 (* |h2[0,0]| ?x424)))
 (let ((?x1464 (+ ?x1199 ?x559)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x920 (+ ?x109 ?x824)))
 (let ((?x384 (+ ?x920 ?x1464)))
 (let ((?x2672 (+ ?x384 ?x1117)))
 (let ((?x1422 (+ ?x2672 ?x306)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1578 (+ ?x136 ?x1422)))
 (let ((?x1320 (* ?x552 ?x1578)))
 (or (and (distinct ?x1320 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (= 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x916 (* ?x160 ?x186)))
 (let ((?x643 (- ?x916)))
 (let ((?x1179 (+ ?x185 ?x643)))
 (let ((?x702 (* 0.0 ?x1179)))
 (let ((?x730 (* ?x99 ?x702)))
 (let ((?x725 (* ?x142 ?x186)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x1039 (* ?x160 ?x736)))
 (let ((?x1603 (+ ?x1039 ?x725)))
 (let ((?x2112 (- ?x1603)))
 (let ((?x1361 (+ ?x534 ?x2112)))
 (let ((?x1175 (/ ?x1361 scale)))
 (let ((?x2084 (+ ?x1175 ?x730)))
 (let ((?x771 (- ?x2084)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x1523 (+ ?x1381 ?x771)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1038 (+ ?x136 ?x1523)))
 (let ((?x1822 (* ?x552 ?x1038)))
 (or (and (distinct ?x1822 ?x1448) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1052 (/ ?x1552 exp!1)))
 (let ((?x1608 (* ?x1052 exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x571 (- ?x253)))
 (let ((?x635 (+ ?x95 ?x571)))
 (let ((?x646 (* ?x127 ?x635)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1450 (* ?x186 ?x646)))
 (let ((?x1351 (* 2.0 ?x253)))
 (let ((?x311 (- ?x1351)))
 (let ((?x712 (+ ?x95 ?x311)))
 (let ((?x271 (+ ?x131 ?x712)))
 (let ((?x923 (* 1.0 ?x271)))
 (let ((?x1392 (* f2 ?x923)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x864 (+ ?x98 ?x1392)))
 (let ((?x630 (* 0.0 ?x923)))
 (let ((?x686 (+ ?x630 ?x864)))
 (let ((?x1388 (- ?x686)))
 (let ((?x1380 (* 2.0 ?x1388)))
 (let ((?x713 (* ?x127 ?x1380)))
 (let ((?x1376 (+ ?x713 ?x1450)))
 (let ((?x744 (- ?x1376)))
 (let ((?x912 (+ ?x1388 ?x744)))
 (let ((?x634 (/ ?x912 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x789 (+ ?x196 ?x634)))
 (let ((?x936 (- ?x789)))
 (let ((?x419 (* |g2[0]| ?x923)))
 (let ((?x619 (* (/ 1.0 2.0) ?x923)))
 (let ((?x690 (* 0.0 ?x619)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x642 (+ ?x53 ?x690)))
 (let ((?x782 (* |h2[1,0]| ?x642)))
 (let ((?x638 (+ ?x124 ?x690)))
 (let ((?x589 (* |h2[0,0]| ?x638)))
 (let ((?x913 (+ ?x589 ?x782)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x518 (+ ?x109 ?x690)))
 (let ((?x911 (+ ?x518 ?x913)))
 (let ((?x1389 (+ ?x911 ?x419)))
 (let ((?x387 (+ ?x1389 ?x936)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x611 (+ ?x136 ?x387)))
 (let ((?x568 (* ?x205 ?x611)))
 (or (and (distinct ?x568 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x916 (* ?x160 ?x186)))
 (let ((?x643 (- ?x916)))
 (let ((?x1179 (+ ?x185 ?x643)))
 (let ((?x702 (* 0.0 ?x1179)))
 (let ((?x730 (* ?x99 ?x702)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x725 (* ?x142 ?x186)))
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
 (let ((?x333 (* ?x160 ?x675)))
 (let ((?x829 (+ ?x333 ?x725)))
 (let ((?x1385 (- ?x829)))
 (let ((?x901 (+ ?x678 ?x1385)))
 (let ((?x1305 (/ ?x901 scale)))
 (let ((?x355 (+ ?x1305 ?x730)))
 (let ((?x1293 (- ?x355)))
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
 (let ((?x866 (+ ?x503 ?x1293)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x652 (+ ?x136 ?x866)))
 (let ((?x1304 (* ?x205 ?x652)))
 (or (and (distinct ?x1304 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (= 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x1300 (+ ?x142 ?x395)))
 (let ((?x1260 (- ?x1300)))
 (let ((?x396 (+ ?x95 ?x1260)))
 (let ((?x1340 (* ?x1608 ?x396)))
 (let ((?x972 (* ?x1340 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1396 (* 2.0 ?x1300)))
 (let ((?x1390 (- ?x1396)))
 (let ((?x1593 (+ ?x95 ?x1390)))
 (let ((?x1668 (+ ?x131 ?x1593)))
 (let ((?x1570 (* ?x1668 1.0)))
 (let ((?x323 (* f2 ?x1570)))
 (let ((?x1218 (+ ?x323 ?x98)))
 (let ((?x267 (* 0.0 ?x1570)))
 (let ((?x925 (+ ?x267 ?x1218)))
 (let ((?x394 (- ?x925)))
 (let ((?x1356 (* 2.0 ?x394)))
 (let ((?x1583 (* ?x1608 ?x1356)))
 (let ((?x603 (+ ?x1583 ?x972)))
 (let ((?x444 (- ?x603)))
 (let ((?x1548 (+ ?x394 ?x444)))
 (let ((?x1359 (/ ?x1548 scale)))
 (let ((?x406 (+ ?x1359 ?x672)))
 (let ((?x980 (- ?x406)))
 (let ((?x1400 (* |g2[0]| ?x1570)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1365 (* (/ 1.0 2.0) ?x1570)))
 (let ((?x1074 (* 0.0 ?x1365)))
 (let ((?x700 (+ ?x1074 ?x53)))
 (let ((?x1103 (* |h2[1,0]| ?x700)))
 (let ((?x283 (+ ?x1074 ?x124)))
 (let ((?x1307 (* |h2[0,0]| ?x283)))
 (let ((?x1621 (+ ?x1307 ?x1103)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x898 (+ ?x1074 ?x109)))
 (let ((?x1095 (+ ?x898 ?x1621)))
 (let ((?x1263 (+ ?x1095 ?x1400)))
 (let ((?x493 (+ ?x1263 ?x980)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x714 (+ ?x136 ?x493)))
 (let ((?x1280 (* ?x552 ?x714)))
 (or (and (distinct ?x1280 ?x1448) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (= 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1275 (- ?x426)))
 (let ((?x726 (+ ?x95 ?x1275)))
 (let ((?x949 (* ?x1608 ?x726)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x2025 (* ?x186 ?x949)))
 (let ((?x1164 (* 2.0 ?x426)))
 (let ((?x2130 (- ?x1164)))
 (let ((?x2124 (+ ?x95 ?x2130)))
 (let ((?x1309 (+ ?x131 ?x2124)))
 (let ((?x998 (* 1.0 ?x1309)))
 (let ((?x1526 (* f2 ?x998)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x400 (+ ?x98 ?x1526)))
 (let ((?x738 (* 0.0 ?x998)))
 (let ((?x2108 (+ ?x738 ?x400)))
 (let ((?x418 (- ?x2108)))
 (let ((?x446 (* 2.0 ?x418)))
 (let ((?x2138 (* ?x1608 ?x446)))
 (let ((?x1494 (+ ?x2138 ?x2025)))
 (let ((?x497 (- ?x1494)))
 (let ((?x950 (+ ?x418 ?x497)))
 (let ((?x381 (/ ?x950 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x604 (+ ?x672 ?x381)))
 (let ((?x306 (- ?x604)))
 (let ((?x1117 (* |g2[0]| ?x998)))
 (let ((?x765 (* (/ 1.0 2.0) ?x998)))
 (let ((?x824 (* 0.0 ?x765)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1685 (+ ?x53 ?x824)))
 (let ((?x559 (* |h2[1,0]| ?x1685)))
 (let ((?x424 (+ ?x124 ?x824)))
 (let ((?x1199 (* |h2[0,0]| ?x424)))
 (let ((?x1464 (+ ?x1199 ?x559)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x920 (+ ?x109 ?x824)))
 (let ((?x384 (+ ?x920 ?x1464)))
 (let ((?x2672 (+ ?x384 ?x1117)))
 (let ((?x1422 (+ ?x2672 ?x306)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1578 (+ ?x136 ?x1422)))
 (let ((?x1320 (* ?x552 ?x1578)))
 (or (and (distinct ?x1320 ?x1448) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (= 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x916 (* ?x160 ?x186)))
 (let ((?x643 (- ?x916)))
 (let ((?x1179 (+ ?x185 ?x643)))
 (let ((?x702 (* 0.0 ?x1179)))
 (let ((?x730 (* ?x99 ?x702)))
 (let ((?x725 (* ?x142 ?x186)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x1039 (* ?x160 ?x736)))
 (let ((?x1603 (+ ?x1039 ?x725)))
 (let ((?x2112 (- ?x1603)))
 (let ((?x1361 (+ ?x534 ?x2112)))
 (let ((?x1175 (/ ?x1361 scale)))
 (let ((?x2084 (+ ?x1175 ?x730)))
 (let ((?x771 (- ?x2084)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x1523 (+ ?x1381 ?x771)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1038 (+ ?x136 ?x1523)))
 (let ((?x1822 (* ?x552 ?x1038)))
 (or (and (distinct ?x1822 ?x1448) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
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
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x1082 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1119 (+ ?x1082 ?x796)))
 (let ((?x393 (* 2.0 ?x1119)))
 (let ((?x1274 (- ?x393)))
 (let ((?x787 (+ ?x95 ?x1274)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x563 (+ ?x131 ?x787)))
 (let ((?x385 (* ?x552 ?x563)))
 (let ((?x1135 (* |g2[0]| ?x385)))
 (let ((?x1035 (+ ?x1135 ?x1483)))
 (let ((?x1463 (* ?x563 ?x385)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x930 (* (/ 1.0 2.0) ?x216)))
 (let ((?x909 (+ ?x930 ?x1446)))
 (let ((?x304 (* 2.0 ?x909)))
 (let ((?x1560 (- ?x304)))
 (let ((?x889 (+ ?x216 ?x1560)))
 (let ((?x207 (- ?x75)))
 (let ((?x632 (+ ?x207 ?x889)))
 (let ((?x1200 (* ?x552 ?x632)))
 (let ((?x978 (+ ?x1200 ?x1463)))
 (let ((?x820 (* f2 ?x978)))
 (let ((?x1063 (+ ?x820 ?x1135)))
 (let ((?x1448 (+ ?x1063 ?x1035)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1448) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (< 0.0 ?x707))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let (($x1682 (= 0.0 ?x707)))
 (not $x1682)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x707 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x796 (/ ?x142 ?x707)))
 (let ((?x2137 (+ ?x796 ?x2141)))
 (let ((?x1212 (* 2.0 ?x2137)))
 (let ((?x1146 (- ?x1212)))
 (let ((?x457 (+ ?x95 ?x1146)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x896 (+ ?x131 ?x457)))
 (let ((?x781 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x552 (* ?x781 exp!2)))
 (let ((?x2134 (* ?x552 ?x896)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x1483 (* ?x247 ?x552)))
 (let ((?x1683 (+ ?x1483 ?x2083)))
 (let ((?x989 (* ?x896 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1704 (* 0.0 ?x216)))
 (let ((?x477 (/ 1.0 (* ?x707 ?x707))))
 (let ((?x1142 (- ?x142)))
 (let ((?x1461 (* ?x142 ?x1142)))
 (let ((?x288 (* ?x1461 ?x477)))
 (let ((?x1501 (* ?x95 ?x142)))
 (let ((?x331 (* ?x216 ?x160)))
 (let ((?x1131 (+ ?x331 ?x1501)))
 (let ((?x492 (/ ?x1131 ?x707)))
 (let ((?x1446 (+ ?x492 ?x288)))
 (let ((?x1656 (+ ?x1446 ?x1704)))
 (let ((?x668 (* 2.0 ?x1656)))
 (let ((?x2139 (- ?x668)))
 (let ((?x1166 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x1166)))
 (let ((?x2133 (* ?x552 ?x2140)))
 (let ((?x1083 (+ ?x2133 ?x989)))
 (let ((?x2136 (* f2 ?x1083)))
 (let ((?x1479 (+ ?x2136 ?x2083)))
 (let ((?x1529 (+ ?x1479 ?x1683)))
 (let ((?x1608 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x426 (* ?x95 ?x1608)))
 (let ((?x1552 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x395 (* 0.0 ?x1552)))
 (let ((?x471 (+ ?x395 ?x426)))
 (let ((?x514 (- ?x471)))
 (let ((?x423 (+ ?x95 ?x514)))
 (let ((?x1294 (* ?x1608 ?x423)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x553 (* ?x186 ?x1294)))
 (let ((?x1248 (* 2.0 ?x471)))
 (let ((?x256 (- ?x1248)))
 (let ((?x606 (+ ?x95 ?x256)))
 (let ((?x1079 (+ ?x131 ?x606)))
 (let ((?x1612 (* 1.0 ?x1079)))
 (let ((?x1480 (* f2 ?x1612)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x904 (+ ?x98 ?x1480)))
 (let ((?x885 (* 0.0 ?x1612)))
 (let ((?x621 (+ ?x885 ?x904)))
 (let ((?x534 (- ?x621)))
 (let ((?x736 (* 2.0 ?x534)))
 (let ((?x827 (* ?x1608 ?x736)))
 (let ((?x325 (+ ?x827 ?x553)))
 (let ((?x921 (- ?x325)))
 (let ((?x330 (+ ?x534 ?x921)))
 (let ((?x1475 (/ ?x330 scale)))
 (let ((?x1645 (* ?x1608 ?x186)))
 (let ((?x1607 (- ?x1645)))
 (let ((?x846 (+ ?x185 ?x1607)))
 (let ((?x308 (* 0.0 ?x846)))
 (let ((?x672 (* ?x99 ?x308)))
 (let ((?x465 (+ ?x672 ?x1475)))
 (let ((?x724 (- ?x465)))
 (let ((?x318 (* |g2[0]| ?x1612)))
 (let ((?x1633 (* (/ 1.0 2.0) ?x1612)))
 (let ((?x341 (* 0.0 ?x1633)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x607 (+ ?x53 ?x341)))
 (let ((?x599 (* |h2[1,0]| ?x607)))
 (let ((?x932 (+ ?x124 ?x341)))
 (let ((?x1660 (* |h2[0,0]| ?x932)))
 (let ((?x1627 (+ ?x1660 ?x599)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1371 (+ ?x109 ?x341)))
 (let ((?x1646 (+ ?x1371 ?x1627)))
 (let ((?x1381 (+ ?x1646 ?x318)))
 (let ((?x954 (+ ?x1381 ?x724)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x597 (+ ?x136 ?x954)))
 (let ((?x1216 (* ?x552 ?x597)))
 (or (and (distinct ?x1216 ?x1529) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
