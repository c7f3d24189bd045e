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
(declare-fun log!777 () Real)
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!777 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!777 () Real)
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
 (let ((?x1025 (- ?x256)))
 (let ((?x299 (+ ?x95 ?x1025)))
 (let ((?x737 (* ?x127 ?x299)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x853 (* ?x188 ?x737)))
 (let ((?x1478 (* 2.0 ?x256)))
 (let ((?x854 (- ?x1478)))
 (let ((?x855 (+ ?x95 ?x854)))
 (let ((?x629 (+ ?x131 ?x855)))
 (let ((?x569 (* 1.0 ?x629)))
 (let ((?x1486 (* f2 ?x569)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x660 (+ ?x172 ?x1486)))
 (let ((?x897 (* ?x89 ?x569)))
 (let ((?x1037 (+ ?x897 ?x660)))
 (let ((?x1500 (- ?x1037)))
 (let ((?x1044 (* 2.0 ?x1500)))
 (let ((?x980 (* ?x127 ?x1044)))
 (let ((?x1488 (+ ?x980 ?x853)))
 (let ((?x1559 (- ?x1488)))
 (let ((?x1022 (+ ?x1500 ?x1559)))
 (let ((?x633 (/ ?x1022 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x327 (+ ?x198 ?x633)))
 (let ((?x1047 (- ?x327)))
 (let ((?x442 (* |g2[0]| ?x569)))
 (let ((?x1457 (* (/ 1.0 2.0) ?x569)))
 (let ((?x812 (* 0.0 ?x1457)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1469 (+ ?x53 ?x812)))
 (let ((?x710 (* |h2[1,0]| ?x1469)))
 (let ((?x696 (+ ?x124 ?x812)))
 (let ((?x1029 (* |h2[0,0]| ?x696)))
 (let ((?x1456 (+ ?x1029 ?x710)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1465 (+ ?x109 ?x812)))
 (let ((?x1020 (+ ?x1465 ?x1456)))
 (let ((?x1483 (+ ?x1020 ?x442)))
 (let ((?x642 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x861 (+ ?x136 ?x642)))
 (let ((?x397 (* ?x207 ?x861)))
 (or (and (distinct ?x397 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!777 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!777 () Real)
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
 (let ((?x352 (* ?x160 ?x188)))
 (let ((?x1367 (- ?x352)))
 (let ((?x1653 (+ ?x187 ?x1367)))
 (let ((?x632 (* 0.0 ?x1653)))
 (let ((?x808 (* ?x99 ?x632)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x635 (* ?x142 ?x188)))
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
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x1746 (* ?x160 ?x777)))
 (let ((?x882 (+ ?x1746 ?x635)))
 (let ((?x644 (- ?x882)))
 (let ((?x294 (+ ?x776 ?x644)))
 (let ((?x939 (/ ?x294 scale)))
 (let ((?x423 (+ ?x939 ?x808)))
 (let ((?x1530 (- ?x423)))
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
 (let ((?x266 (+ ?x580 ?x1530)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1453 (+ ?x136 ?x266)))
 (let ((?x360 (* ?x207 ?x1453)))
 (or (and (distinct ?x360 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!777 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!777 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (= 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x525 (+ ?x142 ?x330)))
 (let ((?x1086 (- ?x525)))
 (let ((?x1665 (+ ?x95 ?x1086)))
 (let ((?x962 (* ?x455 ?x1665)))
 (let ((?x680 (* ?x962 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x290 (* 2.0 ?x525)))
 (let ((?x734 (- ?x290)))
 (let ((?x719 (+ ?x95 ?x734)))
 (let ((?x852 (+ ?x131 ?x719)))
 (let ((?x1266 (* ?x852 1.0)))
 (let ((?x941 (* f2 ?x1266)))
 (let ((?x1376 (+ ?x941 ?x172)))
 (let ((?x1807 (* ?x89 ?x1266)))
 (let ((?x1528 (+ ?x1807 ?x1376)))
 (let ((?x1024 (- ?x1528)))
 (let ((?x482 (* 2.0 ?x1024)))
 (let ((?x602 (* ?x455 ?x482)))
 (let ((?x265 (+ ?x602 ?x680)))
 (let ((?x407 (- ?x265)))
 (let ((?x465 (+ ?x1024 ?x407)))
 (let ((?x1360 (/ ?x465 scale)))
 (let ((?x683 (+ ?x1360 ?x473)))
 (let ((?x595 (- ?x683)))
 (let ((?x1287 (* |g2[0]| ?x1266)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1406 (* (/ 1.0 2.0) ?x1266)))
 (let ((?x815 (* 0.0 ?x1406)))
 (let ((?x1600 (+ ?x815 ?x53)))
 (let ((?x922 (* |h2[1,0]| ?x1600)))
 (let ((?x554 (+ ?x815 ?x124)))
 (let ((?x1405 (* |h2[0,0]| ?x554)))
 (let ((?x782 (+ ?x1405 ?x922)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x271 (+ ?x815 ?x109)))
 (let ((?x1578 (+ ?x271 ?x782)))
 (let ((?x800 (+ ?x1578 ?x1287)))
 (let ((?x943 (+ ?x800 ?x595)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x828 (+ ?x136 ?x943)))
 (let ((?x367 (* ?x1467 ?x828)))
 (or (and (distinct ?x367 ?x418) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (= 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1119 (- ?x1030)))
 (let ((?x1066 (+ ?x95 ?x1119)))
 (let ((?x1264 (* ?x455 ?x1066)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2108 (* ?x188 ?x1264)))
 (let ((?x1827 (* 2.0 ?x1030)))
 (let ((?x2231 (- ?x1827)))
 (let ((?x2225 (+ ?x95 ?x2231)))
 (let ((?x2407 (+ ?x131 ?x2225)))
 (let ((?x1072 (* 1.0 ?x2407)))
 (let ((?x1532 (* f2 ?x1072)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x322 (+ ?x172 ?x1532)))
 (let ((?x472 (* ?x89 ?x1072)))
 (let ((?x2799 (+ ?x472 ?x322)))
 (let ((?x974 (- ?x2799)))
 (let ((?x2188 (* 2.0 ?x974)))
 (let ((?x1476 (* ?x455 ?x2188)))
 (let ((?x1794 (+ ?x1476 ?x2108)))
 (let ((?x1134 (- ?x1794)))
 (let ((?x1664 (+ ?x974 ?x1134)))
 (let ((?x2159 (/ ?x1664 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x1513 (+ ?x473 ?x2159)))
 (let ((?x1911 (- ?x1513)))
 (let ((?x1548 (* |g2[0]| ?x1072)))
 (let ((?x2181 (* (/ 1.0 2.0) ?x1072)))
 (let ((?x2152 (* 0.0 ?x2181)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1018 (+ ?x53 ?x2152)))
 (let ((?x956 (* |h2[1,0]| ?x1018)))
 (let ((?x654 (+ ?x124 ?x2152)))
 (let ((?x1070 (* |h2[0,0]| ?x654)))
 (let ((?x529 (+ ?x1070 ?x956)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1308 (+ ?x109 ?x2152)))
 (let ((?x703 (+ ?x1308 ?x529)))
 (let ((?x293 (+ ?x703 ?x1548)))
 (let ((?x1196 (+ ?x293 ?x1911)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1302 (+ ?x136 ?x1196)))
 (let ((?x1136 (* ?x1467 ?x1302)))
 (or (and (distinct ?x1136 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (= 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x352 (* ?x160 ?x188)))
 (let ((?x1367 (- ?x352)))
 (let ((?x1653 (+ ?x187 ?x1367)))
 (let ((?x632 (* 0.0 ?x1653)))
 (let ((?x808 (* ?x99 ?x632)))
 (let ((?x635 (* ?x142 ?x188)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x830 (* ?x160 ?x1461)))
 (let ((?x2138 (+ ?x830 ?x635)))
 (let ((?x534 (- ?x2138)))
 (let ((?x2462 (+ ?x813 ?x534)))
 (let ((?x2197 (/ ?x2462 scale)))
 (let ((?x1786 (+ ?x2197 ?x808)))
 (let ((?x419 (- ?x1786)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1271 (+ ?x486 ?x419)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x763 (+ ?x136 ?x1271)))
 (let ((?x666 (* ?x1467 ?x763)))
 (or (and (distinct ?x666 ?x418) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991))))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x74 (/ 1.0 exp!1)))
 (let ((?x160 (* ?x74 exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x849 (/ ?x1516 exp!1)))
 (let ((?x455 (* ?x849 exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1025 (- ?x256)))
 (let ((?x299 (+ ?x95 ?x1025)))
 (let ((?x737 (* ?x127 ?x299)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x853 (* ?x188 ?x737)))
 (let ((?x1478 (* 2.0 ?x256)))
 (let ((?x854 (- ?x1478)))
 (let ((?x855 (+ ?x95 ?x854)))
 (let ((?x629 (+ ?x131 ?x855)))
 (let ((?x569 (* 1.0 ?x629)))
 (let ((?x1486 (* f2 ?x569)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x660 (+ ?x172 ?x1486)))
 (let ((?x897 (* ?x89 ?x569)))
 (let ((?x1037 (+ ?x897 ?x660)))
 (let ((?x1500 (- ?x1037)))
 (let ((?x1044 (* 2.0 ?x1500)))
 (let ((?x980 (* ?x127 ?x1044)))
 (let ((?x1488 (+ ?x980 ?x853)))
 (let ((?x1559 (- ?x1488)))
 (let ((?x1022 (+ ?x1500 ?x1559)))
 (let ((?x633 (/ ?x1022 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x327 (+ ?x198 ?x633)))
 (let ((?x1047 (- ?x327)))
 (let ((?x442 (* |g2[0]| ?x569)))
 (let ((?x1457 (* (/ 1.0 2.0) ?x569)))
 (let ((?x812 (* 0.0 ?x1457)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1469 (+ ?x53 ?x812)))
 (let ((?x710 (* |h2[1,0]| ?x1469)))
 (let ((?x696 (+ ?x124 ?x812)))
 (let ((?x1029 (* |h2[0,0]| ?x696)))
 (let ((?x1456 (+ ?x1029 ?x710)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1465 (+ ?x109 ?x812)))
 (let ((?x1020 (+ ?x1465 ?x1456)))
 (let ((?x1483 (+ ?x1020 ?x442)))
 (let ((?x642 (+ ?x1483 ?x1047)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x861 (+ ?x136 ?x642)))
 (let ((?x397 (* ?x207 ?x861)))
 (or (and (distinct ?x397 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x352 (* ?x160 ?x188)))
 (let ((?x1367 (- ?x352)))
 (let ((?x1653 (+ ?x187 ?x1367)))
 (let ((?x632 (* 0.0 ?x1653)))
 (let ((?x808 (* ?x99 ?x632)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x635 (* ?x142 ?x188)))
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
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x1746 (* ?x160 ?x777)))
 (let ((?x882 (+ ?x1746 ?x635)))
 (let ((?x644 (- ?x882)))
 (let ((?x294 (+ ?x776 ?x644)))
 (let ((?x939 (/ ?x294 scale)))
 (let ((?x423 (+ ?x939 ?x808)))
 (let ((?x1530 (- ?x423)))
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
 (let ((?x266 (+ ?x580 ?x1530)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1453 (+ ?x136 ?x266)))
 (let ((?x360 (* ?x207 ?x1453)))
 (or (and (distinct ?x360 ?x253) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x786 (- ?x254)))
 (let ((?x787 (+ ?x95 ?x786)))
 (let ((?x784 (* ?x127 ?x787)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x785 (* ?x188 ?x784)))
 (let ((?x255 (* 2.0 ?x254)))
 (let ((?x287 (- ?x255)))
 (let ((?x546 (+ ?x95 ?x287)))
 (let ((?x288 (+ ?x131 ?x546)))
 (let ((?x547 (* 1.0 ?x288)))
 (let ((?x770 (* f2 ?x547)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x771 (+ ?x172 ?x770)))
 (let ((?x769 (* ?x89 ?x547)))
 (let ((?x775 (+ ?x769 ?x771)))
 (let ((?x776 (- ?x775)))
 (let ((?x777 (* 2.0 ?x776)))
 (let ((?x779 (* ?x127 ?x777)))
 (let ((?x432 (+ ?x779 ?x785)))
 (let ((?x420 (- ?x432)))
 (let ((?x424 (+ ?x776 ?x420)))
 (let ((?x470 (/ ?x424 scale)))
 (let ((?x194 (* ?x127 ?x188)))
 (let ((?x195 (- ?x194)))
 (let ((?x196 (+ ?x187 ?x195)))
 (let ((?x197 (* 0.0 ?x196)))
 (let ((?x198 (* ?x99 ?x197)))
 (let ((?x468 (+ ?x198 ?x470)))
 (let ((?x469 (- ?x468)))
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
 (let ((?x306 (+ ?x580 ?x469)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x821 (+ ?x136 ?x306)))
 (let ((?x843 (* ?x207 ?x821)))
 (or (and (distinct ?x843 ?x253) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (= 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x525 (+ ?x142 ?x330)))
 (let ((?x1086 (- ?x525)))
 (let ((?x1665 (+ ?x95 ?x1086)))
 (let ((?x962 (* ?x455 ?x1665)))
 (let ((?x680 (* ?x962 ?x188)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x290 (* 2.0 ?x525)))
 (let ((?x734 (- ?x290)))
 (let ((?x719 (+ ?x95 ?x734)))
 (let ((?x852 (+ ?x131 ?x719)))
 (let ((?x1266 (* ?x852 1.0)))
 (let ((?x941 (* f2 ?x1266)))
 (let ((?x1376 (+ ?x941 ?x172)))
 (let ((?x1807 (* ?x89 ?x1266)))
 (let ((?x1528 (+ ?x1807 ?x1376)))
 (let ((?x1024 (- ?x1528)))
 (let ((?x482 (* 2.0 ?x1024)))
 (let ((?x602 (* ?x455 ?x482)))
 (let ((?x265 (+ ?x602 ?x680)))
 (let ((?x407 (- ?x265)))
 (let ((?x465 (+ ?x1024 ?x407)))
 (let ((?x1360 (/ ?x465 scale)))
 (let ((?x683 (+ ?x1360 ?x473)))
 (let ((?x595 (- ?x683)))
 (let ((?x1287 (* |g2[0]| ?x1266)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1406 (* (/ 1.0 2.0) ?x1266)))
 (let ((?x815 (* 0.0 ?x1406)))
 (let ((?x1600 (+ ?x815 ?x53)))
 (let ((?x922 (* |h2[1,0]| ?x1600)))
 (let ((?x554 (+ ?x815 ?x124)))
 (let ((?x1405 (* |h2[0,0]| ?x554)))
 (let ((?x782 (+ ?x1405 ?x922)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x271 (+ ?x815 ?x109)))
 (let ((?x1578 (+ ?x271 ?x782)))
 (let ((?x800 (+ ?x1578 ?x1287)))
 (let ((?x943 (+ ?x800 ?x595)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x828 (+ ?x136 ?x943)))
 (let ((?x367 (* ?x1467 ?x828)))
 (or (and (distinct ?x367 ?x418) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (= 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1119 (- ?x1030)))
 (let ((?x1066 (+ ?x95 ?x1119)))
 (let ((?x1264 (* ?x455 ?x1066)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x2108 (* ?x188 ?x1264)))
 (let ((?x1827 (* 2.0 ?x1030)))
 (let ((?x2231 (- ?x1827)))
 (let ((?x2225 (+ ?x95 ?x2231)))
 (let ((?x2407 (+ ?x131 ?x2225)))
 (let ((?x1072 (* 1.0 ?x2407)))
 (let ((?x1532 (* f2 ?x1072)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x322 (+ ?x172 ?x1532)))
 (let ((?x472 (* ?x89 ?x1072)))
 (let ((?x2799 (+ ?x472 ?x322)))
 (let ((?x974 (- ?x2799)))
 (let ((?x2188 (* 2.0 ?x974)))
 (let ((?x1476 (* ?x455 ?x2188)))
 (let ((?x1794 (+ ?x1476 ?x2108)))
 (let ((?x1134 (- ?x1794)))
 (let ((?x1664 (+ ?x974 ?x1134)))
 (let ((?x2159 (/ ?x1664 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x1513 (+ ?x473 ?x2159)))
 (let ((?x1911 (- ?x1513)))
 (let ((?x1548 (* |g2[0]| ?x1072)))
 (let ((?x2181 (* (/ 1.0 2.0) ?x1072)))
 (let ((?x2152 (* 0.0 ?x2181)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1018 (+ ?x53 ?x2152)))
 (let ((?x956 (* |h2[1,0]| ?x1018)))
 (let ((?x654 (+ ?x124 ?x2152)))
 (let ((?x1070 (* |h2[0,0]| ?x654)))
 (let ((?x529 (+ ?x1070 ?x956)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x1308 (+ ?x109 ?x2152)))
 (let ((?x703 (+ ?x1308 ?x529)))
 (let ((?x293 (+ ?x703 ?x1548)))
 (let ((?x1196 (+ ?x293 ?x1911)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1302 (+ ?x136 ?x1196)))
 (let ((?x1136 (* ?x1467 ?x1302)))
 (or (and (distinct ?x1136 ?x418) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (= 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x352 (* ?x160 ?x188)))
 (let ((?x1367 (- ?x352)))
 (let ((?x1653 (+ ?x187 ?x1367)))
 (let ((?x632 (* 0.0 ?x1653)))
 (let ((?x808 (* ?x99 ?x632)))
 (let ((?x635 (* ?x142 ?x188)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x830 (* ?x160 ?x1461)))
 (let ((?x2138 (+ ?x830 ?x635)))
 (let ((?x534 (- ?x2138)))
 (let ((?x2462 (+ ?x813 ?x534)))
 (let ((?x2197 (/ ?x2462 scale)))
 (let ((?x1786 (+ ?x2197 ?x808)))
 (let ((?x419 (- ?x1786)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1271 (+ ?x486 ?x419)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x763 (+ ?x136 ?x1271)))
 (let ((?x666 (* ?x1467 ?x763)))
 (or (and (distinct ?x666 ?x418) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x772 (* (/ 1.0 2.0) ?x95)))
 (let ((?x259 (+ ?x772 ?x942)))
 (let ((?x404 (* 2.0 ?x259)))
 (let ((?x1398 (- ?x404)))
 (let ((?x1222 (+ ?x95 ?x1398)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x257 (+ ?x131 ?x1222)))
 (let ((?x474 (* ?x1467 ?x257)))
 (let ((?x970 (* |g2[0]| ?x474)))
 (let ((?x1023 (+ ?x970 ?x1332)))
 (let ((?x1017 (* ?x257 ?x474)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x1027 (* (/ 1.0 2.0) ?x219)))
 (let ((?x842 (+ ?x1027 ?x1366)))
 (let ((?x1380 (* 2.0 ?x842)))
 (let ((?x893 (- ?x1380)))
 (let ((?x1529 (+ ?x219 ?x893)))
 (let ((?x210 (- ?x75)))
 (let ((?x1165 (+ ?x210 ?x1529)))
 (let ((?x512 (* ?x1467 ?x1165)))
 (let ((?x488 (+ ?x512 ?x1017)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x1430 (* ?x209 ?x488)))
 (let ((?x826 (+ ?x1430 ?x970)))
 (let ((?x418 (+ ?x826 ?x1023)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x418) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
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
(declare-fun log!777 () Real)
(declare-fun log!1330 () Real)
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (< 0.0 ?x1417))))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
 (let (($x9 (= 0.0 scale)))
 (not $x9)))
(assert
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
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let (($x991 (= 0.0 ?x1417)))
 (not $x991)))))
(assert
 (let ((?x67 (* scale scale)))
 (let ((?x99 (/ 1.0 ?x67)))
 (let ((?x75 (* 0.0 ?x99)))
 (let ((?x88 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x88 ?x75)))
 (let ((?x95 (- ?x129)))
 (let ((?x2242 (* 0.0 ?x95)))
 (let ((?x160 (* (/ 1.0 exp!1) exp!2)))
 (let ((?x1417 (+ 1.0 ?x160)))
 (let ((?x142 (* ?x95 ?x160)))
 (let ((?x942 (/ ?x142 ?x1417)))
 (let ((?x2238 (+ ?x942 ?x2242)))
 (let ((?x1541 (* 2.0 ?x2238)))
 (let ((?x1594 (- ?x1541)))
 (let ((?x584 (+ ?x95 ?x1594)))
 (let ((?x104 (/ 0.0 scale)))
 (let ((?x131 (- ?x104)))
 (let ((?x1105 (+ ?x131 ?x584)))
 (let ((?x997 (/ (/ (/ (/ 1.0 exp!3) (* exp!6 exp!6)) (* exp!5 exp!5)) exp!1)))
 (let ((?x1467 (* ?x997 exp!2)))
 (let ((?x2235 (* ?x1467 ?x1105)))
 (let ((?x2184 (* |g2[0]| ?x2235)))
 (let ((?x249 (+ |h2[0,0]| |h2[0,0]|)))
 (let ((?x250 (* (/ 1.0 2.0) ?x249)))
 (let ((?x1332 (* ?x250 ?x1467)))
 (let ((?x1679 (+ ?x1332 ?x2184)))
 (let ((?x1623 (* ?x1105 ?x2235)))
 (let ((?x212 (/ 1.0 (* ?x67 scale))))
 (let ((?x214 (* ?x212 (- 2.0))))
 (let ((?x215 (* 0.0 ?x214)))
 (let ((?x216 (* 0.0 ?x215)))
 (let ((?x217 (+ ?x75 ?x216)))
 (let ((?x218 (+ ?x75 ?x217)))
 (let ((?x219 (- ?x218)))
 (let ((?x1016 (* 0.0 ?x219)))
 (let ((?x846 (/ 1.0 (* ?x1417 ?x1417))))
 (let ((?x451 (- ?x142)))
 (let ((?x411 (* ?x142 ?x451)))
 (let ((?x1611 (* ?x411 ?x846)))
 (let ((?x421 (* ?x95 ?x142)))
 (let ((?x613 (* ?x219 ?x160)))
 (let ((?x1804 (+ ?x613 ?x421)))
 (let ((?x1480 (/ ?x1804 ?x1417)))
 (let ((?x1366 (+ ?x1480 ?x1611)))
 (let ((?x315 (+ ?x1366 ?x1016)))
 (let ((?x1759 (* 2.0 ?x315)))
 (let ((?x2240 (- ?x1759)))
 (let ((?x1004 (+ ?x219 ?x2240)))
 (let ((?x210 (- ?x75)))
 (let ((?x2241 (+ ?x210 ?x1004)))
 (let ((?x2234 (* ?x1467 ?x2241)))
 (let ((?x1233 (+ ?x2234 ?x1623)))
 (let ((?x89 (- b)))
 (let ((?x209 (+ f2 ?x89)))
 (let ((?x2237 (* ?x209 ?x1233)))
 (let ((?x1110 (+ ?x2237 ?x2184)))
 (let ((?x1135 (+ ?x1110 ?x1679)))
 (let ((?x455 (* (/ (/ (/ 1.0 exp!6) exp!5) exp!1) exp!2)))
 (let ((?x1030 (* ?x95 ?x455)))
 (let ((?x1516 (/ (/ 1.0 exp!6) exp!5)))
 (let ((?x330 (* 0.0 ?x1516)))
 (let ((?x496 (+ ?x330 ?x1030)))
 (let ((?x793 (- ?x496)))
 (let ((?x1619 (+ ?x95 ?x793)))
 (let ((?x1603 (* ?x455 ?x1619)))
 (let ((?x185 (* f2 1.0)))
 (let ((?x184 (* ?x89 1.0)))
 (let ((?x186 (+ ?x184 ?x185)))
 (let ((?x187 (- ?x186)))
 (let ((?x188 (* 2.0 ?x187)))
 (let ((?x622 (* ?x188 ?x1603)))
 (let ((?x1019 (* 2.0 ?x496)))
 (let ((?x1231 (- ?x1019)))
 (let ((?x1383 (+ ?x95 ?x1231)))
 (let ((?x586 (+ ?x131 ?x1383)))
 (let ((?x398 (* 1.0 ?x586)))
 (let ((?x1212 (* f2 ?x398)))
 (let ((?x172 (* |g2[0]| 1.0)))
 (let ((?x1618 (+ ?x172 ?x1212)))
 (let ((?x792 (* ?x89 ?x398)))
 (let ((?x899 (+ ?x792 ?x1618)))
 (let ((?x813 (- ?x899)))
 (let ((?x1461 (* 2.0 ?x813)))
 (let ((?x1365 (* ?x455 ?x1461)))
 (let ((?x1401 (+ ?x1365 ?x622)))
 (let ((?x1485 (- ?x1401)))
 (let ((?x637 (+ ?x813 ?x1485)))
 (let ((?x379 (/ ?x637 scale)))
 (let ((?x564 (* ?x455 ?x188)))
 (let ((?x1177 (- ?x564)))
 (let ((?x1408 (+ ?x187 ?x1177)))
 (let ((?x716 (* 0.0 ?x1408)))
 (let ((?x473 (* ?x99 ?x716)))
 (let ((?x700 (+ ?x473 ?x379)))
 (let ((?x731 (- ?x700)))
 (let ((?x1363 (* |g2[0]| ?x398)))
 (let ((?x516 (* (/ 1.0 2.0) ?x398)))
 (let ((?x1234 (* 0.0 ?x516)))
 (let ((?x50 (+ (- 1.0) 1.0)))
 (let ((?x124 (* (/ 1.0 2.0) ?x50)))
 (let ((?x53 (* 0.0 ?x124)))
 (let ((?x1282 (+ ?x53 ?x1234)))
 (let ((?x1108 (* |h2[1,0]| ?x1282)))
 (let ((?x599 (+ ?x124 ?x1234)))
 (let ((?x381 (* |h2[0,0]| ?x599)))
 (let ((?x326 (+ ?x381 ?x1108)))
 (let ((?x109 (* |h2[0,0]| ?x124)))
 (let ((?x749 (+ ?x109 ?x1234)))
 (let ((?x1373 (+ ?x749 ?x326)))
 (let ((?x486 (+ ?x1373 ?x1363)))
 (let ((?x1290 (+ ?x486 ?x731)))
 (let ((?x157 (* |h2[0,0]| (/ 1.0 2.0))))
 (let ((?x136 (+ ?x157 ?x157)))
 (let ((?x1454 (+ ?x136 ?x1290)))
 (let ((?x356 (* ?x1467 ?x1454)))
 (or (and (distinct ?x356 ?x1135) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ z scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ z scale))))
(assert
 (= (< (/ loc scale) (/ z scale)) (< exp!2 exp!1)))
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
 (= (< log!777 (/ z scale)) (< exp!4 exp!1)))
(assert
 (= (< (/ z scale) log!777) (< exp!1 exp!4)))
(assert
 (= (< log!777 (/ loc scale)) (< exp!4 exp!2)))
(assert
 (= (< (/ loc scale) log!777) (< exp!2 exp!4)))
(assert
 (= (< log!777 log!39) (< exp!4 exp!3)))
(assert
 (= (< log!39 log!777) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!777 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!777)))
(assert
 (=> (> (+ 1.0 (/ (* 1.0 exp!1) exp!2)) 0.0) (= exp!4 (+ 1.0 (/ (* 1.0 exp!1) exp!2)))))
(assert
 (= (< log!1330 (/ z scale)) (< exp!5 exp!1)))
(assert
 (= (< (/ z scale) log!1330) (< exp!1 exp!5)))
(assert
 (= (< log!1330 (/ loc scale)) (< exp!5 exp!2)))
(assert
 (= (< (/ loc scale) log!1330) (< exp!2 exp!5)))
(assert
 (= (< log!1330 log!39) (< exp!5 exp!3)))
(assert
 (= (< log!39 log!1330) (< exp!3 exp!5)))
(assert
 (= (< log!1330 log!777) (< exp!5 exp!4)))
(assert
 (= (< log!777 log!1330) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!1330 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!1330)))
(assert
 (=> (> (+ 1.0 (* (/ 1.0 exp!1) exp!2)) 0.0) (= exp!5 (+ 1.0 (* (/ 1.0 exp!1) exp!2)))))
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
 (= (< 0.0 log!777) (< exp!6 exp!4)))
(assert
 (= (> 0.0 log!777) (< exp!4 exp!6)))
(assert
 (= (< 0.0 log!1330) (< exp!6 exp!5)))
(assert
 (= (> 0.0 log!1330) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> 0.0 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 0.0)))
(check-sat)
(pop 1)
