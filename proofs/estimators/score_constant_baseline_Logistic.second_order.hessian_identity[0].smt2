; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x102 (+ ?x142 ?x170)))
 (let ((?x181 (- ?x102)))
 (let ((?x182 (+ ?x95 ?x181)))
 (let ((?x183 (* ?x127 ?x182)))
 (let ((?x189 (* ?x183 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x110 (* 2.0 ?x102)))
 (let ((?x147 (- ?x110)))
 (let ((?x135 (+ ?x95 ?x147)))
 (let ((?x103 (+ ?x131 ?x135)))
 (let ((?x116 (* ?x103 1.0)))
 (let ((?x64 (* f2 ?x116)))
 (let ((?x80 (+ ?x64 ?x172)))
 (let ((?x43 (* ?x89 ?x116)))
 (let ((?x114 (+ ?x43 ?x80)))
 (let ((?x177 (- ?x114)))
 (let ((?x179 (* 2.0 ?x177)))
 (let ((?x180 (* ?x127 ?x179)))
 (let ((?x190 (+ ?x180 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (+ ?x177 ?x191)))
 (let ((?x193 (/ ?x192 scale)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x200 (- ?x199)))
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
 (let ((?x201 (+ ?x115 ?x200)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x202 (+ ?x136 ?x201)))
 (let ((?x208 (* ?x207 ?x202)))
 (or (and (distinct ?x208 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x813 (- ?x256)))
 (let ((?x770 (+ ?x95 ?x813)))
 (let ((?x439 (* ?x127 ?x770)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1055 (* ?x188 ?x439)))
 (let ((?x984 (* 2.0 ?x256)))
 (let ((?x671 (- ?x984)))
 (let ((?x672 (+ ?x95 ?x671)))
 (let ((?x548 (+ ?x131 ?x672)))
 (let ((?x603 (* 1.0 ?x548)))
 (let ((?x1486 (* f2 ?x603)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1025 (+ ?x172 ?x1486)))
 (let ((?x1020 (* ?x89 ?x603)))
 (let ((?x696 (+ ?x1020 ?x1025)))
 (let ((?x1037 (- ?x696)))
 (let ((?x936 (* 2.0 ?x1037)))
 (let ((?x1464 (* ?x127 ?x936)))
 (let ((?x1022 (+ ?x1464 ?x1055)))
 (let ((?x1559 (- ?x1022)))
 (let ((?x1466 (+ ?x1037 ?x1559)))
 (let ((?x1498 (/ ?x1466 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x665 (+ ?x198 ?x1498)))
 (let ((?x1047 (- ?x665)))
 (let ((?x868 (* |g2[0]| ?x603)))
 (let ((?x1459 (* (/ 1.0 2.0) ?x603)))
 (let ((?x1470 (* 0.0 ?x1459)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1471 (+ ?x53 ?x1470)))
 (let ((?x624 (* |h2[1,0]| ?x1471)))
 (let ((?x1469 (+ ?x124 ?x1470)))
 (let ((?x825 (* |h2[0,0]| ?x1469)))
 (let ((?x674 (+ ?x825 ?x624)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1028 (+ ?x109 ?x1470)))
 (let ((?x1460 (+ ?x1028 ?x674)))
 (let ((?x1483 (+ ?x1460 ?x868)))
 (let ((?x1066 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x514 (+ ?x136 ?x1066)))
 (let ((?x673 (* ?x207 ?x514)))
 (or (and (distinct ?x673 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x808 (* ?x160 ?x188)))
 (let ((?x724 (- ?x808)))
 (let ((?x1584 (+ ?x187 ?x724)))
 (let ((?x798 (* 0.0 ?x1584)))
 (let ((?x386 (* ?x99 ?x798)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x809 (* ?x142 ?x188)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x833 (* ?x160 ?x785)))
 (let ((?x829 (+ ?x833 ?x809)))
 (let ((?x800 (- ?x829)))
 (let ((?x819 (+ ?x784 ?x800)))
 (let ((?x1023 (/ ?x819 scale)))
 (let ((?x821 (+ ?x1023 ?x386)))
 (let ((?x1624 (- ?x821)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x890 (+ ?x580 ?x1624)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x989 (+ ?x136 ?x890)))
 (let ((?x1467 (* ?x207 ?x989)))
 (or (and (distinct ?x1467 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (= 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x697 (+ ?x142 ?x594)))
 (let ((?x626 (- ?x697)))
 (let ((?x659 (+ ?x95 ?x626)))
 (let ((?x1752 (* ?x1649 ?x659)))
 (let ((?x361 (* ?x1752 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x971 (* 2.0 ?x697)))
 (let ((?x1448 (- ?x971)))
 (let ((?x844 (+ ?x95 ?x1448)))
 (let ((?x1810 (+ ?x131 ?x844)))
 (let ((?x1320 (* ?x1810 1.0)))
 (let ((?x760 (* f2 ?x1320)))
 (let ((?x966 (+ ?x760 ?x172)))
 (let ((?x632 (* ?x89 ?x1320)))
 (let ((?x1032 (+ ?x632 ?x966)))
 (let ((?x1194 (- ?x1032)))
 (let ((?x1420 (* 2.0 ?x1194)))
 (let ((?x1376 (* ?x1649 ?x1420)))
 (let ((?x874 (+ ?x1376 ?x361)))
 (let ((?x1619 (- ?x874)))
 (let ((?x789 (+ ?x1194 ?x1619)))
 (let ((?x1377 (/ ?x789 scale)))
 (let ((?x387 (+ ?x1377 ?x431)))
 (let ((?x1762 (- ?x387)))
 (let ((?x1513 (* |g2[0]| ?x1320)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1550 (* (/ 1.0 2.0) ?x1320)))
 (let ((?x1264 (* 0.0 ?x1550)))
 (let ((?x856 (+ ?x1264 ?x53)))
 (let ((?x345 (* |h2[1,0]| ?x856)))
 (let ((?x646 (+ ?x1264 ?x124)))
 (let ((?x1765 (* |h2[0,0]| ?x646)))
 (let ((?x1413 (+ ?x1765 ?x345)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1148 (+ ?x1264 ?x109)))
 (let ((?x1641 (+ ?x1148 ?x1413)))
 (let ((?x1085 (+ ?x1641 ?x1513)))
 (let ((?x896 (+ ?x1085 ?x1762)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1339 (+ ?x136 ?x896)))
 (let ((?x863 (* ?x1816 ?x1339)))
 (or (and (distinct ?x863 ?x1733) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (= 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x1653 (- ?x1387)))
 (let ((?x1017 (+ ?x95 ?x1653)))
 (let ((?x519 (* ?x1649 ?x1017)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2356 (* ?x188 ?x519)))
 (let ((?x691 (* 2.0 ?x1387)))
 (let ((?x2235 (- ?x691)))
 (let ((?x2229 (+ ?x95 ?x2235)))
 (let ((?x1566 (+ ?x131 ?x2229)))
 (let ((?x875 (* 1.0 ?x1566)))
 (let ((?x2217 (* f2 ?x875)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x701 (+ ?x172 ?x2217)))
 (let ((?x1115 (* ?x89 ?x875)))
 (let ((?x888 (+ ?x1115 ?x701)))
 (let ((?x1276 (- ?x888)))
 (let ((?x1747 (* 2.0 ?x1276)))
 (let ((?x858 (* ?x1649 ?x1747)))
 (let ((?x1141 (+ ?x858 ?x2356)))
 (let ((?x1505 (- ?x1141)))
 (let ((?x1126 (+ ?x1276 ?x1505)))
 (let ((?x518 (/ ?x1126 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x2158 (+ ?x431 ?x518)))
 (let ((?x338 (- ?x2158)))
 (let ((?x669 (* |g2[0]| ?x875)))
 (let ((?x2192 (* (/ 1.0 2.0) ?x875)))
 (let ((?x531 (* 0.0 ?x2192)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x640 (+ ?x53 ?x531)))
 (let ((?x2799 (* |h2[1,0]| ?x640)))
 (let ((?x1279 (+ ?x124 ?x531)))
 (let ((?x823 (* |h2[0,0]| ?x1279)))
 (let ((?x264 (+ ?x823 ?x2799)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x2189 (+ ?x109 ?x531)))
 (let ((?x1428 (+ ?x2189 ?x264)))
 (let ((?x2191 (+ ?x1428 ?x669)))
 (let ((?x621 (+ ?x2191 ?x338)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1721 (+ ?x136 ?x621)))
 (let ((?x591 (* ?x1816 ?x1721)))
 (or (and (distinct ?x591 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (= 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x808 (* ?x160 ?x188)))
 (let ((?x724 (- ?x808)))
 (let ((?x1584 (+ ?x187 ?x724)))
 (let ((?x798 (* 0.0 ?x1584)))
 (let ((?x386 (* ?x99 ?x798)))
 (let ((?x809 (* ?x142 ?x188)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x1789 (* ?x160 ?x323)))
 (let ((?x1869 (+ ?x1789 ?x809)))
 (let ((?x840 (- ?x1869)))
 (let ((?x2398 (+ ?x1246 ?x840)))
 (let ((?x1940 (/ ?x2398 scale)))
 (let ((?x2381 (+ ?x1940 ?x386)))
 (let ((?x2370 (- ?x2381)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x2649 (+ ?x390 ?x2370)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1786 (+ ?x136 ?x2649)))
 (let ((?x2199 (* ?x1816 ?x1786)))
 (or (and (distinct ?x2199 ?x1733) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x282 (/ ?x403 exp!1)))
 (let ((?x1649 (* ?x282 exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x102 (+ ?x142 ?x170)))
 (let ((?x181 (- ?x102)))
 (let ((?x182 (+ ?x95 ?x181)))
 (let ((?x183 (* ?x127 ?x182)))
 (let ((?x189 (* ?x183 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x110 (* 2.0 ?x102)))
 (let ((?x147 (- ?x110)))
 (let ((?x135 (+ ?x95 ?x147)))
 (let ((?x103 (+ ?x131 ?x135)))
 (let ((?x116 (* ?x103 1.0)))
 (let ((?x64 (* f2 ?x116)))
 (let ((?x80 (+ ?x64 ?x172)))
 (let ((?x43 (* ?x89 ?x116)))
 (let ((?x114 (+ ?x43 ?x80)))
 (let ((?x177 (- ?x114)))
 (let ((?x179 (* 2.0 ?x177)))
 (let ((?x180 (* ?x127 ?x179)))
 (let ((?x190 (+ ?x180 ?x189)))
 (let ((?x191 (- ?x190)))
 (let ((?x192 (+ ?x177 ?x191)))
 (let ((?x193 (/ ?x192 scale)))
 (let ((?x199 (+ ?x193 ?x198)))
 (let ((?x200 (- ?x199)))
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
 (let ((?x201 (+ ?x115 ?x200)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x202 (+ ?x136 ?x201)))
 (let ((?x208 (* ?x207 ?x202)))
 (or (and (distinct ?x208 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x813 (- ?x256)))
 (let ((?x770 (+ ?x95 ?x813)))
 (let ((?x439 (* ?x127 ?x770)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1055 (* ?x188 ?x439)))
 (let ((?x984 (* 2.0 ?x256)))
 (let ((?x671 (- ?x984)))
 (let ((?x672 (+ ?x95 ?x671)))
 (let ((?x548 (+ ?x131 ?x672)))
 (let ((?x603 (* 1.0 ?x548)))
 (let ((?x1486 (* f2 ?x603)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1025 (+ ?x172 ?x1486)))
 (let ((?x1020 (* ?x89 ?x603)))
 (let ((?x696 (+ ?x1020 ?x1025)))
 (let ((?x1037 (- ?x696)))
 (let ((?x936 (* 2.0 ?x1037)))
 (let ((?x1464 (* ?x127 ?x936)))
 (let ((?x1022 (+ ?x1464 ?x1055)))
 (let ((?x1559 (- ?x1022)))
 (let ((?x1466 (+ ?x1037 ?x1559)))
 (let ((?x1498 (/ ?x1466 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x665 (+ ?x198 ?x1498)))
 (let ((?x1047 (- ?x665)))
 (let ((?x868 (* |g2[0]| ?x603)))
 (let ((?x1459 (* (/ 1.0 2.0) ?x603)))
 (let ((?x1470 (* 0.0 ?x1459)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1471 (+ ?x53 ?x1470)))
 (let ((?x624 (* |h2[1,0]| ?x1471)))
 (let ((?x1469 (+ ?x124 ?x1470)))
 (let ((?x825 (* |h2[0,0]| ?x1469)))
 (let ((?x674 (+ ?x825 ?x624)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1028 (+ ?x109 ?x1470)))
 (let ((?x1460 (+ ?x1028 ?x674)))
 (let ((?x1483 (+ ?x1460 ?x868)))
 (let ((?x1066 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x514 (+ ?x136 ?x1066)))
 (let ((?x673 (* ?x207 ?x514)))
 (or (and (distinct ?x673 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x808 (* ?x160 ?x188)))
 (let ((?x724 (- ?x808)))
 (let ((?x1584 (+ ?x187 ?x724)))
 (let ((?x798 (* 0.0 ?x1584)))
 (let ((?x386 (* ?x99 ?x798)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x809 (* ?x142 ?x188)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x833 (* ?x160 ?x785)))
 (let ((?x829 (+ ?x833 ?x809)))
 (let ((?x800 (- ?x829)))
 (let ((?x819 (+ ?x784 ?x800)))
 (let ((?x1023 (/ ?x819 scale)))
 (let ((?x821 (+ ?x1023 ?x386)))
 (let ((?x1624 (- ?x821)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x890 (+ ?x580 ?x1624)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x989 (+ ?x136 ?x890)))
 (let ((?x1467 (* ?x207 ?x989)))
 (or (and (distinct ?x1467 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun log!529 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x207 (/ (* (/ (/ 1.0 exp!3) (* exp!4 exp!4)) exp!1) exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x251 (* ?x250 ?x207)))
 (let ((?x29 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x41 (+ 1.0 ?x29)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x221 (* ?x129 ?x29)))
 (let ((?x237 (/ ?x221 ?x41)))
 (let ((?x95 (- ?x129)))
 (let ((?x238 (+ ?x95 ?x237)))
 (let ((?x239 (* 2.0 ?x238)))
 (let ((?x240 (- ?x239)))
 (let ((?x241 (+ ?x95 ?x240)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x242 (+ ?x131 ?x241)))
 (let ((?x243 (* ?x207 ?x242)))
 (let ((?x247 (* |g2[0]| ?x243)))
 (let ((?x252 (+ ?x247 ?x251)))
 (let ((?x244 (* ?x242 ?x243)))
 (let ((?x228 (/ 1.0 (* ?x41 ?x41))))
 (let ((?x225 (- ?x221)))
 (let ((?x226 (* ?x221 ?x225)))
 (let ((?x229 (* ?x226 ?x228)))
 (let ((?x222 (* ?x129 ?x221)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x220 (* ?x218 ?x29)))
 (let ((?x223 (+ ?x220 ?x222)))
 (let ((?x224 (/ ?x223 ?x41)))
 (let ((?x230 (+ ?x224 ?x229)))
 (let ((?x219 (- ?x218)))
 (let ((?x231 (+ ?x219 ?x230)))
 (let ((?x232 (* 2.0 ?x231)))
 (let ((?x233 (- ?x232)))
 (let ((?x234 (+ ?x219 ?x233)))
 (let ((?x210 (- ?x75)))
 (let ((?x235 (+ ?x210 ?x234)))
 (let ((?x236 (* ?x207 ?x235)))
 (let ((?x245 (+ ?x236 ?x244)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x246 (* ?x209 ?x245)))
 (let ((?x248 (+ ?x246 ?x247)))
 (let ((?x253 (+ ?x248 ?x252)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x420 (- ?x254)))
 (let ((?x424 (+ ?x95 ?x420)))
 (let ((?x470 (* ?x127 ?x424)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x468 (* ?x188 ?x470)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x776 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x786 (+ ?x172 ?x776)))
 (let ((?x775 (* ?x89 ?x547)))
 (let ((?x787 (+ ?x775 ?x786)))
 (let ((?x784 (- ?x787)))
 (let ((?x785 (* 2.0 ?x784)))
 (let ((?x432 (* ?x127 ?x785)))
 (let ((?x469 (+ ?x432 ?x468)))
 (let ((?x306 (- ?x469)))
 (let ((?x660 (+ ?x784 ?x306)))
 (let ((?x661 (/ ?x660 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x662 (+ ?x198 ?x661)))
 (let ((?x663 (- ?x662)))
 (let ((?x579 (* |g2[0]| ?x547)))
 (let ((?x558 (* (/ 1.0 2.0) ?x547)))
 (let ((?x556 (* 0.0 ?x558)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x562 (+ ?x53 ?x556)))
 (let ((?x563 (* |h2[1,0]| ?x562)))
 (let ((?x560 (+ ?x124 ?x556)))
 (let ((?x561 (* |h2[0,0]| ?x560)))
 (let ((?x300 (+ ?x561 ?x563)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x559 (+ ?x109 ?x556)))
 (let ((?x301 (+ ?x559 ?x300)))
 (let ((?x580 (+ ?x301 ?x579)))
 (let ((?x666 (+ ?x580 ?x663)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x667 (+ ?x136 ?x666)))
 (let ((?x670 (* ?x207 ?x667)))
 (or (and (distinct ?x670 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (= 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x697 (+ ?x142 ?x594)))
 (let ((?x626 (- ?x697)))
 (let ((?x659 (+ ?x95 ?x626)))
 (let ((?x1752 (* ?x1649 ?x659)))
 (let ((?x361 (* ?x1752 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x971 (* 2.0 ?x697)))
 (let ((?x1448 (- ?x971)))
 (let ((?x844 (+ ?x95 ?x1448)))
 (let ((?x1810 (+ ?x131 ?x844)))
 (let ((?x1320 (* ?x1810 1.0)))
 (let ((?x760 (* f2 ?x1320)))
 (let ((?x966 (+ ?x760 ?x172)))
 (let ((?x632 (* ?x89 ?x1320)))
 (let ((?x1032 (+ ?x632 ?x966)))
 (let ((?x1194 (- ?x1032)))
 (let ((?x1420 (* 2.0 ?x1194)))
 (let ((?x1376 (* ?x1649 ?x1420)))
 (let ((?x874 (+ ?x1376 ?x361)))
 (let ((?x1619 (- ?x874)))
 (let ((?x789 (+ ?x1194 ?x1619)))
 (let ((?x1377 (/ ?x789 scale)))
 (let ((?x387 (+ ?x1377 ?x431)))
 (let ((?x1762 (- ?x387)))
 (let ((?x1513 (* |g2[0]| ?x1320)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1550 (* (/ 1.0 2.0) ?x1320)))
 (let ((?x1264 (* 0.0 ?x1550)))
 (let ((?x856 (+ ?x1264 ?x53)))
 (let ((?x345 (* |h2[1,0]| ?x856)))
 (let ((?x646 (+ ?x1264 ?x124)))
 (let ((?x1765 (* |h2[0,0]| ?x646)))
 (let ((?x1413 (+ ?x1765 ?x345)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1148 (+ ?x1264 ?x109)))
 (let ((?x1641 (+ ?x1148 ?x1413)))
 (let ((?x1085 (+ ?x1641 ?x1513)))
 (let ((?x896 (+ ?x1085 ?x1762)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1339 (+ ?x136 ?x896)))
 (let ((?x863 (* ?x1816 ?x1339)))
 (or (and (distinct ?x863 ?x1733) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (= 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x1653 (- ?x1387)))
 (let ((?x1017 (+ ?x95 ?x1653)))
 (let ((?x519 (* ?x1649 ?x1017)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2356 (* ?x188 ?x519)))
 (let ((?x691 (* 2.0 ?x1387)))
 (let ((?x2235 (- ?x691)))
 (let ((?x2229 (+ ?x95 ?x2235)))
 (let ((?x1566 (+ ?x131 ?x2229)))
 (let ((?x875 (* 1.0 ?x1566)))
 (let ((?x2217 (* f2 ?x875)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x701 (+ ?x172 ?x2217)))
 (let ((?x1115 (* ?x89 ?x875)))
 (let ((?x888 (+ ?x1115 ?x701)))
 (let ((?x1276 (- ?x888)))
 (let ((?x1747 (* 2.0 ?x1276)))
 (let ((?x858 (* ?x1649 ?x1747)))
 (let ((?x1141 (+ ?x858 ?x2356)))
 (let ((?x1505 (- ?x1141)))
 (let ((?x1126 (+ ?x1276 ?x1505)))
 (let ((?x518 (/ ?x1126 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x2158 (+ ?x431 ?x518)))
 (let ((?x338 (- ?x2158)))
 (let ((?x669 (* |g2[0]| ?x875)))
 (let ((?x2192 (* (/ 1.0 2.0) ?x875)))
 (let ((?x531 (* 0.0 ?x2192)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x640 (+ ?x53 ?x531)))
 (let ((?x2799 (* |h2[1,0]| ?x640)))
 (let ((?x1279 (+ ?x124 ?x531)))
 (let ((?x823 (* |h2[0,0]| ?x1279)))
 (let ((?x264 (+ ?x823 ?x2799)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x2189 (+ ?x109 ?x531)))
 (let ((?x1428 (+ ?x2189 ?x264)))
 (let ((?x2191 (+ ?x1428 ?x669)))
 (let ((?x621 (+ ?x2191 ?x338)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1721 (+ ?x136 ?x621)))
 (let ((?x591 (* ?x1816 ?x1721)))
 (or (and (distinct ?x591 ?x1733) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (= 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x808 (* ?x160 ?x188)))
 (let ((?x724 (- ?x808)))
 (let ((?x1584 (+ ?x187 ?x724)))
 (let ((?x798 (* 0.0 ?x1584)))
 (let ((?x386 (* ?x99 ?x798)))
 (let ((?x809 (* ?x142 ?x188)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x1789 (* ?x160 ?x323)))
 (let ((?x1869 (+ ?x1789 ?x809)))
 (let ((?x840 (- ?x1869)))
 (let ((?x2398 (+ ?x1246 ?x840)))
 (let ((?x1940 (/ ?x2398 scale)))
 (let ((?x2381 (+ ?x1940 ?x386)))
 (let ((?x2370 (- ?x2381)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x2649 (+ ?x390 ?x2370)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1786 (+ ?x136 ?x2649)))
 (let ((?x2199 (* ?x1816 ?x1786)))
 (or (and (distinct ?x2199 ?x1733) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x488 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1368 (+ ?x488 ?x568)))
 (let ((?x411 (* 2.0 ?x1368)))
 (let ((?x1269 (- ?x411)))
 (let ((?x593 (+ ?x95 ?x1269)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x639 (+ ?x131 ?x593)))
 (let ((?x748 (* ?x1816 ?x639)))
 (let ((?x1285 (* |g2[0]| ?x748)))
 (let ((?x601 (+ ?x1285 ?x781)))
 (let ((?x714 (* ?x639 ?x748)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x1690 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1549 (+ ?x1690 ?x791)))
 (let ((?x294 (* 2.0 ?x1549)))
 (let ((?x1527 (- ?x294)))
 (let ((?x705 (+ ?x219 ?x1527)))
 (let ((?x210 (- ?x75)))
 (let ((?x1211 (+ ?x210 ?x705)))
 (let ((?x831 (* ?x1816 ?x1211)))
 (let ((?x1229 (+ ?x831 ?x714)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1186 (* ?x209 ?x1229)))
 (let ((?x487 (+ ?x1186 ?x1285)))
 (let ((?x1733 (+ ?x487 ?x601)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x1733) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
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
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun log!38 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!529 () Real)
(declare-fun log!1082 () Real)
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (< 0.0 ?x1054))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let (($x1436 (= 0.0 ?x1054)))
 (not $x1436)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2246 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1054 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x568 (/ ?x142 ?x1054)))
 (let ((?x2242 (+ ?x568 ?x2246)))
 (let ((?x1758 (* 2.0 ?x2242)))
 (let ((?x1819 (- ?x1758)))
 (let ((?x903 (+ ?x95 ?x1819)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1812 (+ ?x131 ?x903)))
 (let ((?x695 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1816 (* ?x695 exp!2)))
 (let ((?x2239 (* ?x1816 ?x1812)))
 (let ((?x2188 (* |g2[0]| ?x2239)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x781 (* ?x250 ?x1816)))
 (let ((?x1800 (+ ?x781 ?x2188)))
 (let ((?x738 (* ?x1812 ?x2239)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x398 (* 0.0 ?x219)))
 (let ((?x1487 (/ 1.0 (* ?x1054 ?x1054))))
 (let ((?x915 (- ?x142)))
 (let ((?x1490 (* ?x142 ?x915)))
 (let ((?x878 (* ?x1490 ?x1487)))
 (let ((?x992 (* ?x95 ?x142)))
 (let ((?x1446 (* ?x219 ?x160)))
 (let ((?x1069 (+ ?x1446 ?x992)))
 (let ((?x260 (/ ?x1069 ?x1054)))
 (let ((?x791 (+ ?x260 ?x878)))
 (let ((?x329 (+ ?x791 ?x398)))
 (let ((?x940 (* 2.0 ?x329)))
 (let ((?x2244 (- ?x940)))
 (let ((?x1493 (+ ?x219 ?x2244)))
 (let ((?x210 (- ?x75)))
 (let ((?x2245 (+ ?x210 ?x1493)))
 (let ((?x2238 (* ?x1816 ?x2245)))
 (let ((?x1087 (+ ?x2238 ?x738)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2241 (* ?x209 ?x1087)))
 (let ((?x1543 (+ ?x2241 ?x2188)))
 (let ((?x962 (+ ?x1543 ?x1800)))
 (let ((?x1649 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1387 (* ?x95 ?x1649)))
 (let ((?x403 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x594 (* 0.0 ?x403)))
 (let ((?x1538 (+ ?x594 ?x1387)))
 (let ((?x886 (- ?x1538)))
 (let ((?x414 (+ ?x95 ?x886)))
 (let ((?x376 (* ?x1649 ?x414)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x433 (* ?x188 ?x376)))
 (let ((?x596 (* 2.0 ?x1538)))
 (let ((?x743 (- ?x596)))
 (let ((?x620 (+ ?x95 ?x743)))
 (let ((?x405 (+ ?x131 ?x620)))
 (let ((?x1410 (* 1.0 ?x405)))
 (let ((?x628 (* f2 ?x1410)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x880 (+ ?x172 ?x628)))
 (let ((?x1094 (* ?x89 ?x1410)))
 (let ((?x1369 (+ ?x1094 ?x880)))
 (let ((?x1246 (- ?x1369)))
 (let ((?x323 (* 2.0 ?x1246)))
 (let ((?x461 (* ?x1649 ?x323)))
 (let ((?x617 (+ ?x461 ?x433)))
 (let ((?x1520 (- ?x617)))
 (let ((?x675 (+ ?x1246 ?x1520)))
 (let ((?x428 (/ ?x675 scale)))
 (let ((?x822 (* ?x1649 ?x188)))
 (let ((?x1342 (- ?x822)))
 (let ((?x715 (+ ?x187 ?x1342)))
 (let ((?x721 (* 0.0 ?x715)))
 (let ((?x431 (* ?x99 ?x721)))
 (let ((?x1625 (+ ?x431 ?x428)))
 (let ((?x465 (- ?x1625)))
 (let ((?x1012 (* |g2[0]| ?x1410)))
 (let ((?x707 (* (/ 1.0 2.0) ?x1410)))
 (let ((?x1033 (* 0.0 ?x707)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1244 (+ ?x53 ?x1033)))
 (let ((?x834 (* |h2[1,0]| ?x1244)))
 (let ((?x879 (+ ?x124 ?x1033)))
 (let ((?x772 (* |h2[0,0]| ?x879)))
 (let ((?x964 (+ ?x772 ?x834)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1458 (+ ?x109 ?x1033)))
 (let ((?x999 (+ ?x1458 ?x964)))
 (let ((?x390 (+ ?x999 ?x1012)))
 (let ((?x1468 (+ ?x390 ?x465)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x949 (+ ?x136 ?x1468)))
 (let ((?x684 (* ?x1816 ?x949)))
 (or (and (distinct ?x684 ?x962) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!529 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!529) (< exp!1 exp!4)))
(assert
 (= (< log!529 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!529) (< exp!2 exp!4)))
(assert
 (= (< log!529 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!529) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!529 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!529)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1082 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1082) (< exp!1 exp!5)))
(assert
 (= (< log!1082 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1082) (< exp!2 exp!5)))
(assert
 (= (< log!1082 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1082) (< exp!3 exp!5)))
(assert
 (= (< log!1082 log!529) (< exp!5 exp!4)))
(assert
 (= (< log!529 log!1082) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1082 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1082)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!529) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!529) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1082) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1082) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
