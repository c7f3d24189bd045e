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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x363 (- ?x253)))
 (let ((?x737 (+ ?x95 ?x363)))
 (let ((?x648 (* ?x127 ?x737)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x498 (* ?x186 ?x648)))
 (let ((?x905 (* 2.0 ?x253)))
 (let ((?x311 (- ?x905)))
 (let ((?x496 (+ ?x95 ?x311)))
 (let ((?x265 (+ ?x131 ?x496)))
 (let ((?x927 (* 1.0 ?x265)))
 (let ((?x1396 (* f2 ?x927)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x916 (+ ?x98 ?x1396)))
 (let ((?x1392 (* 0.0 ?x927)))
 (let ((?x832 (+ ?x1392 ?x916)))
 (let ((?x1369 (- ?x832)))
 (let ((?x909 (* 2.0 ?x1369)))
 (let ((?x957 (* ?x127 ?x909)))
 (let ((?x917 (+ ?x957 ?x498)))
 (let ((?x1374 (- ?x917)))
 (let ((?x277 (+ ?x1369 ?x1374)))
 (let ((?x1391 (/ ?x277 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x747 (+ ?x196 ?x1391)))
 (let ((?x928 (- ?x747)))
 (let ((?x510 (* |g2[0]| ?x927)))
 (let ((?x646 (* (/ 1.0 2.0) ?x927)))
 (let ((?x299 (* 0.0 ?x646)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x767 (+ ?x53 ?x299)))
 (let ((?x728 (* |h2[1,0]| ?x767)))
 (let ((?x741 (+ ?x124 ?x299)))
 (let ((?x1354 (* |h2[0,0]| ?x741)))
 (let ((?x476 (+ ?x1354 ?x728)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x550 (+ ?x109 ?x299)))
 (let ((?x762 (+ ?x550 ?x476)))
 (let ((?x1393 (+ ?x762 ?x510)))
 (let ((?x727 (+ ?x1393 ?x928)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x523 (+ ?x136 ?x727)))
 (let ((?x388 (* ?x205 ?x523)))
 (or (and (distinct ?x388 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x393 (* ?x160 ?x186)))
 (let ((?x1361 (- ?x393)))
 (let ((?x1602 (+ ?x185 ?x1361)))
 (let ((?x1253 (* 0.0 ?x1602)))
 (let ((?x615 (* ?x99 ?x1253)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x923 (* ?x142 ?x186)))
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
 (let ((?x612 (* ?x160 ?x675)))
 (let ((?x1394 (+ ?x612 ?x923)))
 (let ((?x974 (- ?x1394)))
 (let ((?x813 (+ ?x678 ?x974)))
 (let ((?x871 (/ ?x813 scale)))
 (let ((?x505 (+ ?x871 ?x615)))
 (let ((?x1145 (- ?x505)))
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
 (let ((?x499 (+ ?x503 ?x1145)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x904 (+ ?x136 ?x499)))
 (let ((?x278 (* ?x205 ?x904)))
 (or (and (distinct ?x278 ?x250) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (= 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x880 (+ ?x142 ?x1329)))
 (let ((?x1673 (- ?x880)))
 (let ((?x805 (+ ?x95 ?x1673)))
 (let ((?x421 (* ?x851 ?x805)))
 (let ((?x1345 (* ?x421 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1461 (* 2.0 ?x880)))
 (let ((?x822 (- ?x1461)))
 (let ((?x1330 (+ ?x95 ?x822)))
 (let ((?x1229 (+ ?x131 ?x1330)))
 (let ((?x1412 (* ?x1229 1.0)))
 (let ((?x599 (* f2 ?x1412)))
 (let ((?x1209 (+ ?x599 ?x98)))
 (let ((?x1370 (* 0.0 ?x1412)))
 (let ((?x1512 (+ ?x1370 ?x1209)))
 (let ((?x568 (- ?x1512)))
 (let ((?x584 (* 2.0 ?x568)))
 (let ((?x1600 (* ?x851 ?x584)))
 (let ((?x631 (+ ?x1600 ?x1345)))
 (let ((?x674 (- ?x631)))
 (let ((?x725 (+ ?x568 ?x674)))
 (let ((?x618 (/ ?x725 scale)))
 (let ((?x270 (+ ?x618 ?x1671)))
 (let ((?x1485 (- ?x270)))
 (let ((?x558 (* |g2[0]| ?x1412)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1325 (* (/ 1.0 2.0) ?x1412)))
 (let ((?x1395 (* 0.0 ?x1325)))
 (let ((?x673 (+ ?x1395 ?x53)))
 (let ((?x1678 (* |h2[1,0]| ?x673)))
 (let ((?x1131 (+ ?x1395 ?x124)))
 (let ((?x544 (* |h2[0,0]| ?x1131)))
 (let ((?x419 (+ ?x544 ?x1678)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1038 (+ ?x1395 ?x109)))
 (let ((?x1586 (+ ?x1038 ?x419)))
 (let ((?x1436 (+ ?x1586 ?x558)))
 (let ((?x965 (+ ?x1436 ?x1485)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1488 (+ ?x136 ?x965)))
 (let ((?x543 (* ?x308 ?x1488)))
 (or (and (distinct ?x543 ?x982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (= 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1194 (- ?x1204)))
 (let ((?x780 (+ ?x95 ?x1194)))
 (let ((?x1531 (* ?x851 ?x780)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x2671 (* ?x186 ?x1531)))
 (let ((?x1442 (* 2.0 ?x1204)))
 (let ((?x2130 (- ?x1442)))
 (let ((?x2124 (+ ?x95 ?x2130)))
 (let ((?x1366 (+ ?x131 ?x2124)))
 (let ((?x571 (* 1.0 ?x1366)))
 (let ((?x1302 (* f2 ?x571)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x522 (+ ?x98 ?x1302)))
 (let ((?x1337 (* 0.0 ?x571)))
 (let ((?x336 (+ ?x1337 ?x522)))
 (let ((?x1287 (- ?x336)))
 (let ((?x1005 (* 2.0 ?x1287)))
 (let ((?x1314 (* ?x851 ?x1005)))
 (let ((?x460 (+ ?x1314 ?x2671)))
 (let ((?x979 (- ?x460)))
 (let ((?x977 (+ ?x1287 ?x979)))
 (let ((?x836 (/ ?x977 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x1313 (+ ?x1671 ?x836)))
 (let ((?x861 (- ?x1313)))
 (let ((?x782 (* |g2[0]| ?x571)))
 (let ((?x1339 (* (/ 1.0 2.0) ?x571)))
 (let ((?x2080 (* 0.0 ?x1339)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x914 (+ ?x53 ?x2080)))
 (let ((?x1528 (* |h2[1,0]| ?x914)))
 (let ((?x1717 (+ ?x124 ?x2080)))
 (let ((?x761 (* |h2[0,0]| ?x1717)))
 (let ((?x330 (+ ?x761 ?x1528)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1041 (+ ?x109 ?x2080)))
 (let ((?x894 (+ ?x1041 ?x330)))
 (let ((?x731 (+ ?x894 ?x782)))
 (let ((?x2118 (+ ?x731 ?x861)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x2669 (+ ?x136 ?x2118)))
 (let ((?x591 (* ?x308 ?x2669)))
 (or (and (distinct ?x591 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (= 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x393 (* ?x160 ?x186)))
 (let ((?x1361 (- ?x393)))
 (let ((?x1602 (+ ?x185 ?x1361)))
 (let ((?x1253 (* 0.0 ?x1602)))
 (let ((?x615 (* ?x99 ?x1253)))
 (let ((?x923 (* ?x142 ?x186)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x659 (* ?x160 ?x1332)))
 (let ((?x267 (+ ?x659 ?x923)))
 (let ((?x1326 (- ?x267)))
 (let ((?x1441 (+ ?x1636 ?x1326)))
 (let ((?x346 (/ ?x1441 scale)))
 (let ((?x2704 (+ ?x346 ?x615)))
 (let ((?x2178 (- ?x2704)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x1804 (+ ?x279 ?x2178)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x2398 (+ ?x136 ?x1804)))
 (let ((?x734 (* ?x308 ?x2398)))
 (or (and (distinct ?x734 ?x982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257))))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1352 (/ ?x1609 exp!1)))
 (let ((?x851 (* ?x1352 exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x363 (- ?x253)))
 (let ((?x737 (+ ?x95 ?x363)))
 (let ((?x648 (* ?x127 ?x737)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x498 (* ?x186 ?x648)))
 (let ((?x905 (* 2.0 ?x253)))
 (let ((?x311 (- ?x905)))
 (let ((?x496 (+ ?x95 ?x311)))
 (let ((?x265 (+ ?x131 ?x496)))
 (let ((?x927 (* 1.0 ?x265)))
 (let ((?x1396 (* f2 ?x927)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x916 (+ ?x98 ?x1396)))
 (let ((?x1392 (* 0.0 ?x927)))
 (let ((?x832 (+ ?x1392 ?x916)))
 (let ((?x1369 (- ?x832)))
 (let ((?x909 (* 2.0 ?x1369)))
 (let ((?x957 (* ?x127 ?x909)))
 (let ((?x917 (+ ?x957 ?x498)))
 (let ((?x1374 (- ?x917)))
 (let ((?x277 (+ ?x1369 ?x1374)))
 (let ((?x1391 (/ ?x277 scale)))
 (let ((?x192 (* ?x127 ?x186)))
 (let ((?x193 (- ?x192)))
 (let ((?x194 (+ ?x185 ?x193)))
 (let ((?x195 (* 0.0 ?x194)))
 (let ((?x196 (* ?x99 ?x195)))
 (let ((?x747 (+ ?x196 ?x1391)))
 (let ((?x928 (- ?x747)))
 (let ((?x510 (* |g2[0]| ?x927)))
 (let ((?x646 (* (/ 1.0 2.0) ?x927)))
 (let ((?x299 (* 0.0 ?x646)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x767 (+ ?x53 ?x299)))
 (let ((?x728 (* |h2[1,0]| ?x767)))
 (let ((?x741 (+ ?x124 ?x299)))
 (let ((?x1354 (* |h2[0,0]| ?x741)))
 (let ((?x476 (+ ?x1354 ?x728)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x550 (+ ?x109 ?x299)))
 (let ((?x762 (+ ?x550 ?x476)))
 (let ((?x1393 (+ ?x762 ?x510)))
 (let ((?x727 (+ ?x1393 ?x928)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x523 (+ ?x136 ?x727)))
 (let ((?x388 (* ?x205 ?x523)))
 (or (and (distinct ?x388 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x393 (* ?x160 ?x186)))
 (let ((?x1361 (- ?x393)))
 (let ((?x1602 (+ ?x185 ?x1361)))
 (let ((?x1253 (* 0.0 ?x1602)))
 (let ((?x615 (* ?x99 ?x1253)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x923 (* ?x142 ?x186)))
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
 (let ((?x612 (* ?x160 ?x675)))
 (let ((?x1394 (+ ?x612 ?x923)))
 (let ((?x974 (- ?x1394)))
 (let ((?x813 (+ ?x678 ?x974)))
 (let ((?x871 (/ ?x813 scale)))
 (let ((?x505 (+ ?x871 ?x615)))
 (let ((?x1145 (- ?x505)))
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
 (let ((?x499 (+ ?x503 ?x1145)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x904 (+ ?x136 ?x499)))
 (let ((?x278 (* ?x205 ?x904)))
 (or (and (distinct ?x278 ?x250) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (= 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x880 (+ ?x142 ?x1329)))
 (let ((?x1673 (- ?x880)))
 (let ((?x805 (+ ?x95 ?x1673)))
 (let ((?x421 (* ?x851 ?x805)))
 (let ((?x1345 (* ?x421 ?x186)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x1461 (* 2.0 ?x880)))
 (let ((?x822 (- ?x1461)))
 (let ((?x1330 (+ ?x95 ?x822)))
 (let ((?x1229 (+ ?x131 ?x1330)))
 (let ((?x1412 (* ?x1229 1.0)))
 (let ((?x599 (* f2 ?x1412)))
 (let ((?x1209 (+ ?x599 ?x98)))
 (let ((?x1370 (* 0.0 ?x1412)))
 (let ((?x1512 (+ ?x1370 ?x1209)))
 (let ((?x568 (- ?x1512)))
 (let ((?x584 (* 2.0 ?x568)))
 (let ((?x1600 (* ?x851 ?x584)))
 (let ((?x631 (+ ?x1600 ?x1345)))
 (let ((?x674 (- ?x631)))
 (let ((?x725 (+ ?x568 ?x674)))
 (let ((?x618 (/ ?x725 scale)))
 (let ((?x270 (+ ?x618 ?x1671)))
 (let ((?x1485 (- ?x270)))
 (let ((?x558 (* |g2[0]| ?x1412)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1325 (* (/ 1.0 2.0) ?x1412)))
 (let ((?x1395 (* 0.0 ?x1325)))
 (let ((?x673 (+ ?x1395 ?x53)))
 (let ((?x1678 (* |h2[1,0]| ?x673)))
 (let ((?x1131 (+ ?x1395 ?x124)))
 (let ((?x544 (* |h2[0,0]| ?x1131)))
 (let ((?x419 (+ ?x544 ?x1678)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1038 (+ ?x1395 ?x109)))
 (let ((?x1586 (+ ?x1038 ?x419)))
 (let ((?x1436 (+ ?x1586 ?x558)))
 (let ((?x965 (+ ?x1436 ?x1485)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1488 (+ ?x136 ?x965)))
 (let ((?x543 (* ?x308 ?x1488)))
 (or (and (distinct ?x543 ?x982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (= 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1194 (- ?x1204)))
 (let ((?x780 (+ ?x95 ?x1194)))
 (let ((?x1531 (* ?x851 ?x780)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x2671 (* ?x186 ?x1531)))
 (let ((?x1442 (* 2.0 ?x1204)))
 (let ((?x2130 (- ?x1442)))
 (let ((?x2124 (+ ?x95 ?x2130)))
 (let ((?x1366 (+ ?x131 ?x2124)))
 (let ((?x571 (* 1.0 ?x1366)))
 (let ((?x1302 (* f2 ?x571)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x522 (+ ?x98 ?x1302)))
 (let ((?x1337 (* 0.0 ?x571)))
 (let ((?x336 (+ ?x1337 ?x522)))
 (let ((?x1287 (- ?x336)))
 (let ((?x1005 (* 2.0 ?x1287)))
 (let ((?x1314 (* ?x851 ?x1005)))
 (let ((?x460 (+ ?x1314 ?x2671)))
 (let ((?x979 (- ?x460)))
 (let ((?x977 (+ ?x1287 ?x979)))
 (let ((?x836 (/ ?x977 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x1313 (+ ?x1671 ?x836)))
 (let ((?x861 (- ?x1313)))
 (let ((?x782 (* |g2[0]| ?x571)))
 (let ((?x1339 (* (/ 1.0 2.0) ?x571)))
 (let ((?x2080 (* 0.0 ?x1339)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x914 (+ ?x53 ?x2080)))
 (let ((?x1528 (* |h2[1,0]| ?x914)))
 (let ((?x1717 (+ ?x124 ?x2080)))
 (let ((?x761 (* |h2[0,0]| ?x1717)))
 (let ((?x330 (+ ?x761 ?x1528)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1041 (+ ?x109 ?x2080)))
 (let ((?x894 (+ ?x1041 ?x330)))
 (let ((?x731 (+ ?x894 ?x782)))
 (let ((?x2118 (+ ?x731 ?x861)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x2669 (+ ?x136 ?x2118)))
 (let ((?x591 (* ?x308 ?x2669)))
 (or (and (distinct ?x591 ?x982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (= 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x393 (* ?x160 ?x186)))
 (let ((?x1361 (- ?x393)))
 (let ((?x1602 (+ ?x185 ?x1361)))
 (let ((?x1253 (* 0.0 ?x1602)))
 (let ((?x615 (* ?x99 ?x1253)))
 (let ((?x923 (* ?x142 ?x186)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x659 (* ?x160 ?x1332)))
 (let ((?x267 (+ ?x659 ?x923)))
 (let ((?x1326 (- ?x267)))
 (let ((?x1441 (+ ?x1636 ?x1326)))
 (let ((?x346 (/ ?x1441 scale)))
 (let ((?x2704 (+ ?x346 ?x615)))
 (let ((?x2178 (- ?x2704)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x1804 (+ ?x279 ?x2178)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x2398 (+ ?x136 ?x1804)))
 (let ((?x734 (* ?x308 ?x2398)))
 (or (and (distinct ?x734 ?x982) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
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
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x775 (* (/ 1.0 2.0) ?x95)))
 (let ((?x467 (+ ?x775 ?x715)))
 (let ((?x1136 (* 2.0 ?x467)))
 (let ((?x327 (- ?x1136)))
 (let ((?x260 (+ ?x95 ?x327)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1303 (+ ?x131 ?x260)))
 (let ((?x919 (* ?x308 ?x1303)))
 (let ((?x1384 (* |g2[0]| ?x919)))
 (let ((?x609 (+ ?x1384 ?x948)))
 (let ((?x375 (* ?x1303 ?x919)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x1685 (* (/ 1.0 2.0) ?x216)))
 (let ((?x1401 (+ ?x1685 ?x447)))
 (let ((?x665 (* 2.0 ?x1401)))
 (let ((?x572 (- ?x665)))
 (let ((?x662 (+ ?x216 ?x572)))
 (let ((?x207 (- ?x75)))
 (let ((?x1541 (+ ?x207 ?x662)))
 (let ((?x819 (* ?x308 ?x1541)))
 (let ((?x650 (+ ?x819 ?x375)))
 (let ((?x697 (* f2 ?x650)))
 (let ((?x1224 (+ ?x697 ?x1384)))
 (let ((?x982 (+ ?x1224 ?x609)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x982) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (< 0.0 ?x670))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let (($x1257 (= 0.0 ?x670)))
 (not $x1257)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2141 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x670 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x715 (/ ?x142 ?x670)))
 (let ((?x2137 (+ ?x715 ?x2141)))
 (let ((?x1111 (* 2.0 ?x2137)))
 (let ((?x1406 (- ?x1111)))
 (let ((?x1648 (+ ?x95 ?x1406)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1032 (+ ?x131 ?x1648)))
 (let ((?x1139 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x308 (* ?x1139 exp!2)))
 (let ((?x2134 (* ?x308 ?x1032)))
 (let ((?x2083 (* |g2[0]| ?x2134)))
 (let ((?x246 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x247 (* (/ 1.0 2.0) ?x246)))
 (let ((?x948 (* ?x247 ?x308)))
 (let ((?x1067 (+ ?x948 ?x2083)))
 (let ((?x1297 (* ?x1032 ?x2134)))
 (let ((?x209 (/ 1.0 (* ?x67 scale))))
 (let ((?x211 (* ?x209 (- 2.0))))
 (let ((?x212 (* 0.0 ?x211)))
 (let ((?x213 (* 0.0 ?x212)))
 (let ((?x214 (+ ?x75 ?x213)))
 (let ((?x215 (+ ?x75 ?x214)))
 (let ((?x216 (- ?x215)))
 (let ((?x459 (* 0.0 ?x216)))
 (let ((?x1322 (/ 1.0 (* ?x670 ?x670))))
 (let ((?x290 (- ?x142)))
 (let ((?x553 (* ?x142 ?x290)))
 (let ((?x960 (* ?x553 ?x1322)))
 (let ((?x772 (* ?x95 ?x142)))
 (let ((?x1064 (* ?x216 ?x160)))
 (let ((?x833 (+ ?x1064 ?x772)))
 (let ((?x349 (/ ?x833 ?x670)))
 (let ((?x447 (+ ?x349 ?x960)))
 (let ((?x501 (+ ?x447 ?x459)))
 (let ((?x329 (* 2.0 ?x501)))
 (let ((?x2139 (- ?x329)))
 (let ((?x384 (+ ?x216 ?x2139)))
 (let ((?x207 (- ?x75)))
 (let ((?x2140 (+ ?x207 ?x384)))
 (let ((?x2133 (* ?x308 ?x2140)))
 (let ((?x1002 (+ ?x2133 ?x1297)))
 (let ((?x2136 (* f2 ?x1002)))
 (let ((?x1567 (+ ?x2136 ?x2083)))
 (let ((?x370 (+ ?x1567 ?x1067)))
 (let ((?x851 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1204 (* ?x95 ?x851)))
 (let ((?x1609 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1329 (* 0.0 ?x1609)))
 (let ((?x1596 (+ ?x1329 ?x1204)))
 (let ((?x368 (- ?x1596)))
 (let ((?x1653 (+ ?x95 ?x368)))
 (let ((?x1129 (* ?x851 ?x1653)))
 (let ((?x183 (* f2 1.0)))
 (let ((?x182 (* 0.0 1.0)))
 (let ((?x184 (+ ?x182 ?x183)))
 (let ((?x185 (- ?x184)))
 (let ((?x186 (* 2.0 ?x185)))
 (let ((?x1225 (* ?x186 ?x1129)))
 (let ((?x1130 (* 2.0 ?x1596)))
 (let ((?x1372 (- ?x1130)))
 (let ((?x921 (+ ?x95 ?x1372)))
 (let ((?x930 (+ ?x131 ?x921)))
 (let ((?x372 (* 1.0 ?x930)))
 (let ((?x1433 (* f2 ?x372)))
 (let ((?x98 (* |g2[0]| 1.0)))
 (let ((?x335 (+ ?x98 ?x1433)))
 (let ((?x1617 (* 0.0 ?x372)))
 (let ((?x1323 (+ ?x1617 ?x335)))
 (let ((?x1636 (- ?x1323)))
 (let ((?x1332 (* 2.0 ?x1636)))
 (let ((?x403 (* ?x851 ?x1332)))
 (let ((?x1460 (+ ?x403 ?x1225)))
 (let ((?x902 (- ?x1460)))
 (let ((?x886 (+ ?x1636 ?x902)))
 (let ((?x840 (/ ?x886 scale)))
 (let ((?x1231 (* ?x851 ?x186)))
 (let ((?x1057 (- ?x1231)))
 (let ((?x1388 (+ ?x185 ?x1057)))
 (let ((?x719 (* 0.0 ?x1388)))
 (let ((?x1671 (* ?x99 ?x719)))
 (let ((?x272 (+ ?x1671 ?x840)))
 (let ((?x436 (- ?x272)))
 (let ((?x1359 (* |g2[0]| ?x372)))
 (let ((?x1434 (* (/ 1.0 2.0) ?x372)))
 (let ((?x307 (* 0.0 ?x1434)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x843 (+ ?x53 ?x307)))
 (let ((?x446 (* |h2[1,0]| ?x843)))
 (let ((?x1510 (+ ?x124 ?x307)))
 (let ((?x633 (* |h2[0,0]| ?x1510)))
 (let ((?x1456 (+ ?x633 ?x446)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x302 (+ ?x109 ?x307)))
 (let ((?x1315 (+ ?x302 ?x1456)))
 (let ((?x279 (+ ?x1315 ?x1359)))
 (let ((?x602 (+ ?x279 ?x436)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x831 (+ ?x136 ?x602)))
 (let ((?x870 (* ?x308 ?x831)))
 (or (and (distinct ?x870 ?x370) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
