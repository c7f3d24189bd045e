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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (let ((?x464 (- ?x256)))
 (let ((?x673 (+ ?x95 ?x464)))
 (let ((?x439 (* ?x127 ?x673)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x327 (* ?x188 ?x439)))
 (let ((?x984 (* 2.0 ?x256)))
 (let ((?x671 (- ?x984)))
 (let ((?x672 (+ ?x95 ?x671)))
 (let ((?x1475 (+ ?x131 ?x672)))
 (let ((?x603 (* 1.0 ?x1475)))
 (let ((?x1486 (* f2 ?x603)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1021 (+ ?x172 ?x1486)))
 (let ((?x538 (* ?x89 ?x603)))
 (let ((?x425 (+ ?x538 ?x1021)))
 (let ((?x1382 (- ?x425)))
 (let ((?x898 (* 2.0 ?x1382)))
 (let ((?x854 (* ?x127 ?x898)))
 (let ((?x517 (+ ?x854 ?x327)))
 (let ((?x1559 (- ?x517)))
 (let ((?x1022 (+ ?x1382 ?x1559)))
 (let ((?x1463 (/ ?x1022 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x796 (+ ?x198 ?x1463)))
 (let ((?x1047 (- ?x796)))
 (let ((?x485 (* |g2[0]| ?x603)))
 (let ((?x894 (* (/ 1.0 2.0) ?x603)))
 (let ((?x1481 (* 0.0 ?x894)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x659 (+ ?x53 ?x1481)))
 (let ((?x1491 (* |h2[1,0]| ?x659)))
 (let ((?x811 (+ ?x124 ?x1481)))
 (let ((?x328 (* |h2[0,0]| ?x811)))
 (let ((?x688 (+ ?x328 ?x1491)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x713 (+ ?x109 ?x1481)))
 (let ((?x389 (+ ?x713 ?x688)))
 (let ((?x1483 (+ ?x389 ?x485)))
 (let ((?x646 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x577 (+ ?x136 ?x646)))
 (let ((?x1464 (* ?x207 ?x577)))
 (or (and (distinct ?x1464 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (let ((?x1472 (* ?x160 ?x188)))
 (let ((?x336 (- ?x1472)))
 (let ((?x1584 (+ ?x187 ?x336)))
 (let ((?x1707 (* 0.0 ?x1584)))
 (let ((?x466 (* ?x99 ?x1707)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1030 (* ?x142 ?x188)))
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
 (let ((?x1693 (* ?x160 ?x785)))
 (let ((?x541 (+ ?x1693 ?x1030)))
 (let ((?x417 (- ?x541)))
 (let ((?x652 (+ ?x784 ?x417)))
 (let ((?x1212 (/ ?x652 scale)))
 (let ((?x342 (+ ?x1212 ?x466)))
 (let ((?x1392 (- ?x342)))
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
 (let ((?x954 (+ ?x580 ?x1392)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1461 (+ ?x136 ?x954)))
 (let ((?x1031 (* ?x207 ?x1461)))
 (or (and (distinct ?x1031 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (= 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1506 (+ ?x142 ?x1072)))
 (let ((?x1657 (- ?x1506)))
 (let ((?x780 (+ ?x95 ?x1657)))
 (let ((?x1484 (* ?x903 ?x780)))
 (let ((?x1450 (* ?x1484 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x339 (* 2.0 ?x1506)))
 (let ((?x1126 (- ?x339)))
 (let ((?x265 (+ ?x95 ?x1126)))
 (let ((?x279 (+ ?x131 ?x265)))
 (let ((?x1809 (* ?x279 1.0)))
 (let ((?x1431 (* f2 ?x1809)))
 (let ((?x1655 (+ ?x1431 ?x172)))
 (let ((?x1544 (* ?x89 ?x1809)))
 (let ((?x742 (+ ?x1544 ?x1655)))
 (let ((?x341 (- ?x742)))
 (let ((?x371 (* 2.0 ?x341)))
 (let ((?x933 (* ?x903 ?x371)))
 (let ((?x755 (+ ?x933 ?x1450)))
 (let ((?x607 (- ?x755)))
 (let ((?x1213 (+ ?x341 ?x607)))
 (let ((?x1771 (/ ?x1213 scale)))
 (let ((?x384 (+ ?x1771 ?x1041)))
 (let ((?x527 (- ?x384)))
 (let ((?x1680 (* |g2[0]| ?x1809)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x980 (* (/ 1.0 2.0) ?x1809)))
 (let ((?x1383 (* 0.0 ?x980)))
 (let ((?x505 (+ ?x1383 ?x53)))
 (let ((?x737 (* |h2[1,0]| ?x505)))
 (let ((?x1720 (+ ?x1383 ?x124)))
 (let ((?x1613 (* |h2[0,0]| ?x1720)))
 (let ((?x515 (+ ?x1613 ?x737)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x887 (+ ?x1383 ?x109)))
 (let ((?x794 (+ ?x887 ?x515)))
 (let ((?x1623 (+ ?x794 ?x1680)))
 (let ((?x1467 (+ ?x1623 ?x527)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1417 (+ ?x136 ?x1467)))
 (let ((?x693 (* ?x323 ?x1417)))
 (or (and (distinct ?x693 ?x926) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (= 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1520 (- ?x914)))
 (let ((?x1514 (+ ?x95 ?x1520)))
 (let ((?x1855 (* ?x903 ?x1514)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1829 (* ?x188 ?x1855)))
 (let ((?x2005 (* 2.0 ?x914)))
 (let ((?x2242 (- ?x2005)))
 (let ((?x2236 (+ ?x95 ?x2242)))
 (let ((?x778 (+ ?x131 ?x2236)))
 (let ((?x1654 (* 1.0 ?x778)))
 (let ((?x1735 (* f2 ?x1654)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x872 (+ ?x172 ?x1735)))
 (let ((?x1302 (* ?x89 ?x1654)))
 (let ((?x788 (+ ?x1302 ?x872)))
 (let ((?x2238 (- ?x788)))
 (let ((?x1220 (* 2.0 ?x2238)))
 (let ((?x664 (* ?x903 ?x1220)))
 (let ((?x1349 (+ ?x664 ?x1829)))
 (let ((?x1193 (- ?x1349)))
 (let ((?x2225 (+ ?x2238 ?x1193)))
 (let ((?x1341 (/ ?x2225 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x549 (+ ?x1041 ?x1341)))
 (let ((?x1474 (- ?x549)))
 (let ((?x1731 (* |g2[0]| ?x1654)))
 (let ((?x2371 (* (/ 1.0 2.0) ?x1654)))
 (let ((?x1465 (* 0.0 ?x2371)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1603 (+ ?x53 ?x1465)))
 (let ((?x431 (* |h2[1,0]| ?x1603)))
 (let ((?x929 (+ ?x124 ?x1465)))
 (let ((?x1076 (* |h2[0,0]| ?x929)))
 (let ((?x612 (+ ?x1076 ?x431)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x2324 (+ ?x109 ?x1465)))
 (let ((?x1161 (+ ?x2324 ?x612)))
 (let ((?x1989 (+ ?x1161 ?x1731)))
 (let ((?x919 (+ ?x1989 ?x1474)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x568 (+ ?x136 ?x919)))
 (let ((?x1812 (* ?x323 ?x568)))
 (or (and (distinct ?x1812 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (= 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1472 (* ?x160 ?x188)))
 (let ((?x336 (- ?x1472)))
 (let ((?x1584 (+ ?x187 ?x336)))
 (let ((?x1707 (* 0.0 ?x1584)))
 (let ((?x466 (* ?x99 ?x1707)))
 (let ((?x1030 (* ?x142 ?x188)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x814 (* ?x160 ?x1469)))
 (let ((?x2179 (+ ?x814 ?x1030)))
 (let ((?x335 (- ?x2179)))
 (let ((?x2839 (+ ?x1258 ?x335)))
 (let ((?x1527 (/ ?x2839 scale)))
 (let ((?x1120 (+ ?x1527 ?x466)))
 (let ((?x2237 (- ?x1120)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x2290 (+ ?x545 ?x2237)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x822 (+ ?x136 ?x2290)))
 (let ((?x746 (* ?x323 ?x822)))
 (or (and (distinct ?x746 ?x926) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x522 (/ ?x1118 exp!1)))
 (let ((?x903 (* ?x522 exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x464 (- ?x256)))
 (let ((?x673 (+ ?x95 ?x464)))
 (let ((?x439 (* ?x127 ?x673)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x327 (* ?x188 ?x439)))
 (let ((?x984 (* 2.0 ?x256)))
 (let ((?x671 (- ?x984)))
 (let ((?x672 (+ ?x95 ?x671)))
 (let ((?x1475 (+ ?x131 ?x672)))
 (let ((?x603 (* 1.0 ?x1475)))
 (let ((?x1486 (* f2 ?x603)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1021 (+ ?x172 ?x1486)))
 (let ((?x538 (* ?x89 ?x603)))
 (let ((?x425 (+ ?x538 ?x1021)))
 (let ((?x1382 (- ?x425)))
 (let ((?x898 (* 2.0 ?x1382)))
 (let ((?x854 (* ?x127 ?x898)))
 (let ((?x517 (+ ?x854 ?x327)))
 (let ((?x1559 (- ?x517)))
 (let ((?x1022 (+ ?x1382 ?x1559)))
 (let ((?x1463 (/ ?x1022 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x796 (+ ?x198 ?x1463)))
 (let ((?x1047 (- ?x796)))
 (let ((?x485 (* |g2[0]| ?x603)))
 (let ((?x894 (* (/ 1.0 2.0) ?x603)))
 (let ((?x1481 (* 0.0 ?x894)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x659 (+ ?x53 ?x1481)))
 (let ((?x1491 (* |h2[1,0]| ?x659)))
 (let ((?x811 (+ ?x124 ?x1481)))
 (let ((?x328 (* |h2[0,0]| ?x811)))
 (let ((?x688 (+ ?x328 ?x1491)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x713 (+ ?x109 ?x1481)))
 (let ((?x389 (+ ?x713 ?x688)))
 (let ((?x1483 (+ ?x389 ?x485)))
 (let ((?x646 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x577 (+ ?x136 ?x646)))
 (let ((?x1464 (* ?x207 ?x577)))
 (or (and (distinct ?x1464 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x1472 (* ?x160 ?x188)))
 (let ((?x336 (- ?x1472)))
 (let ((?x1584 (+ ?x187 ?x336)))
 (let ((?x1707 (* 0.0 ?x1584)))
 (let ((?x466 (* ?x99 ?x1707)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1030 (* ?x142 ?x188)))
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
 (let ((?x1693 (* ?x160 ?x785)))
 (let ((?x541 (+ ?x1693 ?x1030)))
 (let ((?x417 (- ?x541)))
 (let ((?x652 (+ ?x784 ?x417)))
 (let ((?x1212 (/ ?x652 scale)))
 (let ((?x342 (+ ?x1212 ?x466)))
 (let ((?x1392 (- ?x342)))
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
 (let ((?x954 (+ ?x580 ?x1392)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1461 (+ ?x136 ?x954)))
 (let ((?x1031 (* ?x207 ?x1461)))
 (or (and (distinct ?x1031 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1329 () Real)
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (= 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1506 (+ ?x142 ?x1072)))
 (let ((?x1657 (- ?x1506)))
 (let ((?x780 (+ ?x95 ?x1657)))
 (let ((?x1484 (* ?x903 ?x780)))
 (let ((?x1450 (* ?x1484 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x339 (* 2.0 ?x1506)))
 (let ((?x1126 (- ?x339)))
 (let ((?x265 (+ ?x95 ?x1126)))
 (let ((?x279 (+ ?x131 ?x265)))
 (let ((?x1809 (* ?x279 1.0)))
 (let ((?x1431 (* f2 ?x1809)))
 (let ((?x1655 (+ ?x1431 ?x172)))
 (let ((?x1544 (* ?x89 ?x1809)))
 (let ((?x742 (+ ?x1544 ?x1655)))
 (let ((?x341 (- ?x742)))
 (let ((?x371 (* 2.0 ?x341)))
 (let ((?x933 (* ?x903 ?x371)))
 (let ((?x755 (+ ?x933 ?x1450)))
 (let ((?x607 (- ?x755)))
 (let ((?x1213 (+ ?x341 ?x607)))
 (let ((?x1771 (/ ?x1213 scale)))
 (let ((?x384 (+ ?x1771 ?x1041)))
 (let ((?x527 (- ?x384)))
 (let ((?x1680 (* |g2[0]| ?x1809)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x980 (* (/ 1.0 2.0) ?x1809)))
 (let ((?x1383 (* 0.0 ?x980)))
 (let ((?x505 (+ ?x1383 ?x53)))
 (let ((?x737 (* |h2[1,0]| ?x505)))
 (let ((?x1720 (+ ?x1383 ?x124)))
 (let ((?x1613 (* |h2[0,0]| ?x1720)))
 (let ((?x515 (+ ?x1613 ?x737)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x887 (+ ?x1383 ?x109)))
 (let ((?x794 (+ ?x887 ?x515)))
 (let ((?x1623 (+ ?x794 ?x1680)))
 (let ((?x1467 (+ ?x1623 ?x527)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1417 (+ ?x136 ?x1467)))
 (let ((?x693 (* ?x323 ?x1417)))
 (or (and (distinct ?x693 ?x926) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (= 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1520 (- ?x914)))
 (let ((?x1514 (+ ?x95 ?x1520)))
 (let ((?x1855 (* ?x903 ?x1514)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1829 (* ?x188 ?x1855)))
 (let ((?x2005 (* 2.0 ?x914)))
 (let ((?x2242 (- ?x2005)))
 (let ((?x2236 (+ ?x95 ?x2242)))
 (let ((?x778 (+ ?x131 ?x2236)))
 (let ((?x1654 (* 1.0 ?x778)))
 (let ((?x1735 (* f2 ?x1654)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x872 (+ ?x172 ?x1735)))
 (let ((?x1302 (* ?x89 ?x1654)))
 (let ((?x788 (+ ?x1302 ?x872)))
 (let ((?x2238 (- ?x788)))
 (let ((?x1220 (* 2.0 ?x2238)))
 (let ((?x664 (* ?x903 ?x1220)))
 (let ((?x1349 (+ ?x664 ?x1829)))
 (let ((?x1193 (- ?x1349)))
 (let ((?x2225 (+ ?x2238 ?x1193)))
 (let ((?x1341 (/ ?x2225 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x549 (+ ?x1041 ?x1341)))
 (let ((?x1474 (- ?x549)))
 (let ((?x1731 (* |g2[0]| ?x1654)))
 (let ((?x2371 (* (/ 1.0 2.0) ?x1654)))
 (let ((?x1465 (* 0.0 ?x2371)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1603 (+ ?x53 ?x1465)))
 (let ((?x431 (* |h2[1,0]| ?x1603)))
 (let ((?x929 (+ ?x124 ?x1465)))
 (let ((?x1076 (* |h2[0,0]| ?x929)))
 (let ((?x612 (+ ?x1076 ?x431)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x2324 (+ ?x109 ?x1465)))
 (let ((?x1161 (+ ?x2324 ?x612)))
 (let ((?x1989 (+ ?x1161 ?x1731)))
 (let ((?x919 (+ ?x1989 ?x1474)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x568 (+ ?x136 ?x919)))
 (let ((?x1812 (* ?x323 ?x568)))
 (or (and (distinct ?x1812 ?x926) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (= 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1472 (* ?x160 ?x188)))
 (let ((?x336 (- ?x1472)))
 (let ((?x1584 (+ ?x187 ?x336)))
 (let ((?x1707 (* 0.0 ?x1584)))
 (let ((?x466 (* ?x99 ?x1707)))
 (let ((?x1030 (* ?x142 ?x188)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x814 (* ?x160 ?x1469)))
 (let ((?x2179 (+ ?x814 ?x1030)))
 (let ((?x335 (- ?x2179)))
 (let ((?x2839 (+ ?x1258 ?x335)))
 (let ((?x1527 (/ ?x2839 scale)))
 (let ((?x1120 (+ ?x1527 ?x466)))
 (let ((?x2237 (- ?x1120)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x2290 (+ ?x545 ?x2237)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x822 (+ ?x136 ?x2290)))
 (let ((?x746 (* ?x323 ?x822)))
 (or (and (distinct ?x746 ?x926) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x715 (* (/ 1.0 2.0) ?x95)))
 (let ((?x644 (+ ?x715 ?x377)))
 (let ((?x280 (* 2.0 ?x644)))
 (let ((?x994 (- ?x280)))
 (let ((?x270 (+ ?x95 ?x994)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x864 (+ ?x131 ?x270)))
 (let ((?x1035 (* ?x323 ?x864)))
 (let ((?x763 (* |g2[0]| ?x1035)))
 (let ((?x471 (+ ?x763 ?x514)))
 (let ((?x720 (* ?x864 ?x1035)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x1429 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1786 (+ ?x1429 ?x387)))
 (let ((?x1006 (* 2.0 ?x1786)))
 (let ((?x1466 (- ?x1006)))
 (let ((?x1663 (+ ?x219 ?x1466)))
 (let ((?x210 (- ?x75)))
 (let ((?x959 (+ ?x210 ?x1663)))
 (let ((?x403 (* ?x323 ?x959)))
 (let ((?x1501 (+ ?x403 ?x720)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1325 (* ?x209 ?x1501)))
 (let ((?x1029 (+ ?x1325 ?x763)))
 (let ((?x926 (+ ?x1029 ?x471)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x926) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
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
(declare-fun log!776 () Real)
(declare-fun log!1329 () Real)
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
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (< 0.0 ?x692))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let (($x743 (= 0.0 ?x692)))
 (not $x743)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2253 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x692 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x377 (/ ?x142 ?x692)))
 (let ((?x2249 (+ ?x377 ?x2253)))
 (let ((?x317 (* 2.0 ?x2249)))
 (let ((?x1139 (- ?x317)))
 (let ((?x1354 (+ ?x95 ?x1139)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x354 (+ ?x131 ?x1354)))
 (let ((?x1583 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x323 (* ?x1583 exp!2)))
 (let ((?x2246 (* ?x323 ?x354)))
 (let ((?x2195 (* |g2[0]| ?x2246)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x514 (* ?x250 ?x323)))
 (let ((?x952 (+ ?x514 ?x2195)))
 (let ((?x965 (* ?x354 ?x2246)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* 0.0 ?x219)))
 (let ((?x600 (/ 1.0 (* ?x692 ?x692))))
 (let ((?x365 (- ?x142)))
 (let ((?x769 (* ?x142 ?x365)))
 (let ((?x1224 (* ?x769 ?x600)))
 (let ((?x1367 (* ?x95 ?x142)))
 (let ((?x806 (* ?x219 ?x160)))
 (let ((?x813 (+ ?x806 ?x1367)))
 (let ((?x414 (/ ?x813 ?x692)))
 (let ((?x387 (+ ?x414 ?x1224)))
 (let ((?x792 (+ ?x387 ?x613)))
 (let ((?x537 (* 2.0 ?x792)))
 (let ((?x2251 (- ?x537)))
 (let ((?x1163 (+ ?x219 ?x2251)))
 (let ((?x210 (- ?x75)))
 (let ((?x2252 (+ ?x210 ?x1163)))
 (let ((?x2245 (* ?x323 ?x2252)))
 (let ((?x1137 (+ ?x2245 ?x965)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2248 (* ?x209 ?x1137)))
 (let ((?x1143 (+ ?x2248 ?x2195)))
 (let ((?x1083 (+ ?x1143 ?x952)))
 (let ((?x903 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x914 (* ?x95 ?x903)))
 (let ((?x1118 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1072 (* 0.0 ?x1118)))
 (let ((?x1407 (+ ?x1072 ?x914)))
 (let ((?x589 (- ?x1407)))
 (let ((?x1776 (+ ?x95 ?x589)))
 (let ((?x305 (* ?x903 ?x1776)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x623 (* ?x188 ?x305)))
 (let ((?x1283 (* 2.0 ?x1407)))
 (let ((?x315 (- ?x1283)))
 (let ((?x1751 (+ ?x95 ?x315)))
 (let ((?x1532 (+ ?x131 ?x1751)))
 (let ((?x359 (* 1.0 ?x1532)))
 (let ((?x1709 (* f2 ?x359)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1160 (+ ?x172 ?x1709)))
 (let ((?x1330 (* ?x89 ?x359)))
 (let ((?x1479 (+ ?x1330 ?x1160)))
 (let ((?x1258 (- ?x1479)))
 (let ((?x1469 (* 2.0 ?x1258)))
 (let ((?x927 (* ?x903 ?x1469)))
 (let ((?x1437 (+ ?x927 ?x623)))
 (let ((?x1432 (- ?x1437)))
 (let ((?x499 (+ ?x1258 ?x1432)))
 (let ((?x837 (/ ?x499 scale)))
 (let ((?x879 (* ?x903 ?x188)))
 (let ((?x571 (- ?x879)))
 (let ((?x511 (+ ?x187 ?x571)))
 (let ((?x501 (* 0.0 ?x511)))
 (let ((?x1041 (* ?x99 ?x501)))
 (let ((?x1154 (+ ?x1041 ?x837)))
 (let ((?x873 (- ?x1154)))
 (let ((?x525 (* |g2[0]| ?x359)))
 (let ((?x1453 (* (/ 1.0 2.0) ?x359)))
 (let ((?x495 (* 0.0 ?x1453)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1236 (+ ?x53 ?x495)))
 (let ((?x1795 (* |h2[1,0]| ?x1236)))
 (let ((?x1044 (+ ?x124 ?x495)))
 (let ((?x682 (* |h2[0,0]| ?x1044)))
 (let ((?x615 (+ ?x682 ?x1795)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1456 (+ ?x109 ?x495)))
 (let ((?x481 (+ ?x1456 ?x615)))
 (let ((?x545 (+ ?x481 ?x525)))
 (let ((?x592 (+ ?x545 ?x873)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1004 (+ ?x136 ?x592)))
 (let ((?x408 (* ?x323 ?x1004)))
 (or (and (distinct ?x408 ?x1083) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!776 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!776) (< exp!1 exp!4)))
(assert
 (= (< log!776 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!776) (< exp!2 exp!4)))
(assert
 (= (< log!776 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!776) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!776 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!776)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1329 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1329) (< exp!1 exp!5)))
(assert
 (= (< log!1329 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1329) (< exp!2 exp!5)))
(assert
 (= (< log!1329 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1329) (< exp!3 exp!5)))
(assert
 (= (< log!1329 log!776) (< exp!5 exp!4)))
(assert
 (= (< log!776 log!1329) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1329 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1329)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!776) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!776) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1329) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1329) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
