; certjax: rule estimators.score_loo_baseline_Logistic, obligation 'second_order.hessian_identity[0]', verdict proved
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x1476 (- ?x256)))
 (let ((?x860 (+ ?x95 ?x1476)))
 (let ((?x483 (* ?x127 ?x860)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x383 (* ?x188 ?x483)))
 (let ((?x1510 (* 2.0 ?x256)))
 (let ((?x470 (- ?x1510)))
 (let ((?x468 (+ ?x95 ?x470)))
 (let ((?x502 (+ ?x131 ?x468)))
 (let ((?x569 (* 1.0 ?x502)))
 (let ((?x1499 (* f2 ?x569)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1034 (+ ?x172 ?x1499)))
 (let ((?x491 (* ?x89 ?x569)))
 (let ((?x818 (+ ?x491 ?x1034)))
 (let ((?x1050 (- ?x818)))
 (let ((?x901 (* 2.0 ?x1050)))
 (let ((?x912 (* ?x127 ?x901)))
 (let ((?x1042 (+ ?x912 ?x383)))
 (let ((?x1572 (- ?x1042)))
 (let ((?x893 (+ ?x1050 ?x1572)))
 (let ((?x481 (/ ?x893 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x1490 (+ ?x198 ?x481)))
 (let ((?x1060 (- ?x1490)))
 (let ((?x591 (* |g2[0]| ?x569)))
 (let ((?x321 (* (/ 1.0 2.0) ?x569)))
 (let ((?x1494 (* 0.0 ?x321)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x355 (+ ?x53 ?x1494)))
 (let ((?x828 (* |h2[1,0]| ?x355)))
 (let ((?x389 (+ ?x124 ?x1494)))
 (let ((?x1472 (* |h2[0,0]| ?x389)))
 (let ((?x1035 (+ ?x1472 ?x828)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x829 (+ ?x109 ?x1494)))
 (let ((?x1048 (+ ?x829 ?x1035)))
 (let ((?x1496 (+ ?x1048 ?x591)))
 (let ((?x1471 (+ ?x1496 ?x1060)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1479 (+ ?x136 ?x1471)))
 (let ((?x590 (* ?x207 ?x1479)))
 (or (and (distinct ?x590 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x400 (* ?x160 ?x188)))
 (let ((?x1447 (- ?x400)))
 (let ((?x1597 (+ ?x187 ?x1447)))
 (let ((?x878 (* 0.0 ?x1597)))
 (let ((?x619 (* ?x99 ?x878)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1501 (* ?x142 ?x188)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x843 (* ?x160 ?x580)))
 (let ((?x700 (+ ?x843 ?x1501)))
 (let ((?x760 (- ?x700)))
 (let ((?x745 (+ ?x579 ?x760)))
 (let ((?x457 (/ ?x745 scale)))
 (let ((?x941 (+ ?x457 ?x619)))
 (let ((?x1637 (- ?x941)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x716 (+ ?x561 ?x1637)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x988 (+ ?x136 ?x716)))
 (let ((?x604 (* ?x207 ?x988)))
 (or (and (distinct ?x604 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (= 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x1740 (+ ?x142 ?x337)))
 (let ((?x575 (- ?x1740)))
 (let ((?x1357 (+ ?x95 ?x575)))
 (let ((?x597 (* ?x1078 ?x1357)))
 (let ((?x721 (* ?x597 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1071 (* 2.0 ?x1740)))
 (let ((?x1507 (- ?x1071)))
 (let ((?x859 (+ ?x95 ?x1507)))
 (let ((?x1100 (+ ?x131 ?x859)))
 (let ((?x466 (* ?x1100 1.0)))
 (let ((?x346 (* f2 ?x466)))
 (let ((?x1581 (+ ?x346 ?x172)))
 (let ((?x1408 (* ?x89 ?x466)))
 (let ((?x260 (+ ?x1408 ?x1581)))
 (let ((?x1544 (- ?x260)))
 (let ((?x1095 (* 2.0 ?x1544)))
 (let ((?x1154 (* ?x1078 ?x1095)))
 (let ((?x325 (+ ?x1154 ?x721)))
 (let ((?x1508 (- ?x325)))
 (let ((?x638 (+ ?x1544 ?x1508)))
 (let ((?x1799 (/ ?x638 scale)))
 (let ((?x460 (+ ?x1799 ?x308)))
 (let ((?x1789 (- ?x460)))
 (let ((?x1111 (* |g2[0]| ?x466)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1208 (* (/ 1.0 2.0) ?x466)))
 (let ((?x1531 (* 0.0 ?x1208)))
 (let ((?x876 (+ ?x1531 ?x53)))
 (let ((?x1775 (* |h2[1,0]| ?x876)))
 (let ((?x273 (+ ?x1531 ?x124)))
 (let ((?x487 (* |h2[0,0]| ?x273)))
 (let ((?x944 (+ ?x487 ?x1775)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x639 (+ ?x1531 ?x109)))
 (let ((?x1379 (+ ?x639 ?x944)))
 (let ((?x1703 (+ ?x1379 ?x1111)))
 (let ((?x520 (+ ?x1703 ?x1789)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x582 (+ ?x136 ?x520)))
 (let ((?x1326 (* ?x1188 ?x582)))
 (or (and (distinct ?x1326 ?x724) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (= 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x2034 (- ?x1388)))
 (let ((?x1924 (+ ?x95 ?x2034)))
 (let ((?x1574 (* ?x1078 ?x1924)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2787 (* ?x188 ?x1574)))
 (let ((?x1182 (* 2.0 ?x1388)))
 (let ((?x2230 (- ?x1182)))
 (let ((?x2224 (+ ?x95 ?x2230)))
 (let ((?x1434 (+ ?x131 ?x2224)))
 (let ((?x1562 (* 1.0 ?x1434)))
 (let ((?x1671 (* f2 ?x1562)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x353 (+ ?x172 ?x1671)))
 (let ((?x1068 (* ?x89 ?x1562)))
 (let ((?x2226 (+ ?x1068 ?x353)))
 (let ((?x565 (- ?x2226)))
 (let ((?x1094 (* 2.0 ?x565)))
 (let ((?x2179 (* ?x1078 ?x1094)))
 (let ((?x999 (+ ?x2179 ?x2787)))
 (let ((?x606 (- ?x999)))
 (let ((?x1557 (+ ?x565 ?x606)))
 (let ((?x959 (/ ?x1557 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x683 (+ ?x308 ?x959)))
 (let ((?x272 (- ?x683)))
 (let ((?x584 (* |g2[0]| ?x1562)))
 (let ((?x508 (* (/ 1.0 2.0) ?x1562)))
 (let ((?x1684 (* 0.0 ?x508)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x868 (+ ?x53 ?x1684)))
 (let ((?x935 (* |h2[1,0]| ?x868)))
 (let ((?x1750 (+ ?x124 ?x1684)))
 (let ((?x655 (* |h2[0,0]| ?x1750)))
 (let ((?x2395 (+ ?x655 ?x935)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1570 (+ ?x109 ?x1684)))
 (let ((?x1080 (+ ?x1570 ?x2395)))
 (let ((?x1162 (+ ?x1080 ?x584)))
 (let ((?x680 (+ ?x1162 ?x272)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x849 (+ ?x136 ?x680)))
 (let ((?x673 (* ?x1188 ?x849)))
 (or (and (distinct ?x673 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (= 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x400 (* ?x160 ?x188)))
 (let ((?x1447 (- ?x400)))
 (let ((?x1597 (+ ?x187 ?x1447)))
 (let ((?x878 (* 0.0 ?x1597)))
 (let ((?x619 (* ?x99 ?x878)))
 (let ((?x1501 (* ?x142 ?x188)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x1009 (* ?x160 ?x1582)))
 (let ((?x2000 (+ ?x1009 ?x1501)))
 (let ((?x314 (- ?x2000)))
 (let ((?x1804 (+ ?x490 ?x314)))
 (let ((?x718 (/ ?x1804 scale)))
 (let ((?x2231 (+ ?x718 ?x619)))
 (let ((?x367 (- ?x2231)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x687 (+ ?x1701 ?x367)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x852 (+ ?x136 ?x687)))
 (let ((?x426 (* ?x1188 ?x852)))
 (or (and (distinct ?x426 ?x724) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x1628 (/ ?x942 exp!1)))
 (let ((?x1078 (* ?x1628 exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x1476 (- ?x256)))
 (let ((?x860 (+ ?x95 ?x1476)))
 (let ((?x483 (* ?x127 ?x860)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x383 (* ?x188 ?x483)))
 (let ((?x1510 (* 2.0 ?x256)))
 (let ((?x470 (- ?x1510)))
 (let ((?x468 (+ ?x95 ?x470)))
 (let ((?x502 (+ ?x131 ?x468)))
 (let ((?x569 (* 1.0 ?x502)))
 (let ((?x1499 (* f2 ?x569)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1034 (+ ?x172 ?x1499)))
 (let ((?x491 (* ?x89 ?x569)))
 (let ((?x818 (+ ?x491 ?x1034)))
 (let ((?x1050 (- ?x818)))
 (let ((?x901 (* 2.0 ?x1050)))
 (let ((?x912 (* ?x127 ?x901)))
 (let ((?x1042 (+ ?x912 ?x383)))
 (let ((?x1572 (- ?x1042)))
 (let ((?x893 (+ ?x1050 ?x1572)))
 (let ((?x481 (/ ?x893 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x1490 (+ ?x198 ?x481)))
 (let ((?x1060 (- ?x1490)))
 (let ((?x591 (* |g2[0]| ?x569)))
 (let ((?x321 (* (/ 1.0 2.0) ?x569)))
 (let ((?x1494 (* 0.0 ?x321)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x355 (+ ?x53 ?x1494)))
 (let ((?x828 (* |h2[1,0]| ?x355)))
 (let ((?x389 (+ ?x124 ?x1494)))
 (let ((?x1472 (* |h2[0,0]| ?x389)))
 (let ((?x1035 (+ ?x1472 ?x828)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x829 (+ ?x109 ?x1494)))
 (let ((?x1048 (+ ?x829 ?x1035)))
 (let ((?x1496 (+ ?x1048 ?x591)))
 (let ((?x1471 (+ ?x1496 ?x1060)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1479 (+ ?x136 ?x1471)))
 (let ((?x590 (* ?x207 ?x1479)))
 (or (and (distinct ?x590 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x400 (* ?x160 ?x188)))
 (let ((?x1447 (- ?x400)))
 (let ((?x1597 (+ ?x187 ?x1447)))
 (let ((?x878 (* 0.0 ?x1597)))
 (let ((?x619 (* ?x99 ?x878)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x1501 (* ?x142 ?x188)))
 (let ((?x127 (/ 1.0 exp!4)))
 (let ((?x256 (* ?x95 ?x127)))
 (let ((?x96 (/ (* ?x127 exp!1) exp!2)))
 (let ((?x170 (* 0.0 ?x96)))
 (let ((?x254 (+ ?x170 ?x256)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x843 (* ?x160 ?x580)))
 (let ((?x700 (+ ?x843 ?x1501)))
 (let ((?x760 (- ?x700)))
 (let ((?x745 (+ ?x579 ?x760)))
 (let ((?x457 (/ ?x745 scale)))
 (let ((?x941 (+ ?x457 ?x619)))
 (let ((?x1637 (- ?x941)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x716 (+ ?x561 ?x1637)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x988 (+ ?x136 ?x716)))
 (let ((?x604 (* ?x207 ?x988)))
 (or (and (distinct ?x604 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x770 (- ?x254)))
 (let ((?x771 (+ ?x95 ?x770)))
 (let ((?x775 (* ?x127 ?x771)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x776 (* ?x188 ?x775)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x821 (- ?x255)))
 (let ((?x822 (+ ?x95 ?x821)))
 (let ((?x823 (+ ?x131 ?x822)))
 (let ((?x824 (* 1.0 ?x823)))
 (let ((?x563 (* f2 ?x824)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x300 (+ ?x172 ?x563)))
 (let ((?x562 (* ?x89 ?x824)))
 (let ((?x301 (+ ?x562 ?x300)))
 (let ((?x579 (- ?x301)))
 (let ((?x580 (* 2.0 ?x579)))
 (let ((?x769 (* ?x127 ?x580)))
 (let ((?x777 (+ ?x769 ?x776)))
 (let ((?x779 (- ?x777)))
 (let ((?x786 (+ ?x579 ?x779)))
 (let ((?x787 (/ ?x786 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x784 (+ ?x198 ?x787)))
 (let ((?x785 (- ?x784)))
 (let ((?x560 (* |g2[0]| ?x824)))
 (let ((?x819 (* (/ 1.0 2.0) ?x824)))
 (let ((?x820 (* 0.0 ?x819)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x547 (+ ?x53 ?x820)))
 (let ((?x558 (* |h2[1,0]| ?x547)))
 (let ((?x546 (+ ?x124 ?x820)))
 (let ((?x288 (* |h2[0,0]| ?x546)))
 (let ((?x556 (+ ?x288 ?x558)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x287 (+ ?x109 ?x820)))
 (let ((?x559 (+ ?x287 ?x556)))
 (let ((?x561 (+ ?x559 ?x560)))
 (let ((?x432 (+ ?x561 ?x785)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x420 (+ ?x136 ?x432)))
 (let ((?x424 (* ?x207 ?x420)))
 (or (and (distinct ?x424 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (= 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x1740 (+ ?x142 ?x337)))
 (let ((?x575 (- ?x1740)))
 (let ((?x1357 (+ ?x95 ?x575)))
 (let ((?x597 (* ?x1078 ?x1357)))
 (let ((?x721 (* ?x597 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1071 (* 2.0 ?x1740)))
 (let ((?x1507 (- ?x1071)))
 (let ((?x859 (+ ?x95 ?x1507)))
 (let ((?x1100 (+ ?x131 ?x859)))
 (let ((?x466 (* ?x1100 1.0)))
 (let ((?x346 (* f2 ?x466)))
 (let ((?x1581 (+ ?x346 ?x172)))
 (let ((?x1408 (* ?x89 ?x466)))
 (let ((?x260 (+ ?x1408 ?x1581)))
 (let ((?x1544 (- ?x260)))
 (let ((?x1095 (* 2.0 ?x1544)))
 (let ((?x1154 (* ?x1078 ?x1095)))
 (let ((?x325 (+ ?x1154 ?x721)))
 (let ((?x1508 (- ?x325)))
 (let ((?x638 (+ ?x1544 ?x1508)))
 (let ((?x1799 (/ ?x638 scale)))
 (let ((?x460 (+ ?x1799 ?x308)))
 (let ((?x1789 (- ?x460)))
 (let ((?x1111 (* |g2[0]| ?x466)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1208 (* (/ 1.0 2.0) ?x466)))
 (let ((?x1531 (* 0.0 ?x1208)))
 (let ((?x876 (+ ?x1531 ?x53)))
 (let ((?x1775 (* |h2[1,0]| ?x876)))
 (let ((?x273 (+ ?x1531 ?x124)))
 (let ((?x487 (* |h2[0,0]| ?x273)))
 (let ((?x944 (+ ?x487 ?x1775)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x639 (+ ?x1531 ?x109)))
 (let ((?x1379 (+ ?x639 ?x944)))
 (let ((?x1703 (+ ?x1379 ?x1111)))
 (let ((?x520 (+ ?x1703 ?x1789)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x582 (+ ?x136 ?x520)))
 (let ((?x1326 (* ?x1188 ?x582)))
 (or (and (distinct ?x1326 ?x724) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (= 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x2034 (- ?x1388)))
 (let ((?x1924 (+ ?x95 ?x2034)))
 (let ((?x1574 (* ?x1078 ?x1924)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2787 (* ?x188 ?x1574)))
 (let ((?x1182 (* 2.0 ?x1388)))
 (let ((?x2230 (- ?x1182)))
 (let ((?x2224 (+ ?x95 ?x2230)))
 (let ((?x1434 (+ ?x131 ?x2224)))
 (let ((?x1562 (* 1.0 ?x1434)))
 (let ((?x1671 (* f2 ?x1562)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x353 (+ ?x172 ?x1671)))
 (let ((?x1068 (* ?x89 ?x1562)))
 (let ((?x2226 (+ ?x1068 ?x353)))
 (let ((?x565 (- ?x2226)))
 (let ((?x1094 (* 2.0 ?x565)))
 (let ((?x2179 (* ?x1078 ?x1094)))
 (let ((?x999 (+ ?x2179 ?x2787)))
 (let ((?x606 (- ?x999)))
 (let ((?x1557 (+ ?x565 ?x606)))
 (let ((?x959 (/ ?x1557 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x683 (+ ?x308 ?x959)))
 (let ((?x272 (- ?x683)))
 (let ((?x584 (* |g2[0]| ?x1562)))
 (let ((?x508 (* (/ 1.0 2.0) ?x1562)))
 (let ((?x1684 (* 0.0 ?x508)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x868 (+ ?x53 ?x1684)))
 (let ((?x935 (* |h2[1,0]| ?x868)))
 (let ((?x1750 (+ ?x124 ?x1684)))
 (let ((?x655 (* |h2[0,0]| ?x1750)))
 (let ((?x2395 (+ ?x655 ?x935)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1570 (+ ?x109 ?x1684)))
 (let ((?x1080 (+ ?x1570 ?x2395)))
 (let ((?x1162 (+ ?x1080 ?x584)))
 (let ((?x680 (+ ?x1162 ?x272)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x849 (+ ?x136 ?x680)))
 (let ((?x673 (* ?x1188 ?x849)))
 (or (and (distinct ?x673 ?x724) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (= 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x400 (* ?x160 ?x188)))
 (let ((?x1447 (- ?x400)))
 (let ((?x1597 (+ ?x187 ?x1447)))
 (let ((?x878 (* 0.0 ?x1597)))
 (let ((?x619 (* ?x99 ?x878)))
 (let ((?x1501 (* ?x142 ?x188)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x1009 (* ?x160 ?x1582)))
 (let ((?x2000 (+ ?x1009 ?x1501)))
 (let ((?x314 (- ?x2000)))
 (let ((?x1804 (+ ?x490 ?x314)))
 (let ((?x718 (/ ?x1804 scale)))
 (let ((?x2231 (+ ?x718 ?x619)))
 (let ((?x367 (- ?x2231)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x687 (+ ?x1701 ?x367)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x852 (+ ?x136 ?x687)))
 (let ((?x426 (* ?x1188 ?x852)))
 (or (and (distinct ?x426 ?x724) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
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
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x1040 (* (/ 1.0 2.0) ?x95)))
 (let ((?x1359 (+ ?x1040 ?x657)))
 (let ((?x299 (* 2.0 ?x1359)))
 (let ((?x518 (- ?x299)))
 (let ((?x405 (+ ?x95 ?x518)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x394 (+ ?x131 ?x405)))
 (let ((?x283 (* ?x1188 ?x394)))
 (let ((?x557 (* |g2[0]| ?x283)))
 (let ((?x541 (+ ?x557 ?x1263)))
 (let ((?x1191 (* ?x394 ?x283)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x750 (* (/ 1.0 2.0) ?x219)))
 (let ((?x1345 (+ ?x750 ?x1370)))
 (let ((?x605 (* 2.0 ?x1345)))
 (let ((?x1642 (- ?x605)))
 (let ((?x264 (+ ?x219 ?x1642)))
 (let ((?x210 (- ?x75)))
 (let ((?x1579 (+ ?x210 ?x264)))
 (let ((?x440 (* ?x1188 ?x1579)))
 (let ((?x596 (+ ?x440 ?x1191)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1305 (* ?x209 ?x596)))
 (let ((?x772 (+ ?x1305 ?x557)))
 (let ((?x724 (+ ?x772 ?x541)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x724) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
(declare-fun |h2[0,0]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
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
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (< 0.0 ?x691))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let (($x309 (= 0.0 ?x691)))
 (not $x309)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2241 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x691 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x657 (/ ?x142 ?x691)))
 (let ((?x2237 (+ ?x657 ?x2241)))
 (let ((?x1584 (* 2.0 ?x2237)))
 (let ((?x699 (- ?x1584)))
 (let ((?x1165 (+ ?x95 ?x699)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x452 (+ ?x131 ?x1165)))
 (let ((?x1535 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1188 (* ?x1535 exp!2)))
 (let ((?x2234 (* ?x1188 ?x452)))
 (let ((?x2183 (* |g2[0]| ?x2234)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1263 (* ?x250 ?x1188)))
 (let ((?x1197 (+ ?x1263 ?x2183)))
 (let ((?x465 (* ?x452 ?x2234)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x351 (* 0.0 ?x219)))
 (let ((?x538 (/ 1.0 (* ?x691 ?x691))))
 (let ((?x472 (- ?x142)))
 (let ((?x478 (* ?x142 ?x472)))
 (let ((?x274 (* ?x478 ?x538)))
 (let ((?x602 (* ?x95 ?x142)))
 (let ((?x845 (* ?x219 ?x160)))
 (let ((?x1411 (+ ?x845 ?x602)))
 (let ((?x634 (/ ?x1411 ?x691)))
 (let ((?x1370 (+ ?x634 ?x274)))
 (let ((?x976 (+ ?x1370 ?x351)))
 (let ((?x1242 (* 2.0 ?x976)))
 (let ((?x2239 (- ?x1242)))
 (let ((?x1568 (+ ?x219 ?x2239)))
 (let ((?x210 (- ?x75)))
 (let ((?x2240 (+ ?x210 ?x1568)))
 (let ((?x2233 (* ?x1188 ?x2240)))
 (let ((?x1668 (+ ?x2233 ?x465)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2236 (* ?x209 ?x1668)))
 (let ((?x1229 (+ ?x2236 ?x2183)))
 (let ((?x1126 (+ ?x1229 ?x1197)))
 (let ((?x1078 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1388 (* ?x95 ?x1078)))
 (let ((?x942 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x337 (* 0.0 ?x942)))
 (let ((?x258 (+ ?x337 ?x1388)))
 (let ((?x1340 (- ?x258)))
 (let ((?x1735 (+ ?x95 ?x1340)))
 (let ((?x1015 (* ?x1078 ?x1735)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1512 (* ?x188 ?x1015)))
 (let ((?x1171 (* 2.0 ?x258)))
 (let ((?x1276 (- ?x1171)))
 (let ((?x1463 (+ ?x95 ?x1276)))
 (let ((?x292 (+ ?x131 ?x1463)))
 (let ((?x1744 (* 1.0 ?x292)))
 (let ((?x702 (* f2 ?x1744)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x923 (+ ?x172 ?x702)))
 (let ((?x929 (* ?x89 ?x1744)))
 (let ((?x334 (+ ?x929 ?x923)))
 (let ((?x490 (- ?x334)))
 (let ((?x1582 (* 2.0 ?x490)))
 (let ((?x980 (* ?x1078 ?x1582)))
 (let ((?x798 (+ ?x980 ?x1512)))
 (let ((?x1392 (- ?x798)))
 (let ((?x1151 (+ ?x490 ?x1392)))
 (let ((?x344 (/ ?x1151 scale)))
 (let ((?x1619 (* ?x1078 ?x188)))
 (let ((?x285 (- ?x1619)))
 (let ((?x1216 (+ ?x187 ?x285)))
 (let ((?x864 (* 0.0 ?x1216)))
 (let ((?x308 (* ?x99 ?x864)))
 (let ((?x1267 (+ ?x308 ?x344)))
 (let ((?x1389 (- ?x1267)))
 (let ((?x954 (* |g2[0]| ?x1744)))
 (let ((?x526 (* (/ 1.0 2.0) ?x1744)))
 (let ((?x1268 (* 0.0 ?x526)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1173 (+ ?x53 ?x1268)))
 (let ((?x1238 (* |h2[1,0]| ?x1173)))
 (let ((?x1548 (+ ?x124 ?x1268)))
 (let ((?x442 (* |h2[0,0]| ?x1548)))
 (let ((?x505 (+ ?x442 ?x1238)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x742 (+ ?x109 ?x1268)))
 (let ((?x1661 (+ ?x742 ?x505)))
 (let ((?x1701 (+ ?x1661 ?x954)))
 (let ((?x495 (+ ?x1701 ?x1389)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1640 (+ ?x136 ?x495)))
 (let ((?x377 (* ?x1188 ?x1640)))
 (or (and (distinct ?x377 ?x1126) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
