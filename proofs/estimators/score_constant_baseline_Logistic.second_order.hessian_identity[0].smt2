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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (let ((?x867 (- ?x256)))
 (let ((?x1514 (+ ?x95 ?x867)))
 (let ((?x611 (* ?x127 ?x1514)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x652 (* ?x188 ?x611)))
 (let ((?x747 (* 2.0 ?x256)))
 (let ((?x671 (- ?x747)))
 (let ((?x672 (+ ?x95 ?x671)))
 (let ((?x514 (+ ?x131 ?x672)))
 (let ((?x603 (* 1.0 ?x514)))
 (let ((?x1501 (* f2 ?x603)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1048 (+ ?x172 ?x1501)))
 (let ((?x1505 (* ?x89 ?x603)))
 (let ((?x437 (+ ?x1505 ?x1048)))
 (let ((?x1503 (- ?x437)))
 (let ((?x1511 (* 2.0 ?x1503)))
 (let ((?x1052 (* ?x127 ?x1511)))
 (let ((?x1037 (+ ?x1052 ?x652)))
 (let ((?x1574 (- ?x1037)))
 (let ((?x1488 (+ ?x1503 ?x1574)))
 (let ((?x517 (/ ?x1488 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x868 (+ ?x198 ?x517)))
 (let ((?x1062 (- ?x868)))
 (let ((?x810 (* |g2[0]| ?x603)))
 (let ((?x677 (* (/ 1.0 2.0) ?x603)))
 (let ((?x771 (* 0.0 ?x677)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1495 (+ ?x53 ?x771)))
 (let ((?x1483 (* |h2[1,0]| ?x1495)))
 (let ((?x796 (+ ?x124 ?x771)))
 (let ((?x356 (* |h2[0,0]| ?x796)))
 (let ((?x1507 (+ ?x356 ?x1483)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x915 (+ ?x109 ?x771)))
 (let ((?x1484 (+ ?x915 ?x1507)))
 (let ((?x1498 (+ ?x1484 ?x810)))
 (let ((?x286 (+ ?x1498 ?x1062)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x812 (+ ?x136 ?x286)))
 (let ((?x673 (* ?x207 ?x812)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (let ((?x488 (* ?x160 ?x188)))
 (let ((?x303 (- ?x488)))
 (let ((?x1087 (+ ?x187 ?x303)))
 (let ((?x830 (* 0.0 ?x1087)))
 (let ((?x440 (* ?x99 ?x830)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x591 (* ?x142 ?x188)))
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
 (let ((?x554 (* ?x160 ?x785)))
 (let ((?x1517 (+ ?x554 ?x591)))
 (let ((?x910 (- ?x1517)))
 (let ((?x732 (+ ?x784 ?x910)))
 (let ((?x1371 (/ ?x732 scale)))
 (let ((?x413 (+ ?x1371 ?x440)))
 (let ((?x1184 (- ?x413)))
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
 (let ((?x713 (+ ?x580 ?x1184)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x691 (+ ?x136 ?x713)))
 (let ((?x798 (* ?x207 ?x691)))
 (or (and (distinct ?x798 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (= 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x1463 (+ ?x142 ?x754)))
 (let ((?x463 (- ?x1463)))
 (let ((?x1521 (+ ?x95 ?x463)))
 (let ((?x627 (* ?x948 ?x1521)))
 (let ((?x425 (* ?x627 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x482 (* 2.0 ?x1463)))
 (let ((?x518 (- ?x482)))
 (let ((?x615 (+ ?x95 ?x518)))
 (let ((?x1360 (+ ?x131 ?x615)))
 (let ((?x646 (* ?x1360 1.0)))
 (let ((?x651 (* f2 ?x646)))
 (let ((?x1138 (+ ?x651 ?x172)))
 (let ((?x821 (* ?x89 ?x646)))
 (let ((?x520 (+ ?x821 ?x1138)))
 (let ((?x1388 (- ?x520)))
 (let ((?x1284 (* 2.0 ?x1388)))
 (let ((?x499 (* ?x948 ?x1284)))
 (let ((?x1030 (+ ?x499 ?x425)))
 (let ((?x1035 (- ?x1030)))
 (let ((?x712 (+ ?x1388 ?x1035)))
 (let ((?x385 (/ ?x712 scale)))
 (let ((?x1632 (+ ?x385 ?x1167)))
 (let ((?x718 (- ?x1632)))
 (let ((?x1205 (* |g2[0]| ?x646)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x944 (* (/ 1.0 2.0) ?x646)))
 (let ((?x845 (* 0.0 ?x944)))
 (let ((?x408 (+ ?x845 ?x53)))
 (let ((?x634 (* |h2[1,0]| ?x408)))
 (let ((?x1348 (+ ?x845 ?x124)))
 (let ((?x751 (* |h2[0,0]| ?x1348)))
 (let ((?x538 (+ ?x751 ?x634)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1624 (+ ?x845 ?x109)))
 (let ((?x1439 (+ ?x1624 ?x538)))
 (let ((?x1333 (+ ?x1439 ?x1205)))
 (let ((?x1444 (+ ?x1333 ?x718)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1217 (+ ?x136 ?x1444)))
 (let ((?x282 (* ?x478 ?x1217)))
 (or (and (distinct ?x282 ?x1697) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (= 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x1538 (- ?x1634)))
 (let ((?x1788 (+ ?x95 ?x1538)))
 (let ((?x779 (* ?x948 ?x1788)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1661 (* ?x188 ?x779)))
 (let ((?x310 (* 2.0 ?x1634)))
 (let ((?x2228 (- ?x310)))
 (let ((?x2222 (+ ?x95 ?x2228)))
 (let ((?x1301 (+ ?x131 ?x2222)))
 (let ((?x1808 (* 1.0 ?x1301)))
 (let ((?x1046 (* f2 ?x1808)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x375 (+ ?x172 ?x1046)))
 (let ((?x1470 (* ?x89 ?x1808)))
 (let ((?x839 (+ ?x1470 ?x375)))
 (let ((?x1581 (- ?x839)))
 (let ((?x976 (* 2.0 ?x1581)))
 (let ((?x595 (* ?x948 ?x976)))
 (let ((?x1339 (+ ?x595 ?x1661)))
 (let ((?x622 (- ?x1339)))
 (let ((?x1625 (+ ?x1581 ?x622)))
 (let ((?x2133 (/ ?x1625 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x1194 (+ ?x1167 ?x2133)))
 (let ((?x896 (- ?x1194)))
 (let ((?x473 (* |g2[0]| ?x1808)))
 (let ((?x1325 (* (/ 1.0 2.0) ?x1808)))
 (let ((?x1385 (* 0.0 ?x1325)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1377 (+ ?x53 ?x1385)))
 (let ((?x1038 (* |h2[1,0]| ?x1377)))
 (let ((?x1735 (+ ?x124 ?x1385)))
 (let ((?x644 (* |h2[0,0]| ?x1735)))
 (let ((?x1467 (+ ?x644 ?x1038)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x793 (+ ?x109 ?x1385)))
 (let ((?x1743 (+ ?x793 ?x1467)))
 (let ((?x862 (+ ?x1743 ?x473)))
 (let ((?x887 (+ ?x862 ?x896)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1622 (+ ?x136 ?x887)))
 (let ((?x1865 (* ?x478 ?x1622)))
 (or (and (distinct ?x1865 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (= 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x488 (* ?x160 ?x188)))
 (let ((?x303 (- ?x488)))
 (let ((?x1087 (+ ?x187 ?x303)))
 (let ((?x830 (* 0.0 ?x1087)))
 (let ((?x440 (* ?x99 ?x830)))
 (let ((?x591 (* ?x142 ?x188)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x1416 (* ?x160 ?x805)))
 (let ((?x2171 (+ ?x1416 ?x591)))
 (let ((?x2021 (- ?x2171)))
 (let ((?x2386 (+ ?x996 ?x2021)))
 (let ((?x1017 (/ ?x2386 scale)))
 (let ((?x2797 (+ ?x1017 ?x440)))
 (let ((?x430 (- ?x2797)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1572 (+ ?x988 ?x430)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x2486 (+ ?x136 ?x1572)))
 (let ((?x1251 (* ?x478 ?x2486)))
 (or (and (distinct ?x1251 ?x1697) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1117 (/ ?x726 exp!1)))
 (let ((?x948 (* ?x1117 exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x867 (- ?x256)))
 (let ((?x1514 (+ ?x95 ?x867)))
 (let ((?x611 (* ?x127 ?x1514)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x652 (* ?x188 ?x611)))
 (let ((?x747 (* 2.0 ?x256)))
 (let ((?x671 (- ?x747)))
 (let ((?x672 (+ ?x95 ?x671)))
 (let ((?x514 (+ ?x131 ?x672)))
 (let ((?x603 (* 1.0 ?x514)))
 (let ((?x1501 (* f2 ?x603)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1048 (+ ?x172 ?x1501)))
 (let ((?x1505 (* ?x89 ?x603)))
 (let ((?x437 (+ ?x1505 ?x1048)))
 (let ((?x1503 (- ?x437)))
 (let ((?x1511 (* 2.0 ?x1503)))
 (let ((?x1052 (* ?x127 ?x1511)))
 (let ((?x1037 (+ ?x1052 ?x652)))
 (let ((?x1574 (- ?x1037)))
 (let ((?x1488 (+ ?x1503 ?x1574)))
 (let ((?x517 (/ ?x1488 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x868 (+ ?x198 ?x517)))
 (let ((?x1062 (- ?x868)))
 (let ((?x810 (* |g2[0]| ?x603)))
 (let ((?x677 (* (/ 1.0 2.0) ?x603)))
 (let ((?x771 (* 0.0 ?x677)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1495 (+ ?x53 ?x771)))
 (let ((?x1483 (* |h2[1,0]| ?x1495)))
 (let ((?x796 (+ ?x124 ?x771)))
 (let ((?x356 (* |h2[0,0]| ?x796)))
 (let ((?x1507 (+ ?x356 ?x1483)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x915 (+ ?x109 ?x771)))
 (let ((?x1484 (+ ?x915 ?x1507)))
 (let ((?x1498 (+ ?x1484 ?x810)))
 (let ((?x286 (+ ?x1498 ?x1062)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x812 (+ ?x136 ?x286)))
 (let ((?x673 (* ?x207 ?x812)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x488 (* ?x160 ?x188)))
 (let ((?x303 (- ?x488)))
 (let ((?x1087 (+ ?x187 ?x303)))
 (let ((?x830 (* 0.0 ?x1087)))
 (let ((?x440 (* ?x99 ?x830)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x591 (* ?x142 ?x188)))
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
 (let ((?x554 (* ?x160 ?x785)))
 (let ((?x1517 (+ ?x554 ?x591)))
 (let ((?x910 (- ?x1517)))
 (let ((?x732 (+ ?x784 ?x910)))
 (let ((?x1371 (/ ?x732 scale)))
 (let ((?x413 (+ ?x1371 ?x440)))
 (let ((?x1184 (- ?x413)))
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
 (let ((?x713 (+ ?x580 ?x1184)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x691 (+ ?x136 ?x713)))
 (let ((?x798 (* ?x207 ?x691)))
 (or (and (distinct ?x798 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1321 () Real)
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (= 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x1463 (+ ?x142 ?x754)))
 (let ((?x463 (- ?x1463)))
 (let ((?x1521 (+ ?x95 ?x463)))
 (let ((?x627 (* ?x948 ?x1521)))
 (let ((?x425 (* ?x627 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x482 (* 2.0 ?x1463)))
 (let ((?x518 (- ?x482)))
 (let ((?x615 (+ ?x95 ?x518)))
 (let ((?x1360 (+ ?x131 ?x615)))
 (let ((?x646 (* ?x1360 1.0)))
 (let ((?x651 (* f2 ?x646)))
 (let ((?x1138 (+ ?x651 ?x172)))
 (let ((?x821 (* ?x89 ?x646)))
 (let ((?x520 (+ ?x821 ?x1138)))
 (let ((?x1388 (- ?x520)))
 (let ((?x1284 (* 2.0 ?x1388)))
 (let ((?x499 (* ?x948 ?x1284)))
 (let ((?x1030 (+ ?x499 ?x425)))
 (let ((?x1035 (- ?x1030)))
 (let ((?x712 (+ ?x1388 ?x1035)))
 (let ((?x385 (/ ?x712 scale)))
 (let ((?x1632 (+ ?x385 ?x1167)))
 (let ((?x718 (- ?x1632)))
 (let ((?x1205 (* |g2[0]| ?x646)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x944 (* (/ 1.0 2.0) ?x646)))
 (let ((?x845 (* 0.0 ?x944)))
 (let ((?x408 (+ ?x845 ?x53)))
 (let ((?x634 (* |h2[1,0]| ?x408)))
 (let ((?x1348 (+ ?x845 ?x124)))
 (let ((?x751 (* |h2[0,0]| ?x1348)))
 (let ((?x538 (+ ?x751 ?x634)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1624 (+ ?x845 ?x109)))
 (let ((?x1439 (+ ?x1624 ?x538)))
 (let ((?x1333 (+ ?x1439 ?x1205)))
 (let ((?x1444 (+ ?x1333 ?x718)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1217 (+ ?x136 ?x1444)))
 (let ((?x282 (* ?x478 ?x1217)))
 (or (and (distinct ?x282 ?x1697) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (= 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x1538 (- ?x1634)))
 (let ((?x1788 (+ ?x95 ?x1538)))
 (let ((?x779 (* ?x948 ?x1788)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1661 (* ?x188 ?x779)))
 (let ((?x310 (* 2.0 ?x1634)))
 (let ((?x2228 (- ?x310)))
 (let ((?x2222 (+ ?x95 ?x2228)))
 (let ((?x1301 (+ ?x131 ?x2222)))
 (let ((?x1808 (* 1.0 ?x1301)))
 (let ((?x1046 (* f2 ?x1808)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x375 (+ ?x172 ?x1046)))
 (let ((?x1470 (* ?x89 ?x1808)))
 (let ((?x839 (+ ?x1470 ?x375)))
 (let ((?x1581 (- ?x839)))
 (let ((?x976 (* 2.0 ?x1581)))
 (let ((?x595 (* ?x948 ?x976)))
 (let ((?x1339 (+ ?x595 ?x1661)))
 (let ((?x622 (- ?x1339)))
 (let ((?x1625 (+ ?x1581 ?x622)))
 (let ((?x2133 (/ ?x1625 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x1194 (+ ?x1167 ?x2133)))
 (let ((?x896 (- ?x1194)))
 (let ((?x473 (* |g2[0]| ?x1808)))
 (let ((?x1325 (* (/ 1.0 2.0) ?x1808)))
 (let ((?x1385 (* 0.0 ?x1325)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1377 (+ ?x53 ?x1385)))
 (let ((?x1038 (* |h2[1,0]| ?x1377)))
 (let ((?x1735 (+ ?x124 ?x1385)))
 (let ((?x644 (* |h2[0,0]| ?x1735)))
 (let ((?x1467 (+ ?x644 ?x1038)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x793 (+ ?x109 ?x1385)))
 (let ((?x1743 (+ ?x793 ?x1467)))
 (let ((?x862 (+ ?x1743 ?x473)))
 (let ((?x887 (+ ?x862 ?x896)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1622 (+ ?x136 ?x887)))
 (let ((?x1865 (* ?x478 ?x1622)))
 (or (and (distinct ?x1865 ?x1697) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (= 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x488 (* ?x160 ?x188)))
 (let ((?x303 (- ?x488)))
 (let ((?x1087 (+ ?x187 ?x303)))
 (let ((?x830 (* 0.0 ?x1087)))
 (let ((?x440 (* ?x99 ?x830)))
 (let ((?x591 (* ?x142 ?x188)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x1416 (* ?x160 ?x805)))
 (let ((?x2171 (+ ?x1416 ?x591)))
 (let ((?x2021 (- ?x2171)))
 (let ((?x2386 (+ ?x996 ?x2021)))
 (let ((?x1017 (/ ?x2386 scale)))
 (let ((?x2797 (+ ?x1017 ?x440)))
 (let ((?x430 (- ?x2797)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1572 (+ ?x988 ?x430)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x2486 (+ ?x136 ?x1572)))
 (let ((?x1251 (* ?x478 ?x2486)))
 (or (and (distinct ?x1251 ?x1697) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x1803 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1397 (+ ?x1803 ?x911)))
 (let ((?x1585 (* 2.0 ?x1397)))
 (let ((?x1344 (- ?x1585)))
 (let ((?x297 (+ ?x95 ?x1344)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x616 (+ ?x131 ?x297)))
 (let ((?x1490 (* ?x478 ?x616)))
 (let ((?x1161 (* |g2[0]| ?x1490)))
 (let ((?x453 (+ ?x1161 ?x1232)))
 (let ((?x1036 (* ?x616 ?x1490)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x818 (* (/ 1.0 2.0) ?x219)))
 (let ((?x974 (+ ?x818 ?x416)))
 (let ((?x541 (* 2.0 ?x974)))
 (let ((?x1341 (- ?x541)))
 (let ((?x1460 (+ ?x219 ?x1341)))
 (let ((?x210 (- ?x75)))
 (let ((?x290 (+ ?x210 ?x1460)))
 (let ((?x897 (* ?x478 ?x290)))
 (let ((?x374 (+ ?x897 ?x1036)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x649 (* ?x209 ?x374)))
 (let ((?x705 (+ ?x649 ?x1161)))
 (let ((?x1697 (+ ?x705 ?x453)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1697) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
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
(declare-fun log!768 () Real)
(declare-fun log!1321 () Real)
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (< 0.0 ?x1790))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let (($x336 (= 0.0 ?x1790)))
 (not $x336)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2239 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1790 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x911 (/ ?x142 ?x1790)))
 (let ((?x2235 (+ ?x911 ?x2239)))
 (let ((?x1682 (* 2.0 ?x2235)))
 (let ((?x1073 (- ?x1682)))
 (let ((?x1667 (+ ?x95 ?x1073)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1695 (+ ?x131 ?x1667)))
 (let ((?x529 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x478 (* ?x529 exp!2)))
 (let ((?x2232 (* ?x478 ?x1695)))
 (let ((?x2181 (* |g2[0]| ?x2232)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1232 (* ?x250 ?x478)))
 (let ((?x1541 (+ ?x1232 ?x2181)))
 (let ((?x791 (* ?x1695 ?x2232)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x808 (* 0.0 ?x219)))
 (let ((?x759 (/ 1.0 (* ?x1790 ?x1790))))
 (let ((?x464 (- ?x142)))
 (let ((?x866 (* ?x142 ?x464)))
 (let ((?x436 (* ?x866 ?x759)))
 (let ((?x378 (* ?x95 ?x142)))
 (let ((?x540 (* ?x219 ?x160)))
 (let ((?x710 (+ ?x540 ?x378)))
 (let ((?x863 (/ ?x710 ?x1790)))
 (let ((?x416 (+ ?x863 ?x436)))
 (let ((?x994 (+ ?x416 ?x808)))
 (let ((?x618 (* 2.0 ?x994)))
 (let ((?x2237 (- ?x618)))
 (let ((?x1310 (+ ?x219 ?x2237)))
 (let ((?x210 (- ?x75)))
 (let ((?x2238 (+ ?x210 ?x1310)))
 (let ((?x2231 (* ?x478 ?x2238)))
 (let ((?x1390 (+ ?x2231 ?x791)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2234 (* ?x209 ?x1390)))
 (let ((?x1350 (+ ?x2234 ?x2181)))
 (let ((?x1222 (+ ?x1350 ?x1541)))
 (let ((?x948 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1634 (* ?x95 ?x948)))
 (let ((?x726 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x754 (* 0.0 ?x726)))
 (let ((?x265 (+ ?x754 ?x1634)))
 (let ((?x1021 (- ?x265)))
 (let ((?x909 (+ ?x95 ?x1021)))
 (let ((?x1257 (* ?x948 ?x909)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x752 (* ?x188 ?x1257)))
 (let ((?x1173 (* 2.0 ?x265)))
 (let ((?x1202 (- ?x1173)))
 (let ((?x522 (+ ?x95 ?x1202)))
 (let ((?x567 (+ ?x131 ?x522)))
 (let ((?x715 (* 1.0 ?x567)))
 (let ((?x936 (* f2 ?x715)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x693 (+ ?x172 ?x936)))
 (let ((?x1345 (* ?x89 ?x715)))
 (let ((?x1479 (+ ?x1345 ?x693)))
 (let ((?x996 (- ?x1479)))
 (let ((?x805 (* 2.0 ?x996)))
 (let ((?x338 (* ?x948 ?x805)))
 (let ((?x1120 (+ ?x338 ?x752)))
 (let ((?x1296 (- ?x1120)))
 (let ((?x1316 (+ ?x996 ?x1296)))
 (let ((?x604 (/ ?x1316 scale)))
 (let ((?x1731 (* ?x948 ?x188)))
 (let ((?x1683 (- ?x1731)))
 (let ((?x596 (+ ?x187 ?x1683)))
 (let ((?x1171 (* 0.0 ?x596)))
 (let ((?x1167 (* ?x99 ?x1171)))
 (let ((?x466 (+ ?x1167 ?x604)))
 (let ((?x1168 (- ?x466)))
 (let ((?x568 (* |g2[0]| ?x715)))
 (let ((?x904 (* (/ 1.0 2.0) ?x715)))
 (let ((?x941 (* 0.0 ?x904)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x504 (+ ?x53 ?x941)))
 (let ((?x442 (* |h2[1,0]| ?x504)))
 (let ((?x350 (+ ?x124 ?x941)))
 (let ((?x576 (* |h2[0,0]| ?x350)))
 (let ((?x1212 (+ ?x576 ?x442)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1305 (+ ?x109 ?x941)))
 (let ((?x1549 (+ ?x1305 ?x1212)))
 (let ((?x988 (+ ?x1549 ?x568)))
 (let ((?x1326 (+ ?x988 ?x1168)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x571 (+ ?x136 ?x1326)))
 (let ((?x1123 (* ?x478 ?x571)))
 (or (and (distinct ?x1123 ?x1222) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!768 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!768) (< exp!1 exp!4)))
(assert
 (= (< log!768 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!768) (< exp!2 exp!4)))
(assert
 (= (< log!768 log!38) (< exp!4 exp!3)))
(assert
 (= (< log!38 log!768) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!768 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!768)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1321 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1321) (< exp!1 exp!5)))
(assert
 (= (< log!1321 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1321) (< exp!2 exp!5)))
(assert
 (= (< log!1321 log!38) (< exp!5 exp!3)))
(assert
 (= (< log!38 log!1321) (< exp!3 exp!5)))
(assert
 (= (< log!1321 log!768) (< exp!5 exp!4)))
(assert
 (= (< log!768 log!1321) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1321 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1321)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!768) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!768) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1321) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1321) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
